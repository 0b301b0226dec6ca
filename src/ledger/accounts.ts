/**
 * A ledger account (not an investor account): `pot:<pot id>` for a pot's holdings,
 * `external:<name>` for the outside world (the bank, the trading venue), `fees:<name>` for
 * collected fees, `proceeds:<switch id>` for the priced, not yet settled, proceeds of a switch's
 * sells (what the venue owes the pot until settlement).
 */
export type AccountId = `pot:${string}` | `external:${string}` | `fees:${string}` | `proceeds:${string}`;

/** The outside world's bank side: contributions come from it, withdrawals go to it. */
export const EXTERNAL_BANK: AccountId = "external:bank";
/** The trading venue: buys take units from it and pay cash to it; sells the reverse. */
export const EXTERNAL_VENUE: AccountId = "external:venue";
/** HM Revenue & Customs: PAYE deducted goes to it; relief at source and LISA bonuses come from it. */
export const EXTERNAL_HMRC: AccountId = "external:hmrc";
/** Fees collected by the tenant. */
export const FEES_TENANT: AccountId = "fees:tenant";

// Account names end up inside position keys (`account|asset`), so `|` and `:` are excluded.
const ACCOUNT_ID = /^(pot|external|fees|proceeds):[A-Za-z0-9_-]{1,64}$/;

/** The ledger account of a pot: `potAccount("pot-ABC12345")` is `pot:pot-ABC12345`. */
export function potAccount(potId: string): AccountId {
  return `pot:${potId}`;
}

/**
 * The pending-proceeds account of a switch: a priced sell books its proceeds here, the switch's
 * buys lock against it, and settlement moves it into the pot's cash.
 */
export function proceedsAccount(switchId: string): AccountId {
  return `proceeds:${switchId}`;
}

/** True when `value` is a well-formed ledger account id. */
export function isAccountId(value: string): value is AccountId {
  return ACCOUNT_ID.test(value);
}

/** How the ledger treats one account. */
export interface AccountRule {
  /**
   * Whether the free balance (total − locked) may go below zero. Only accounts that stand for
   * the outside world may: a negative `external:bank` is money the outside world put in.
   */
  readonly mayGoNegative: boolean;
  /** Whether unit positions keep a book cost (average-cost method). Pots do; the outside world does not. */
  readonly tracksBookCost: boolean;
}

/** The rule for each account, looked up per posting. */
export type LedgerRules = (account: AccountId) => AccountRule;

const POT_RULE: AccountRule = { mayGoNegative: false, tracksBookCost: true };
const EXTERNAL_RULE: AccountRule = { mayGoNegative: true, tracksBookCost: false };
const FEES_RULE: AccountRule = { mayGoNegative: false, tracksBookCost: false };

/** The standard rules: pots, fee and pending-proceeds accounts never overdraw; external accounts may go negative. */
export const DEFAULT_RULES: LedgerRules = (account) => {
  if (account.startsWith("external:")) return EXTERNAL_RULE;
  if (account.startsWith("fees:") || account.startsWith("proceeds:")) return FEES_RULE;
  return POT_RULE;
};
