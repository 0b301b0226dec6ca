/**
 * Direct-debit providers: a mandate the payer authorises once, then one collection per cycle of
 * a recurring contribution. Pure, like the other payment providers: the tenant object stores the
 * contribution and its payments and runs the steps on its alarm. A real provider (GoCardless)
 * fits behind the same interface, its decisions read from the stored webhook outcome.
 */

/** Business days between raising a collection and its charge date (the Bacs cycle). */
export const COLLECTION_LEAD_BUSINESS_DAYS = 3;

/** What the provider needs to start a mandate set-up. */
export interface MandateSubject {
  contributionId: string;
  /** An unguessable token that the authorisation page checks. */
  token: string;
  /** `https://{tenant host}` the authorisation page is served on. */
  origin: string;
}

/** One collection's outcome on its charge date. */
export type CollectionOutcome = { status: "succeeded" } | { status: "failed"; reason: string };

export interface DirectDebitProvider {
  /** The parameters of a new mandate set-up: where the payer authorises it, and its request reference. */
  startMandate(subject: MandateSubject): { status: string; request_id: string; authorization_url: string };
  /** The mandate reference once the payer authorised it. */
  mandateReference(contributionId: string, replacement: number): string;
  /** Decides a collection of `amount` on its charge date. */
  collect(amount: string): CollectionOutcome;
}

/**
 * Deterministic GoCardless-like sandbox: the authorisation page is Coffer's own
 * (`/sandbox/direct-debit/v1/mandates/{contribution_id}/{token}` on the tenant's host), mandate
 * references derive from the contribution id, and a collection whose amount ends in `.13` fails
 * ("sandbox: insufficient funds in the payer's account"); every other one succeeds.
 */
export const sandboxDirectDebit: DirectDebitProvider = {
  startMandate({ contributionId, token, origin }) {
    return {
      status: "Pending service provider setup",
      request_id: `BRQ-${contributionId.replace(/^RCB-GC-/, "")}`,
      authorization_url: `${origin}/sandbox/direct-debit/v1/mandates/${contributionId}/${token}`,
    };
  },
  mandateReference(contributionId, replacement) {
    return `MD-${contributionId.replace(/^RCB-GC-/, "")}${replacement > 0 ? `-${replacement}` : ""}`;
  },
  collect(amount) {
    if ((amount.split(".")[1] ?? "00") === "13") return { status: "failed", reason: "sandbox: insufficient funds in the payer's account" };
    return { status: "succeeded" };
  },
};
