import { createInvestor, updateInvestor } from "./domains/investors/commands";
import type { CommandRegistry } from "./tenant/commands";

/** Every command the tenant object runs, by name. Domains add theirs here. */
export const COMMANDS: CommandRegistry = {
  "investor.create": createInvestor,
  "investor.update": updateInvestor,
};
