/**
 * `GET /tenant/fees/v1/accruals?pot_id=`: a pot's projected fee balances (`fee_accrual_balances`,
 * migrations/0008), summed exactly across sub transaction types.
 */
import { add, decimal, format, type Amount } from "../../money/money";
import { toWire } from "../../platform/wire-absent";
import { ACCRUAL_SCALE } from "./maths";
import { FeeAccruals } from "./schema";

const BALANCES_SQL = "SELECT data FROM fee_accrual_balances WHERE tenant_id = ?1 AND pot_id = ?2 ORDER BY sub_transaction_type";

interface Line {
  pot_id: string;
  currency: string;
  sub_transaction_type: string;
  accrued_value: string;
  carried_value: string;
  uncollected_value: string;
}

export async function potFeeAccruals(d1: D1Database, tenantId: string, potId: string, potCurrency: string) {
  const { results } = await d1.prepare(BALANCES_SQL).bind(tenantId, potId).all<{ data: string }>();
  const lines = results.map((r) => JSON.parse(r.data) as Line);
  let total: Amount = decimal("0");
  for (const line of lines) total = add(total, decimal(line.uncollected_value));
  const accruals = lines.map(({ pot_id: _pot, currency: _currency, ...line }) => line);
  return toWire(FeeAccruals, { pot_id: potId, currency: lines[0]?.currency ?? potCurrency, uncollected_value: format(total, ACCRUAL_SCALE), accruals });
}
