/**
 * Investor accounts: the account that groups one investor's (or, for treasury management,
 * several investors') pots of one financial product, with its tax-year counters and allowance
 * bookkeeping. Pure over a `CommandContext`: synchronous, no I/O; every change is stored, bumps
 * `reference_version` and publishes the full resource on the `notifications` channel.
 */
import { annualAllowance, findFinancialProduct } from "../catalogue/financial-products";
import type { TaxYearStep } from "../clock/day-close";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { add, decimal, max, min, subtract } from "../money/money";
import { taxTableFor } from "../tax/uk-tax-2025";
import {
  formatCounter,
  headroom,
  parseAmount,
  openingCounters,
  rolledOver,
  taxYearOf,
  withContribution,
  withoutPendingWithdrawal,
  withoutReservation,
  withPendingWithdrawal,
  withReservation,
  withWithdrawal,
  type AccountCounters,
} from "./tax-year";
import { omitAbsent, type WireShape } from "../platform/wire-absent";

export { taxYearOf } from "./tax-year";

/** Entity kind of an investor account; the entity id is the `account_id`. */
export const ACCOUNT = "investor_account";

export const ACCOUNT_STATUSES = ["active", "pending_cancellation", "pending_closure", "cancelled", "closed", "matured", "inactive"] as const;
export const ACCOUNT_TYPES = ["individual", "business"] as const;
export const INDIVIDUAL_SUB_TYPES = ["individual", "power_of_attorney", "court_of_protection", "sipp", "ssas", "trust"] as const;
export const BUSINESS_SUB_TYPES = ["business", "charity", "sole_trader", "partnership"] as const;
export const ACCOUNT_SUB_TYPES = [...INDIVIDUAL_SUB_TYPES, ...BUSINESS_SUB_TYPES] as const;
export const ISA_ACCOUNT_TYPES = ["X", "Z", "B", "G"] as const;

/** Prefix of generated account ids, per financial product (prefix + epoch ms, at most 20 characters). */
export const ACCOUNT_ID_PREFIXES: Record<string, string> = {
  general_investment_product: "GIA",
  stocks_isa: "SSISA",
  stocks_jisa: "SJISA",
  lisa_cash: "LISAC",
  lisa_stocks: "LISAS",
  sipp_accumulation: "SIPPACC",
  sipp_fad: "SIPPFAD",
  treasury_management: "CASHACC",
};

export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
type Details = Record<string, unknown>;

/** What the write model keeps for an investor account: the v2 wire shape without id, version and timestamps. */
export type AccountData = AccountCounters & {
  investor_id: string[];
  financial_product_id: string;
  account_type: (typeof ACCOUNT_TYPES)[number];
  account_sub_type: (typeof ACCOUNT_SUB_TYPES)[number] | null;
  jisa: Details | null;
  date_of_account_activation: string;
  status: AccountStatus;
  pot_id: string[];
  custodian_account_reference: string | null;
  custodian_id: string | null;
  custodian_client_reference: string | null;
  regulator_advisor_id: string | null;
  life_events: Array<{ event_id: string; event_type: string; status: string }>;
  account_ownership: "individual" | "joint";
  hmrc_data: Details | null;
  isa_account_type: (typeof ISA_ACCOUNT_TYPES)[number] | null;
  additional_external_details: Details;
  related_parties: Details;
  past_gross_contributions: Details;
};

export type Account = StoredEntity<AccountData>;

/** What opening an account needs; everything but the investors and the product has a default. */
export interface OpenAccount {
  investorIds: string[];
  financialProductId: string;
  accountId?: string | undefined;
  accountType?: AccountData["account_type"] | undefined;
  accountSubType?: AccountData["account_sub_type"] | undefined;
  /** A date (`YYYY-MM-DD`) or timestamp; defaults to now. */
  dateOfAccountActivation?: string | undefined;
  additionalExternalDetails?: Details | undefined;
  relatedParties?: Details | undefined;
}

const LISA_PRODUCTS = new Set(["lisa_cash", "lisa_stocks"]);

function allowanceOf(ctx: CommandContext, financialProductId: string): string | null {
  const product = findFinancialProduct(ctx, financialProductId);
  return product ? annualAllowance(product) : null;
}

function activationTimestamp(value: string | undefined, nowIso: string): string {
  if (!value) return nowIso;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : new Date(value).toISOString();
}

/**
 * What is special about an account's fields on the wire (the same as the investor-account
 * response schemas declare): the fields WealthOS marks nullable, and the free-form objects.
 */
export const ACCOUNT_WIRE_SHAPE: WireShape = {
  first_subscription_date_for_current_year: "nullable",
  custodian_account_reference: "nullable",
  custodian_id: "nullable",
  custodian_client_reference: "nullable",
  regulator_advisor_id: "nullable",
  hmrc_data: "verbatim",
  additional_external_details: "verbatim",
  jisa: "verbatim",
  related_parties: "verbatim",
  past_gross_contributions: "verbatim",
};

/**
 * The v2 wire shape of an account (GET, PATCH, lists, events). Counters of a past tax year show
 * as already rolled over to the tax year of `nowIso`, as they will be at the next booking.
 * `total_market_value` is not part of it. Absent values are omitted (see ACCOUNT_WIRE_SHAPE).
 */
export function toAccountResource(row: { id: string; version: number; data: AccountData; createdAt: string; updatedAt: string }, nowIso: string) {
  const taxYear = taxYearOf(nowIso);
  const { subscriptions_reserved: _reserved, annual_allowance: _allowance, ...data } =
    row.data.tax_year === taxYear ? row.data : { ...row.data, ...rolledOver(row.data, row.data.financial_product_id, taxYear, row.data.annual_allowance) };
  return omitAbsent(
    {
      account_id: row.id,
      ...data,
      reference_version: row.version,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
    },
    ACCOUNT_WIRE_SHAPE,
  );
}

export type AccountResource = ReturnType<typeof toAccountResource>;

function publish(ctx: CommandContext, type: "investor_account_created" | "investor_account_updated", account: Account): Account {
  ctx.emit({ type, ch: "notifications", payload: toAccountResource(account, ctx.now) });
  return account;
}

/** The account with that id, or `null`. */
export function findAccount(ctx: CommandContext, accountId: string): Account | null {
  return ctx.get<AccountData>(ACCOUNT, accountId);
}

function newAccountId(ctx: CommandContext, financialProductId: string): string {
  const prefix = ACCOUNT_ID_PREFIXES[financialProductId] ?? "ACC";
  for (let ms = ctx.nowMs; ; ms += 1) {
    const id = `${prefix}${ms}`;
    if (!findAccount(ctx, id)) return id;
  }
}

/**
 * Opens an active account and emits `investor_account_created`. The caller has checked the
 * investors, the product and (for an external `accountId`) that the id is free; without one an
 * id is generated from the product prefix and the clock, bumped until unused.
 */
export function openAccount(ctx: CommandContext, input: OpenAccount): Account {
  const product = input.financialProductId;
  const accountId = input.accountId ?? newAccountId(ctx, product);
  const data: AccountData = {
    investor_id: [...input.investorIds],
    financial_product_id: product,
    account_type: input.accountType ?? "individual",
    account_sub_type: input.accountSubType ?? null,
    jisa: product === "stocks_jisa" ? {} : null,
    date_of_account_activation: activationTimestamp(input.dateOfAccountActivation, ctx.now),
    status: "active",
    pot_id: [],
    ...openingCounters(product, allowanceOf(ctx, product), taxYearOf(ctx.now)),
    custodian_account_reference: null,
    custodian_id: null,
    custodian_client_reference: null,
    regulator_advisor_id: null,
    life_events: [],
    account_ownership: input.investorIds.length > 1 ? "joint" : "individual",
    hmrc_data: LISA_PRODUCTS.has(product) ? { status: "hmrc_process_not_started" } : null,
    isa_account_type: null,
    additional_external_details: input.additionalExternalDetails ?? {},
    related_parties: input.relatedParties ?? {},
    past_gross_contributions: {},
  };
  return publish(ctx, "investor_account_created", ctx.insert(ACCOUNT, accountId, data, input.investorIds[0] ?? null));
}

/**
 * The active account held by exactly these investors (in any order) for the product, opened
 * when there is none. Pot creation uses it for investor-based products.
 */
export function implicitAccountFor(ctx: CommandContext, investorIds: string[], financialProductId: string): Account {
  const wanted = [...new Set(investorIds)].sort().join("\n");
  for (const owner of new Set(investorIds)) {
    const match = ctx
      .listOwned<AccountData>(ACCOUNT, owner)
      .find((a) => a.data.status === "active" && a.data.financial_product_id === financialProductId && [...a.data.investor_id].sort().join("\n") === wanted);
    if (match) return match;
  }
  return openAccount(ctx, { investorIds, financialProductId });
}

/** Adds a pot to the account's `pot_id` (once), bumping its version. */
export function attachPot(ctx: CommandContext, account: Account, potId: string): Account {
  if (account.data.pot_id.includes(potId)) return account;
  return publish(ctx, "investor_account_updated", ctx.update(account, { ...account.data, pot_id: [...account.data.pot_id, potId] }));
}

/** Stores a change to an account (already loaded) and publishes it. */
export function saveAccount(ctx: CommandContext, account: Account, data: AccountData): Account {
  return publish(ctx, "investor_account_updated", ctx.update(account, data));
}

/** The account's data with its counters rolled over to the tax year of `nowMs` and the product's current allowance. */
function current(ctx: CommandContext, account: Account, nowMs: number): AccountData {
  const d = account.data;
  const taxYear = taxYearOf(new Date(nowMs).toISOString());
  return { ...d, ...rolledOver(d, d.financial_product_id, taxYear, allowanceOf(ctx, d.financial_product_id)) };
}

/**
 * What may still be subscribed to the account in the tax year of `nowMs`: the product's annual
 * allowance minus this year's subscriptions and the reserved in-flight ones (never below zero),
 * or null when the product has no allowance.
 */
export function subscriptionHeadroom(ctx: CommandContext, account: Account, nowMs: number): string | null {
  const own = headroom(current(ctx, account, nowMs));
  if (own === null || !ISA_ALLOWANCE_PRODUCTS.includes(account.data.financial_product_id) || account.data.investor_id.length !== 1) return own;
  // A Stocks and Shares ISA and a LISA share the investor's overall ISA allowance (20,000).
  let used = decimal("0");
  for (const other of ctx.listOwned<AccountData>(ACCOUNT, account.data.investor_id[0] ?? "")) {
    if (!ISA_ALLOWANCE_PRODUCTS.includes(other.data.financial_product_id) || other.data.investor_id.length !== 1) continue;
    const c = current(ctx, other, nowMs);
    used = add(used, add(parseAmount(c.current_year_total_contribution), parseAmount(c.subscriptions_reserved)));
  }
  const overall = max(decimal("0"), subtract(decimal(taxTableFor(taxYearOf(new Date(nowMs).toISOString())).isaAllowance), used));
  return formatCounter(min(parseAmount(own), overall));
}

/** Products whose subscriptions count against the investor's overall ISA allowance. */
const ISA_ALLOWANCE_PRODUCTS = ["stocks_isa", "lisa_cash", "lisa_stocks"];

function book(ctx: CommandContext, accountId: string, nowMs: number, change: (d: AccountData) => AccountCounters): Account {
  const account = findAccount(ctx, accountId);
  if (!account) throw new Error(`investor account ${accountId} does not exist`);
  const before = current(ctx, account, nowMs);
  return saveAccount(ctx, account, { ...before, ...change(before) });
}

/** A subscription accepted (payment intent accepted): reserves `amount` against the allowance. */
export function reserveSubscription(ctx: CommandContext, accountId: string, amount: string, nowMs: number): Account {
  return book(ctx, accountId, nowMs, (d) => withReservation(d, amount));
}

/** A reserved subscription that will not arrive (payment failed or cancelled): frees the reservation. */
export function releaseSubscription(ctx: CommandContext, accountId: string, amount: string, nowMs: number): Account {
  return book(ctx, accountId, nowMs, (d) => withoutReservation(d, amount));
}

/**
 * A subscription received (payment succeeded): moves the reservation into this tax year's
 * contributions, lifetime total and allowance remaining.
 */
export function recordContribution(ctx: CommandContext, accountId: string, amount: string, nowMs: number): Account {
  return book(ctx, accountId, nowMs, (d) => withContribution(d, d.financial_product_id, amount, new Date(nowMs).toISOString()));
}

/**
 * A withdrawal accepted but not yet paid out: grows `current_year_pending_withdrawals`. A negative
 * amount takes back a pending withdrawal that will not be paid (never below zero).
 */
export function recordPendingWithdrawal(ctx: CommandContext, accountId: string, amount: string, nowMs: number): Account {
  return book(ctx, accountId, nowMs, (d) => withPendingWithdrawal(d, amount));
}

/** A withdrawal accepted but rejected by the payout provider: shrinks `current_year_pending_withdrawals`. */
export function releasePendingWithdrawal(ctx: CommandContext, accountId: string, amount: string, nowMs: number): Account {
  return book(ctx, accountId, nowMs, (d) => withoutPendingWithdrawal(d, amount));
}

/**
 * A withdrawal paid out: this year's, ISA and lifetime withdrawals grow; the pending amount
 * shrinks unless `wasPending` is false (an external booking of a withdrawal paid elsewhere).
 */
export function recordWithdrawal(ctx: CommandContext, accountId: string, amount: string, nowMs: number, wasPending = true): Account {
  return book(ctx, accountId, nowMs, (d) => withWithdrawal(d, d.financial_product_id, amount, wasPending));
}

/**
 * Tax-year roll step: every account still on an earlier tax year moves to `taxYear`, its
 * current-year counters restarting at zero and its allowance renewed (published as
 * `investor_account_updated`). An account already on `taxYear` is left alone.
 */
export const rollAccountCounters: TaxYearStep = (ctx, taxYear) => {
  const ids = ctx.sql.exec<{ id: string }>("SELECT id FROM entities WHERE kind = ? ORDER BY created_at, id", ACCOUNT).toArray();
  for (const { id } of ids) {
    const account = findAccount(ctx, id);
    if (!account || account.data.tax_year >= taxYear) continue;
    const d = account.data;
    saveAccount(ctx, account, { ...d, ...rolledOver(d, d.financial_product_id, taxYear, allowanceOf(ctx, d.financial_product_id)) });
  }
};

/**
 * Applies a change to an account's counters, after rolling them over to the tax year of
 * `nowMs`, and publishes the account (pension and tax-wrapper flows: PAYE, tax-free cash,
 * relief at source, bonuses, charges). `change` returns only the fields it changes.
 */
export function changeCounters(ctx: CommandContext, accountId: string, nowMs: number, change: (d: AccountData) => Partial<AccountData>): Account {
  return book(ctx, accountId, nowMs, (d) => ({ ...d, ...change(d) }));
}
