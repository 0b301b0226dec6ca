/**
 * The deterministic Origo-like sandbox. One step per business day:
 * `Created` → `Pending` (Unallocated; case allocated) → `In progress` (In Progress) →
 * `Ceding completed` (Funds sent) → `Acquiring received` (Funds Received) → `Acquiring completed`.
 *
 * Triggers, decided by the request's values:
 * - approximate value ending in `.13`: `Rejected` / `Out of Scope` instead of `Pending`;
 * - ceding provider id ending in `13`: `Rejected` / `Not Found` instead of `In progress`;
 * - ceding account id ending in `13`: `Rejected` / `Already Transferred` instead of `In progress`;
 * - approximate value ending in `.17`: the ceding scheme sends 90% of it (rounded down to the penny);
 *   otherwise it sends the approximate value.
 */
import { divideRounded, formatScaled, parseScaled } from "../../money/money";
import type { TransferNetwork, TransferStep, TransferSubject } from "./provider";

/** The cash the sandbox's ceding scheme sends for a transfer. */
export function sandboxFundsSent(approximateValue: string): string {
  const pence = parseScaled(approximateValue, 2);
  if (!pence.ok) throw new RangeError(`approximate value ${approximateValue} ${pence.error}`);
  if (!approximateValue.endsWith(".17")) return formatScaled(pence.value, 2);
  return formatScaled(divideRounded(pence.value * 9n, 10n, "roundDown"), 2);
}

/** Case numbers derived from the transfer id's digits, so a replayed step allocates the same case. */
function caseIds(subject: TransferSubject): { caseId: string; clientTransferId: string } {
  const digits = subject.transferId.replace(/\D/g, "").padStart(7, "0");
  return { caseId: String(300000 + (Number(digits.slice(-6)) % 700000)), clientTransferId: digits.slice(-6).split("").reverse().join("") };
}

export const sandboxTransferNetwork: TransferNetwork = {
  advance(subject, current): TransferStep | null {
    switch (current) {
      case "Created":
        if (subject.approximateValue.endsWith(".13")) {
          return { transferStatus: "Rejected", serviceProviderStatus: "Out of Scope", reason: "sandbox: the ceding scheme is out of scope for electronic transfer (value ends in .13)" };
        }
        return { transferStatus: "Pending", serviceProviderStatus: "Unallocated", ...caseIds(subject) };
      case "Pending":
        if (subject.cedingProviderId.endsWith("13")) {
          return { transferStatus: "Rejected", serviceProviderStatus: "Not Found", reason: "sandbox: the ceding provider could not find the member (provider id ends in 13)" };
        }
        if (subject.cedingAccountId.endsWith("13")) {
          return { transferStatus: "Rejected", serviceProviderStatus: "Already Transferred", reason: "sandbox: the ceding plan was already transferred (account id ends in 13)" };
        }
        return { transferStatus: "In progress", serviceProviderStatus: "In Progress" };
      case "In progress":
        return { transferStatus: "Ceding completed", serviceProviderStatus: "Funds sent", fundsSent: sandboxFundsSent(subject.approximateValue) };
      case "Ceding completed":
        return { transferStatus: "Acquiring received", serviceProviderStatus: "Funds Received" };
      case "Acquiring received":
        return { transferStatus: "Acquiring completed", serviceProviderStatus: "Funds Received" };
      default:
        return null;
    }
  },
};
