/**
 * HMRC as Coffer talks to it: relief-at-source and LISA bonus claims (batched monthly, paid
 * some business days later) and the registration of LISA investors and accounts. Pure, like the
 * other providers: the tenant object stores claims and registrations and runs the provider's
 * steps as jobs on the tenant clock, so a real HMRC connection (the LISA and RAS APIs) fits
 * behind the same interface. Only the deterministic offline sandbox exists here.
 */

/** Who and what a LISA registration is about. */
export interface LisaSubject {
  investorId: string;
  accountId: string;
  firstName: string;
  lastName: string;
}

export type LisaRegistration =
  | { outcome: "hmrc_account_creation_successful"; lisaInvestorReference: string }
  | { outcome: "hmrc_investor_creation_failed" | "hmrc_account_creation_failed"; reason: string };

export interface HmrcProvider {
  /** Business days from a claim batch's submission to HMRC's payment (default 10). */
  readonly claimPaymentDelayBusinessDays: number;
  /** Milliseconds from a LISA's first subscription to HMRC's answer on its registration. */
  readonly registrationDelayMs: number;
  /** The outcome of registering a LISA investor and account. */
  registerLisa(subject: LisaSubject): LisaRegistration;
}

/**
 * The sandbox: every claim batch is paid 10 business days after submission; a LISA registers
 * successfully unless the investor's last name carries a trigger: `HmrcInvestorFail` fails the
 * investor creation, `HmrcAccountFail` the account creation. The investor reference is derived
 * from the account id, so a replay gives the same one.
 */
export const sandboxHmrc: HmrcProvider = {
  claimPaymentDelayBusinessDays: 10,
  registrationDelayMs: 60_000,
  registerLisa(subject) {
    if (subject.lastName.includes("HmrcInvestorFail")) return { outcome: "hmrc_investor_creation_failed", reason: "HMRC could not match the investor (sandbox trigger)" };
    if (subject.lastName.includes("HmrcAccountFail")) return { outcome: "hmrc_account_creation_failed", reason: "HMRC refused the account (sandbox trigger)" };
    const digits = [...subject.accountId].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000_000, 7);
    return { outcome: "hmrc_account_creation_successful", lisaInvestorReference: `LISA${String(digits).padStart(9, "0")}` };
  },
};

/** The HMRC connection of a tenant (the sandbox for every tenant until a live one exists). */
export function hmrcProvider(): HmrcProvider {
  return sandboxHmrc;
}
