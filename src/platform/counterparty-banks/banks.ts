/**
 * Counterparty banks: where cash-deposit instructions go once their instruction window opens.
 * Pure; the tenant object runs the steps on its alarm (tenant clock), so a real bank interface
 * fits behind it.
 */

/** What the bank answers to an instruction it was sent. */
export interface BankConfirmation {
  /** How long after sending a deposit instruction the bank confirms receipt of the cash. */
  readonly depositConfirmedInMs: number;
  /** How long after a redemption's payout date starts the proceeds arrive. */
  readonly payoutAtMsOfDay: number;
}

export interface CounterpartyBank {
  /** The bank's answer to a deposit (`buy`) or redemption (`sell`) instruction of `amount` (decimal string). */
  confirm(side: "buy" | "sell", amount: string): BankConfirmation;
}

/** Sandbox: confirms every deposit an hour after it is sent, pays every redemption at 12:00 local time of its payout date. */
export const sandboxBank: CounterpartyBank = {
  confirm: () => ({ depositConfirmedInMs: 3_600_000, payoutAtMsOfDay: 12 * 3_600_000 }),
};

/** The bank interface deposits go through. Coffer ships the sandbox. */
export function counterpartyBank(): CounterpartyBank {
  return sandboxBank;
}
