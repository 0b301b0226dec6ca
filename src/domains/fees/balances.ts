/**
 * Per pot and sub transaction type, what has accrued and is not yet collected, kept in the
 * tenant object's `fee_balances` table next to the accrual rows (`fee_accruals`, one per pot,
 * setup and date) and projected to D1 (`fee_accrual_balances`) by outbox rows of up to 2,000
 * changed balances each, where `GET /tenant/fees/v1/accruals` reads it. Amounts are
 * integers at ACCRUAL_SCALE stored as text; SQL never computes with them.
 */
import type { CommandContext } from "../../tenant/command-context";
import { enqueueOutboxJson } from "../../tenant/outbox";
import { formatAccrual } from "./maths";

export interface FeeBalance {
  pot_id: string;
  sub_transaction_type: string;
  currency: string;
  /** Exact sum of uncollected accrual rows. */
  accrued: bigint;
  /** Remainder of earlier collections' rounding, charged with the next. */
  carried: bigint;
  first_accrual_date: string | null;
  last_accrual_date: string | null;
  last_collection_date: string | null;
}

interface BalanceRow extends Record<string, SqlStorageValue> {
  pot_id: string;
  sub_transaction_type: string;
  currency: string;
  accrued: string;
  carried: string;
  first_accrual_date: string | null;
  last_accrual_date: string | null;
  last_collection_date: string | null;
}

/** Balances per outbox row: about 0.5 MB of JSON. */
const BALANCES_PER_ROW = 2000;

export const balanceKey = (potId: string, subType: string) => `${potId}|${subType}`;

/** Every stored balance, by `balanceKey`. */
export function loadBalances(ctx: CommandContext): Map<string, FeeBalance> {
  const out = new Map<string, FeeBalance>();
  for (const row of ctx.sql.exec<BalanceRow>("SELECT * FROM fee_balances")) {
    out.set(balanceKey(row.pot_id, row.sub_transaction_type), { ...row, accrued: BigInt(row.accrued), carried: BigInt(row.carried) });
  }
  return out;
}

/** The balance of a pot and sub type, created empty when missing. */
export function balanceOf(balances: Map<string, FeeBalance>, potId: string, subType: string, currency: string): FeeBalance {
  const key = balanceKey(potId, subType);
  let balance = balances.get(key);
  if (!balance) {
    balance = { pot_id: potId, sub_transaction_type: subType, currency, accrued: 0n, carried: 0n, first_accrual_date: null, last_accrual_date: null, last_collection_date: null };
    balances.set(key, balance);
  }
  return balance;
}

/** The D1 projection of a balance (the wire line plus its pot and currency). */
function projected(b: FeeBalance) {
  const line: Record<string, string> = {
    pot_id: b.pot_id,
    currency: b.currency,
    sub_transaction_type: b.sub_transaction_type,
    accrued_value: formatAccrual(b.accrued),
    carried_value: formatAccrual(b.carried),
    uncollected_value: formatAccrual(b.accrued + b.carried),
  };
  if (b.first_accrual_date) line.first_accrual_date = b.first_accrual_date;
  if (b.last_accrual_date) line.last_accrual_date = b.last_accrual_date;
  if (b.last_collection_date) line.last_collection_date = b.last_collection_date;
  return line;
}

/** Stores the changed balances and queues them for D1 (one outbox row per BALANCES_PER_ROW). */
export function saveBalances(ctx: CommandContext, changed: Iterable<FeeBalance>): void {
  const rows = [...changed];
  if (rows.length === 0) return;
  for (const b of rows) {
    ctx.sql.exec(
      `INSERT INTO fee_balances (pot_id, sub_transaction_type, currency, accrued, carried, first_accrual_date, last_accrual_date, last_collection_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (pot_id, sub_transaction_type) DO UPDATE SET accrued = excluded.accrued, carried = excluded.carried,
         first_accrual_date = excluded.first_accrual_date, last_accrual_date = excluded.last_accrual_date, last_collection_date = excluded.last_collection_date`,
      b.pot_id,
      b.sub_transaction_type,
      b.currency,
      b.accrued.toString(),
      b.carried.toString(),
      b.first_accrual_date,
      b.last_accrual_date,
      b.last_collection_date,
    );
  }
  // Rows of at most BALANCES_PER_ROW, so the flusher can split a large day-close across D1 batches.
  for (let i = 0; i < rows.length; i += BALANCES_PER_ROW) {
    enqueueOutboxJson(ctx.sql, "fee_accruals", JSON.stringify({ balances: rows.slice(i, i + BALANCES_PER_ROW).map(projected) }));
  }
}

