/**
 * Transfer networks: how a pension held elsewhere reaches a pot (WealthOS transfers in, through
 * Origo). Pure, like the payment providers: the tenant object stores the transfer, publishes its
 * changes and runs the network's steps as jobs on business days of the tenant clock, so a real
 * network fits behind the same interface (its `advance` would read the stored case updates
 * instead of deciding from the request's values).
 */
import { sandboxTransferNetwork } from "./sandbox";

export const TRANSFER_STATUSES = ["Created", "Pending", "In progress", "Ceding completed", "Acquiring received", "Acquiring completed", "Rejected", "Cancelled"] as const;
export const SERVICE_PROVIDER_STATUSES = ["Unallocated", "In Progress", "Funds Received", "Funds sent", "Cancelled", "Out of Scope", "Not Found", "Already Transferred"] as const;

export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type ServiceProviderStatus = (typeof SERVICE_PROVIDER_STATUSES)[number];

/** What the network knows of a transfer in. */
export interface TransferSubject {
  transferId: string;
  cedingProviderId: string;
  cedingAccountId: string;
  /** The approximate value the request gave (decimal string, two places). */
  approximateValue: string;
}

/** The state a transfer moves to in one step of the network. */
export interface TransferStep {
  transferStatus: TransferStatus;
  serviceProviderStatus: ServiceProviderStatus;
  /** The network's case ids, known once the case is allocated. */
  caseId?: string;
  clientTransferId?: string;
  /** The cash the ceding scheme sends (decimal string, two places), on `Ceding completed`. */
  fundsSent?: string;
  /** Why the ceding side refused, on `Rejected`. */
  reason?: string;
}

export interface TransferNetwork {
  /** The step after `current` (run on the next business day), or `null` when the transfer is final. */
  advance(subject: TransferSubject, current: TransferStatus): TransferStep | null;
}

/** The network behind a transfer's `service_provider` (only `origo` is accepted; it runs in the sandbox). */
export function transferNetwork(_serviceProvider: "origo"): TransferNetwork {
  return sandboxTransferNetwork;
}
