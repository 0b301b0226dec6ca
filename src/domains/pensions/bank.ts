/** The bank account a pension payment goes to: the one named, or the investor's default. */
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";

interface BankAccountData {
  investor_id: string;
  bank_account_type: string;
  default_account: "yes" | "no";
  account_status?: string;
}

/** The active investor bank account to pay, or the problem naming `bank_account_id`. */
export function payoutBankAccount(ctx: CommandContext, investorId: string, bankAccountId: string | undefined): { id: string } | { error: FieldError } {
  const field = "bank_account_id";
  if (bankAccountId === undefined) {
    const fallback = ctx.listOwned<BankAccountData>("bank_account", investorId).find((a) => a.data.bank_account_type === "investor" && a.data.default_account === "yes");
    if (!fallback) return { error: { field, message: "required: the investor has no default bank account" } };
    if (fallback.data.account_status !== "active") return { error: { field, message: "the investor's default bank account is not active; name an active one" } };
    return { id: fallback.id };
  }
  const bank = ctx.get<BankAccountData>("bank_account", bankAccountId);
  if (!bank || bank.data.investor_id !== investorId || bank.data.bank_account_type !== "investor") return { error: { field, message: "not a bank account of this investor" } };
  if (bank.data.account_status !== "active") return { error: { field, message: "the bank account is not active" } };
  return { id: bank.id };
}
