/**
 * The transfer network's steps, one per business day of the tenant clock (job `transfer_in.network`,
 * keyed by transfer id): each moves `transfer_status` and `service_provider_status` as the network
 * says and publishes `transfer_in_updated` with the full transfer. When the ceding scheme sends the
 * cash the pot gets a pending `Cash Transfer In`; when it is received the cash is booked into the
 * pot (and, for purpose `invest`, the template's buys follow).
 */
import { nextBusinessDay, startOfDateMs } from "../../clock/calendar";
import { clockSettings } from "../../clock/tenant-clock";
import { investContribution } from "../../custody/contributions";
import { postJournal } from "../../custody/ledger-store";
import { findPot } from "../../custody/pots";
import { changeTransaction, findTransaction, openTransaction, today } from "../../custody/transactions";
import { potAccount } from "../../ledger/accounts";
import { journalForContribution } from "../../ledger/journals";
import { parseScaled } from "../../money/money";
import { transferNetwork, type TransferStep } from "../../platform/transfer-networks/provider";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import type { JobHandler } from "../../tenant/commands";
import { TRANSFER, toTransfer, type TransferData } from "./serialize";

/** Job kind of the network's next step on a transfer (keyed by transfer id). */
export const TRANSFER_NETWORK_JOB = "transfer_in.network";

/** Where transferred cash comes from in the ledger: the ceding schemes, outside the platform. */
const CEDING_SCHEMES = "external:transfer_in" as const;

/** The start of the next business day after the command's operational date, on the tenant clock. */
function nextBusinessDayMs(ctx: CommandContext): number {
  return startOfDateMs(nextBusinessDay(today(ctx)), clockSettings(ctx.config).timeZone);
}

/** Schedules the network's first step of a new transfer: the first job of the next business day. */
export function scheduleNextStep(ctx: CommandContext, transferId: string): void {
  ctx.schedule(TRANSFER_NETWORK_JOB, transferId, nextBusinessDayMs(ctx), { transfer_id: transferId });
}

function openCashTransfer(ctx: CommandContext, transfer: StoredEntity<TransferData>, value: string): string | null {
  const pot = findPot(ctx, transfer.data.acquiring_pot_id);
  if (!pot) return null;
  const opened = openTransaction(ctx, pot, {
    primary_transaction_type: "Transfers",
    sub_transaction_type: "Cash Transfer In",
    type: "pending",
    sub_type: "instructed",
    direction: "in",
    investment_product_id: "cash",
    transaction_value: value,
    external_transaction_reference: transfer.id,
    origin: "system",
    internal: { kind: "contribution" },
  });
  return opened.id;
}

/** Books the received cash into the pot (no tax relief and no contribution counters: a transfer is not a contribution). */
function receiveCash(ctx: CommandContext, transfer: StoredEntity<TransferData>): void {
  const pot = findPot(ctx, transfer.data.acquiring_pot_id);
  const transaction = transfer.data.transaction_id ? findTransaction(ctx, transfer.data.transaction_id) : null;
  if (!pot || !transaction) return;
  const pence = parseScaled(transaction.data.transaction_value as string, 2);
  if (!pence.ok || pence.value <= 0n) throw new RangeError(`transfer ${transfer.id} has no cash to book`);
  const posted = postJournal(ctx, `transfer-in-${transfer.id}`, "transfer_in", journalForContribution({ pot: potAccount(pot.id), currency: "GBP", amount: pence.value, from: CEDING_SCHEMES }));
  if (!posted.ok) throw new Error(`transfer ${transfer.id} broke a ledger rule: ${posted.error.detail}`);
  const settled = changeTransaction(ctx, transaction, { type: "archived", sub_type: "settled", trade_date: today(ctx), settlement_date: today(ctx) });
  if (transfer.data.purpose === "invest") investContribution(ctx, pot, settled, null);
}

function applyStep(ctx: CommandContext, transfer: StoredEntity<TransferData>, step: TransferStep): StoredEntity<TransferData> {
  const data: TransferData = {
    ...transfer.data,
    transfer_status: step.transferStatus,
    service_provider_status: step.serviceProviderStatus,
    updated_on: today(ctx),
    ...(step.caseId !== undefined && { case_id: step.caseId }),
    ...(step.clientTransferId !== undefined && { client_transfer_id: step.clientTransferId }),
    ...(step.reason !== undefined && { rejection_reason: step.reason }),
  };
  if (step.fundsSent !== undefined) {
    data.transferred_value = step.fundsSent;
    data.transaction_id = openCashTransfer(ctx, transfer, step.fundsSent);
  }
  const updated = ctx.update(transfer, data);
  if (step.transferStatus === "Acquiring received") receiveCash(ctx, updated);
  ctx.emit({ type: "transfer_in_updated", ch: "notifications", payload: toTransfer(updated) });
  return updated;
}

/** One step of the network; a cancelled or final transfer ends the job. */
export const advanceTransfer: JobHandler = (ctx, job) => {
  const { transfer_id } = job.data as { transfer_id: string };
  const transfer = ctx.get<TransferData>(TRANSFER, transfer_id);
  if (!transfer) return undefined;
  const d = transfer.data;
  const step = transferNetwork(d.service_provider).advance(
    { transferId: transfer.id, cedingProviderId: d.ceding_provider_id, cedingAccountId: d.ceding_account_id, approximateValue: d.approximate_value_of_pre_retirement_benefits },
    d.transfer_status,
  );
  if (!step) return undefined;
  const updated = applyStep(ctx, transfer, step);
  const more = transferNetwork(d.service_provider).advance(
    { transferId: updated.id, cedingProviderId: d.ceding_provider_id, cedingAccountId: d.ceding_account_id, approximateValue: d.approximate_value_of_pre_retirement_benefits },
    updated.data.transfer_status,
  );
  return more ? nextBusinessDayMs(ctx) : undefined;
};
