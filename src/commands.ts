import { createBankAccount, createOwnedBankAccounts, updateBankAccount } from "./domains/bank-accounts/commands";
import { makeCreateInvestor, updateInvestor } from "./domains/investors/commands";
import type { CommandRegistry } from "./tenant/commands";

/** Every command the tenant object runs, by name. Domains add theirs here; cross-domain wiring happens here too. */
export const COMMANDS: CommandRegistry = {
  "investor.create": makeCreateInvestor(createOwnedBankAccounts),
  "investor.update": updateInvestor,
  "bank_account.create": createBankAccount,
  "bank_account.update": updateBankAccount,
};
