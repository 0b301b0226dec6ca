/**
 * Money HMRC adds to a pot: relief at source on relievable SIPP contributions (25 % of the net)
 * and the 25 % LISA government bonus. A booked contribution records a claim and moves the
 * account's pending counters; the first day-close of the next month submits the month's claims
 * as one batch; HMRC (the provider) pays them some business days later, as a `Tax Relief` or
 * `Contribution Bonus` transaction into the pot. A LISA bonus is claimed only for an account
 * registered with HMRC: its claims wait for the registration's answer and are cancelled when the
 * registration fails (later contributions to that account record no claim).
 */
import { addBusinessDays } from "../clock/calendar";
import type { DayCloseStep } from "../clock/day-close";
import { clockSettings } from "../clock/tenant-clock";
import { zonedInstant } from "../clock/zones";
import { EXTERNAL_HMRC, potAccount } from "../ledger/accounts";
import { journalForContribution } from "../ledger/journals";
import { add, currencyExponent, decimal, format, isZero, max, multiply, parseScaled, round, subtract, ROUNDING, type Amount, type CurrencyCode } from "../money/money";
import { hmrcProvider } from "../platform/hmrc/provider";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import type { JobHandler } from "../tenant/commands";
import { taxTableFor } from "../tax/uk-tax-2025";
import { changeCounters, findAccount, saveAccount } from "./accounts";
import { hmrcSettings } from "./hmrc-settings";
import { postJournal } from "./ledger-store";
import { findPot, type PotData } from "./pots";
import { formatCounter, parseAmount, taxYearOf } from "./tax-year";
import { openTransaction, today, type TransactionData } from "./transactions";

export const HMRC_CLAIM = "hmrc_claim";
export const HMRC_CLAIM_JOB = "hmrc.claim_payment";
/** The job that registers a LISA investor and account with HMRC (handled by the pensions domain). */
export const LISA_REGISTRATION_JOB = "hmrc.lisa_registration";
const QUEUE = "hmrc_claim_queue";
const QUEUE_ID = "pending";
/** HMRC pays a batch at 09:00 on its payment date (tenant time zone). */
const PAYMENT_HOUR_MS = 9 * 3_600_000;

/** Sub types whose SIPP contributions get relief at source. */
export const RELIEVABLE_SUB_TYPES = ["Lump sum", "Regular contribution"];
const SIPP = ["sipp_accumulation", "sipp_fad"];
const LISA = ["lisa_cash", "lisa_stocks"];
/** The outcomes of a LISA's HMRC registration under which no bonus can be claimed. */
const REGISTRATION_FAILED = ["hmrc_investor_creation_failed", "hmrc_account_creation_failed"];

/** Where a LISA account's HMRC registration stands: `claimable`, `waiting` (not answered yet) or `failed`. */
function lisaRegistration(ctx: CommandContext, accountId: string): "claimable" | "waiting" | "failed" {
  const status = findAccount(ctx, accountId)?.data.hmrc_data?.status;
  if (status === "hmrc_account_creation_successful") return "claimable";
  return typeof status === "string" && REGISTRATION_FAILED.includes(status) ? "failed" : "waiting";
}

export interface ClaimData {
  kind: "relief_at_source" | "lisa_bonus";
  pot_id: string;
  account_id: string;
  contribution_id: string;
  amount: string;
  /** The calendar month (YYYY-MM) of the contribution; the claim goes in the next month's batch. */
  claim_month: string;
  /** `cancelled`: a LISA bonus claim whose account's HMRC registration failed (never submitted). */
  status: "pending" | "submitted" | "paid" | "cancelled";
  batch_date: string | null;
  payment_date: string | null;
  transaction_id: string | null;
}

const ZERO = decimal("0");
const plus = (counter: string, value: Amount) => formatCounter(add(parseAmount(counter), value));
const less = (counter: string, value: Amount) => formatCounter(max(ZERO, subtract(parseAmount(counter), value)));

function queue(ctx: CommandContext): { entity: StoredEntity<{ claims: string[] }> | null; claims: string[] } {
  const entity = ctx.get<{ claims: string[] }>(QUEUE, QUEUE_ID);
  return { entity, claims: entity?.data.claims ?? [] };
}

function saveQueue(ctx: CommandContext, entity: StoredEntity<{ claims: string[] }> | null, claims: string[]): void {
  if (entity) ctx.update(entity, { claims });
  else ctx.insert(QUEUE, QUEUE_ID, { claims });
}

/**
 * A contribution was booked into a pot: a SIPP one moves the gross and MPAA counters and, when
 * relievable, claims relief at source; a LISA one claims the government bonus.
 */
export function claimOnContribution(ctx: CommandContext, pot: StoredEntity<PotData>, contribution: StoredEntity<TransactionData>): void {
  const product = pot.data.financial_product_id;
  if (!SIPP.includes(product) && !LISA.includes(product)) return;
  const table = taxTableFor(taxYearOf(ctx.now));
  const net = parseAmount(contribution.data.transaction_value as string);
  const subType = contribution.data.sub_transaction_type;
  let claim = ZERO;
  if (SIPP.includes(product)) {
    // Relief is claimed on member contributions to uncrystallised funds; FAD pots are not paid into.
    if (product === "sipp_accumulation" && RELIEVABLE_SUB_TYPES.includes(subType)) claim = round(multiply(net, decimal(table.reliefAtSourceOnNet)), 2, ROUNDING.taxShare);
    const gross = add(net, claim);
    const investor = ctx.get<{ mpaa_triggered?: boolean | null }>("investor", pot.data.investor_id[0] ?? "");
    changeCounters(ctx, pot.data.account_id, ctx.nowMs, (d) => {
      const mpaaUsed = investor?.data.mpaa_triggered ? add(parseAmount(d.current_year_MPAA_utilized), gross) : parseAmount(d.current_year_MPAA_utilized);
      return {
        current_year_gross_contribution: plus(d.current_year_gross_contribution, gross),
        total_gross_contribution: plus(d.total_gross_contribution, gross),
        current_year_RAS_claims_pending: plus(d.current_year_RAS_claims_pending, claim),
        current_year_MPAA_utilized: formatCounter(mpaaUsed),
        current_year_MPAA_remaining: investor?.data.mpaa_triggered ? formatCounter(max(ZERO, subtract(decimal(table.moneyPurchaseAnnualAllowance), mpaaUsed))) : d.current_year_MPAA_remaining,
      };
    });
  } else {
    startLisaRegistration(ctx, pot.data.account_id);
    // HMRC pays no bonus on an account whose registration failed: no claim is recorded.
    if (lisaRegistration(ctx, pot.data.account_id) === "failed") return;
    claim = round(multiply(net, decimal(table.lisaBonusRate)), 2, ROUNDING.taxShare);
    changeCounters(ctx, pot.data.account_id, ctx.nowMs, (d) => ({ current_year_LISA_bonus_pending: plus(d.current_year_LISA_bonus_pending, claim) }));
  }
  if (isZero(claim)) return;
  const data: ClaimData = {
    kind: SIPP.includes(product) ? "relief_at_source" : "lisa_bonus",
    pot_id: pot.id,
    account_id: pot.data.account_id,
    contribution_id: contribution.id,
    amount: format(claim, 2),
    claim_month: today(ctx).slice(0, 7),
    status: "pending",
    batch_date: null,
    payment_date: null,
    transaction_id: null,
  };
  const id = `claim-${contribution.id}`;
  ctx.insert(HMRC_CLAIM, id, data, pot.id);
  const { entity, claims } = queue(ctx);
  saveQueue(ctx, entity, [...claims, id]);
}

/** The first subscription to a LISA starts its registration with HMRC (once). */
function startLisaRegistration(ctx: CommandContext, accountId: string): void {
  const account = findAccount(ctx, accountId);
  if (!account || (account.data.hmrc_data?.status ?? "hmrc_process_not_started") !== "hmrc_process_not_started") return;
  saveAccount(ctx, account, { ...account.data, hmrc_data: { ...(account.data.hmrc_data ?? {}), status: "hmrc_process_started" } });
  ctx.schedule(LISA_REGISTRATION_JOB, accountId, ctx.nowMs + hmrcProvider().registrationDelayMs, { account_id: accountId });
}

/** Cancels a claim: it leaves the queue's batches and its amount leaves the account's pending counter. */
function cancelClaim(ctx: CommandContext, claim: StoredEntity<ClaimData>): void {
  const value = parseAmount(claim.data.amount);
  changeCounters(ctx, claim.data.account_id, ctx.nowMs, (d) => ({ current_year_LISA_bonus_pending: less(d.current_year_LISA_bonus_pending, value) }));
  ctx.update(claim, { ...claim.data, status: "cancelled" });
}

/**
 * A LISA's HMRC registration failed: its bonus claims not yet submitted are cancelled (none has
 * been, as claims wait for a successful registration) and `current_year_LISA_bonus_pending` drops
 * by their amount. The contributions themselves stand.
 */
export function cancelLisaClaims(ctx: CommandContext, accountId: string): void {
  const { entity, claims } = queue(ctx);
  const kept: string[] = [];
  for (const id of claims) {
    const claim = ctx.get<ClaimData>(HMRC_CLAIM, id);
    if (!claim) continue;
    if (claim.data.kind === "lisa_bonus" && claim.data.account_id === accountId && claim.data.status === "pending") cancelClaim(ctx, claim);
    else kept.push(id);
  }
  if (kept.length !== claims.length) saveQueue(ctx, entity, kept);
}

/**
 * Day-close step: at the first day-close of a month (on or after the tenant's batch day), the
 * claims of earlier months go to HMRC as one batch, paid the tenant's number of business days
 * later (default 10) by job `hmrc.claim_payment`.
 */
export const submitHmrcClaims: DayCloseStep = (ctx, date) => {
  const settings = hmrcSettings(ctx);
  if (Number(date.slice(8, 10)) < settings.claim_batch_day) return;
  const { entity, claims } = queue(ctx);
  const month = date.slice(0, 7);
  const due: StoredEntity<ClaimData>[] = [];
  const waiting: string[] = [];
  for (const id of claims) {
    const claim = ctx.get<ClaimData>(HMRC_CLAIM, id);
    if (!claim) continue;
    // A LISA bonus is claimed only once the account is registered with HMRC: it waits while the
    // registration is unanswered and is cancelled if it failed.
    const registration = claim.data.kind === "lisa_bonus" ? lisaRegistration(ctx, claim.data.account_id) : "claimable";
    if (registration === "failed") cancelClaim(ctx, claim);
    else if (claim.data.claim_month < month && registration === "claimable") due.push(claim);
    else waiting.push(id);
  }
  if (due.length === 0) {
    if (waiting.length !== claims.length) saveQueue(ctx, entity, waiting);
    return;
  }
  const paymentDate = addBusinessDays(date, settings.claim_payment_delay_business_days);
  for (const claim of due) ctx.update(claim, { ...claim.data, status: "submitted", batch_date: date, payment_date: paymentDate });
  saveQueue(ctx, entity, waiting);
  const dueMs = zonedInstant(paymentDate, PAYMENT_HOUR_MS, clockSettings(ctx.config).timeZone);
  ctx.schedule(HMRC_CLAIM_JOB, `batch-${date}`, dueMs, { claim_ids: due.map((c) => c.id) });
};

/** Job `hmrc.claim_payment`: HMRC pays a batch; each claim becomes a credit into its pot. */
export const payHmrcClaims: JobHandler = (ctx, job) => {
  const { claim_ids } = job.data as { claim_ids: string[] };
  for (const id of claim_ids) {
    const claim = ctx.get<ClaimData>(HMRC_CLAIM, id);
    const pot = claim ? findPot(ctx, claim.data.pot_id) : null;
    if (!claim || !pot || claim.data.status !== "submitted") continue;
    const currency = pot.data.pot_currency as CurrencyCode;
    const amount = parseScaled(claim.data.amount, currencyExponent(currency));
    if (!amount.ok) throw new RangeError(`claim ${id}: ${amount.error}`);
    const posted = postJournal(ctx, `hmrc-${id}`, "hmrc_claim", journalForContribution({ pot: potAccount(pot.id), currency, amount: amount.value, from: EXTERNAL_HMRC }));
    if (!posted.ok) throw new Error(`claim ${id} broke a ledger rule: ${posted.error.detail}`);
    const relief = claim.data.kind === "relief_at_source";
    const credit = openTransaction(ctx, pot, {
      primary_transaction_type: "Contribution",
      sub_transaction_type: relief ? "Tax Relief" : "Contribution Bonus",
      type: "archived",
      sub_type: "settled",
      direction: "in",
      investment_product_id: "cash",
      transaction_value: claim.data.amount,
      parent_transaction_id: claim.data.contribution_id,
      trade_date: today(ctx),
      settlement_date: today(ctx),
      origin: "system",
      internal: { kind: "contribution" },
    });
    const value = parseAmount(claim.data.amount);
    changeCounters(ctx, claim.data.account_id, ctx.nowMs, (d) =>
      relief
        ? { current_year_RAS_claims_pending: less(d.current_year_RAS_claims_pending, value), current_year_RAS_claimed: plus(d.current_year_RAS_claimed, value) }
        : {
            current_year_LISA_bonus_pending: less(d.current_year_LISA_bonus_pending, value),
            current_year_LISA_bonus_claimed: plus(d.current_year_LISA_bonus_claimed, value),
            total_bonus_claimed: plus(d.total_bonus_claimed, value),
          },
    );
    ctx.update(claim, { ...claim.data, status: "paid", transaction_id: credit.id });
  }
  return undefined;
};
