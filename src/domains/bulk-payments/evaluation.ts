/**
 * A batch's evaluation (one job, one transaction): every entry is checked against the tenant's
 * state (pot, investor, link to the source, product minimum, allowance left). One failing entry
 * fails the whole batch (`payments_creation_failed`, with `erroneous_payments`) and creates no
 * payment; otherwise one manual payment per entry (`payments_created`). Each later move of those
 * payments recomputes the batch's settlement status.
 */
import { findFinancialProduct, minimumInvestment } from "../../catalogue/financial-products";
import { findAccount, subscriptionHeadroom } from "../../custody/accounts";
import { findPot } from "../../custody/pots";
import type { SystemPayments } from "../../custody/system-payments";
import { add, compare, decimal, parseDecimal, type Amount } from "../../money/money";
import type { CommandContext } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { PAYMENT_BATCH, saveBatch, type BatchEntry, type BatchStatus, type ErroneousPayment, type PaymentBatchData } from "./serialize";

const amountOf = (value: string): Amount => {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

/** The sub type an entry pays with: its own, else the default of its source and pot. */
function subTypeOf(batch: PaymentBatchData, entry: BatchEntry, product: string): string {
  if (entry.sub_transaction_type) return entry.sub_transaction_type;
  if (batch.source_type === "workplace_employer" && product === "sipp_accumulation") return "Employer contribution";
  if (batch.source_type === "third_party_payer") return "Lump sum - third party";
  return "Lump sum";
}

/** The first problem of entry `i`, or null. `used` carries the allowance each account has used so far in this batch. */
function entryProblem(ctx: CommandContext, batch: PaymentBatchData, entry: BatchEntry, i: number, used: Map<string, Amount>): Omit<ErroneousPayment, "payment_index" | "payment_id"> | null {
  const at = (field: string) => `payments.${i}.${field}`;
  const pot = findPot(ctx, entry.pot_id);
  if (!pot) return { field: at("pot_id"), error: `pot '${entry.pot_id}' does not exist` };
  if (pot.data.status !== "active") return { field: at("pot_id"), error: "the pot is not active" };
  if (!pot.data.investor_id.includes(entry.investor_id)) return { field: at("investor_id"), error: `investor '${entry.investor_id}' does not hold pot '${pot.id}'` };
  if (pot.data.pot_currency !== batch.currency) return { field: at("pot_id"), error: `the pot holds ${pot.data.pot_currency}, the batch pays ${batch.currency}` };
  const product = pot.data.financial_product_id;
  const financialProduct = findFinancialProduct(ctx, product);
  if (financialProduct && compare(amountOf(entry.amount), amountOf(minimumInvestment(financialProduct))) < 0) {
    return { field: at("amount"), error: `must be at least ${minimumInvestment(financialProduct)} for ${product}` };
  }
  if (batch.source_type === "workplace_employer") {
    const employer = ctx.get<{ status: string }>("workplace_employer", batch.source_id ?? "");
    if (!employer || employer.data.status !== "active") return { field: "source_id", error: `workplace employer '${batch.source_id}' does not exist or is not active` };
    const investor = ctx.get<{ workplace_employers?: string[] | null }>("investor", entry.investor_id);
    if (!investor?.data.workplace_employers?.includes(employer.id)) return { field: at("investor_id"), error: `investor '${entry.investor_id}' is not linked to workplace employer '${employer.id}'` };
  } else if (batch.source_type === "third_party_payer") {
    const payer = ctx.get<{ status: string; investor_id: string }>("third_party_payer", batch.source_id ?? "");
    if (!payer || payer.data.status !== "active") return { field: "source_id", error: `third-party payer '${batch.source_id}' does not exist or is not active` };
    if (payer.data.investor_id !== entry.investor_id) return { field: at("investor_id"), error: `third-party payer '${payer.id}' does not pay for investor '${entry.investor_id}'` };
  }
  const subType = subTypeOf(batch, entry, product);
  if (subType === "Employer contribution" && batch.source_type !== "workplace_employer") return { field: at("sub_transaction_type"), error: "Employer contribution needs a workplace employer source" };
  if (subType === "Lump sum - third party" && batch.source_type !== "third_party_payer") return { field: at("sub_transaction_type"), error: "Lump sum - third party needs a third-party payer source" };
  if ((subType === "Lump sum - non relievable" || subType === "Employer contribution") && product !== "sipp_accumulation") return { field: at("sub_transaction_type"), error: `${subType} is for SIPP Accumulation pots only` };
  const account = findAccount(ctx, pot.data.account_id);
  const headroom = account ? subscriptionHeadroom(ctx, account, ctx.nowMs) : null;
  if (headroom !== null) {
    const total = add(used.get(pot.data.account_id) ?? decimal("0"), amountOf(entry.amount));
    if (compare(total, amountOf(headroom)) > 0) return { field: at("amount"), error: `exceeds the remaining annual allowance of ${headroom} for this tax year (counting this batch's earlier payments)` };
    used.set(pot.data.account_id, total);
  }
  return null;
}

/** Job `payment_batch.evaluate` (keyed by batch id). */
export function makeEvaluateJob(payments: SystemPayments): JobHandler {
  return (ctx, job) => {
    const batch = ctx.get<PaymentBatchData>(PAYMENT_BATCH, job.key);
    if (!batch || batch.data.status !== "pending") return undefined;
    const used = new Map<string, Amount>();
    const erroneous: ErroneousPayment[] = [];
    batch.data.payments.forEach((entry, i) => {
      const problem = entryProblem(ctx, batch.data, entry, i, used);
      if (problem) erroneous.push({ payment_index: i, payment_id: entry.external_transaction_reference ?? null, ...problem });
    });
    if (erroneous.length > 0) {
      saveBatch(ctx, batch, { ...batch.data, status: "payments_creation_failed", erroneous_payments: erroneous });
      return undefined;
    }
    const entries = batch.data.payments.map((entry): BatchEntry => {
      const pot = findPot(ctx, entry.pot_id);
      const raised = payments.raise(ctx, {
        potId: entry.pot_id,
        amount: entry.amount,
        paymentType: "manual",
        serviceProvider: "none",
        subTransactionType: subTypeOf(batch.data, entry, pot?.data.financial_product_id ?? ""),
        purpose: "cash",
        investmentInstructions: null,
        sourceId: batch.data.source_id,
        batchId: batch.id,
        externalTransactionReference: entry.external_transaction_reference ?? null,
        status: "processing",
      });
      return { ...entry, transaction_id: raised.transactionId, status: raised.status };
    });
    saveBatch(ctx, batch, { ...batch.data, status: "payments_created", payments: entries });
    return undefined;
  };
}

/** The batch status its payments' statuses add up to. */
export function settlementStatus(statuses: string[]): BatchStatus {
  const final = statuses.filter((s) => s === "succeeded" || s === "failed" || s === "cancelled");
  if (final.length === 0) return "payments_created";
  if (final.length < statuses.length) return "payments_settlement_in_progress";
  const succeeded = final.filter((s) => s === "succeeded").length;
  if (succeeded === final.length) return "payments_settled";
  return succeeded === 0 ? "payments_settlement_failed" : "payments_partially_settled";
}

/** Job `payment_batch.track` (keyed by batch id): a payment of the batch moved; recompute the batch. */
export function makeTrackJob(payments: SystemPayments): JobHandler {
  return (ctx, job) => {
    const batch = ctx.get<PaymentBatchData>(PAYMENT_BATCH, job.key);
    if (!batch || batch.data.status === "pending" || batch.data.status === "payments_creation_failed") return undefined;
    const entries = batch.data.payments.map((entry) => (entry.transaction_id ? { ...entry, status: payments.statusOf(ctx, entry.transaction_id) ?? entry.status } : entry));
    const status = settlementStatus(entries.map((e) => e.status ?? "processing"));
    const changed = status !== batch.data.status || entries.some((e, i) => e.status !== batch.data.payments[i]?.status);
    if (changed) saveBatch(ctx, batch, { ...batch.data, status, payments: entries });
    return undefined;
  };
}
