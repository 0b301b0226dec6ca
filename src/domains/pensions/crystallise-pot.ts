/**
 * One crystallisation instruction: `amount` (minor units of free cash) leaves an uncrystallised
 * pot; its tax-free part (25 %, within the LSA and LSDBA left) is paid to the bank as `PCLS`,
 * the rest moves to the FAD pots by the drawdown percentages as `Crystallisation` transfers.
 */
import { investContribution } from "../../custody/contributions";
import { cashOf, postJournal } from "../../custody/ledger-store";
import { recordTaxFreeCash, taxFreeCash } from "../../custody/pensions";
import { findPot, type PotData } from "../../custody/pots";
import { openTransaction, today } from "../../custody/transactions";
import { requestWithdrawal } from "../../custody/withdrawals";
import { potAccount } from "../../ledger/accounts";
import { allocateIntegers, currencyExponent, format, formatScaled, fromMinor, parseScaled, type CurrencyCode } from "../../money/money";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import type { CrystallisationData } from "./crystallisation-schema";

type Allocation = CrystallisationData["allocation_details"][number];

const scaled = (s: string, exponent: number) => {
  const parsed = parseScaled(s, exponent);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

/** Crystallises `amount` of the pot for request `requestId`; returns the allocation and the amounts moved. */
export function crystallisePot(ctx: CommandContext, pot: StoredEntity<PotData>, amount: bigint, d: CrystallisationData, requestId: string): { allocation: Allocation; drawdown: bigint; pcls: bigint } {
  const currency = pot.data.pot_currency as CurrencyCode;
  const exponent = currencyExponent(currency);
  const money = (v: bigint) => formatScaled(v, exponent);
  const failed = (reason: string) => ({
    allocation: { accumulation_pot_id: pot.id, crystallisation_amount: money(amount), pcls_amount: money(0n), drawdown_amount: money(0n), drawdown_allocation: [], status: "Failed" as const, reason },
    drawdown: 0n,
    pcls: 0n,
  });
  const targets = d.drawdown_instructions.map((i) => ({ instruction: i, pot: findPot(ctx, i.pot_id) }));
  const gone = targets.find((t) => !t.pot || t.pot.data.status !== "active" || t.pot.data.pot_currency !== currency);
  if (gone) return failed(`drawdown pot ${gone.instruction.pot_id} is not an active ${currency} pot`);

  const taxFree = taxFreeCash(ctx, d.investor_id, fromMinor(amount, currency));
  const pcls = scaled(format(taxFree, exponent), exponent);
  if (pcls > 0n) {
    const paid = requestWithdrawal(ctx, pot, "PCLS", money(pcls), d.bank_account_id);
    if (!paid.ok) return failed(paid.error.message);
    recordTaxFreeCash(ctx, pot.data.account_id, taxFree);
  }
  const drawdown = amount - pcls;
  const shares = allocateIntegers(drawdown, d.drawdown_instructions.map((i) => scaled(i.percentage, 2)));
  const date = today(ctx);
  const allocation: Allocation["drawdown_allocation"] = [];
  targets.forEach(({ instruction, pot: fad }, n) => {
    const share = shares[n] ?? 0n;
    if (share <= 0n || !fad) return;
    const journal = [
      { account: potAccount(pot.id), asset: cashOf(currency), amount: -share },
      { account: potAccount(fad.id), asset: cashOf(currency), amount: share },
    ];
    const posted = postJournal(ctx, `crystallise-${requestId}-${pot.id}-${n}`, "crystallisation", journal);
    if (!posted.ok) throw new Error(`crystallisation ${requestId} broke a ledger rule: ${posted.error.detail}`);
    const fields = {
      primary_transaction_type: "Transfer",
      sub_transaction_type: "Crystallisation",
      type: "archived" as const,
      sub_type: "settled",
      investment_product_id: "cash",
      transaction_value: money(share),
      trade_date: date,
      settlement_date: date,
      origin: "system" as const,
      external_transaction_reference: requestId,
      internal: { kind: "external" as const },
    };
    const out = openTransaction(ctx, pot, { ...fields, direction: "out" });
    const into = openTransaction(ctx, fad, { ...fields, direction: "in", parent_transaction_id: out.id });
    if (instruction.purpose === "invest") investContribution(ctx, fad, into, null);
    allocation.push({ pot_id: fad.id, amount: money(share) });
  });
  return {
    allocation: { accumulation_pot_id: pot.id, crystallisation_amount: money(amount), pcls_amount: money(pcls), drawdown_amount: money(drawdown), drawdown_allocation: allocation, status: "Completed" },
    drawdown,
    pcls,
  };
}
