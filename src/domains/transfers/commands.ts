import { findAccount } from "../../custody/accounts";
import { dealingProblem } from "../../custody/parties";
import { findPot } from "../../custody/pots";
import { today } from "../../custody/transactions";
import type { FieldError } from "../../platform/errors/api-error";
import { patternedId } from "../../platform/ids";
import { formatScaled, parseScaled } from "../../money/money";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { scheduleNextStep } from "./network-steps";
import { CancelTransferInput, CreateTransferBody, type Transfer } from "./schema";
import { TRANSFER, toTransfer, type TransferData } from "./serialize";
import { matchStaticItem, staticDataOf } from "./static-data";


function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** Entity kind of a distribution partner (an adviser object may name one). */
const DISTRIBUTION_PARTNER = "distribution_partner";

/** A cash value with exactly two decimals ("100" → "100.00"); the schema allowed at most two. */
function twoPlaces(value: string): string {
  const pence = parseScaled(value, 2);
  if (!pence.ok) throw new RangeError(`value ${value} ${pence.error}`);
  return formatScaled(pence.value, 2);
}

function newTransferId(ctx: CommandContext): string {
  for (;;) {
    const id = patternedId("TRF-IN-", 3, 7);
    if (!ctx.get(TRANSFER, id)) return id;
  }
}

interface InvestorRecord {
  title?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  date_of_birth?: string | null;
  tax_id?: string | null;
}

function investorDetails(ctx: CommandContext, investorId: string): Transfer["investor_details"] {
  const d = ctx.get<InvestorRecord>("investor", investorId)?.data ?? {};
  return {
    investor_id: investorId,
    ...(d.title ? { title: d.title } : {}),
    ...(d.first_name ? { first_name: d.first_name } : {}),
    ...(d.last_name ? { last_name: d.last_name } : {}),
    ...(d.date_of_birth ? { date_of_birth: d.date_of_birth } : {}),
    ...(d.tax_id ? { tax_id: d.tax_id } : {}),
  };
}

/**
 * `transfer_in.create`: a cash transfer of a pension held elsewhere into a SIPP Accumulation pot,
 * checked against the transfer network's static data (missing optional references take its
 * defaults). Starts `Created`/`Unallocated`; the network picks it up on the next business day.
 * Emits `transfer_in_created` on `notifications`.
 */
export const createTransfer = defineCommand({
  input: CreateTransferBody,
  run(ctx, body) {
    const account = findAccount(ctx, body.acquiring_account_id);
    if (!account) {
      return fail({ code: "resource_not_found", detail: `Investor account '${body.acquiring_account_id}' does not exist`, errors: [{ field: "acquiring_account_id", message: "unknown investor account" }] });
    }
    const pot = findPot(ctx, body.acquiring_pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.acquiring_pot_id}' does not exist`, errors: [{ field: "acquiring_pot_id", message: "unknown pot" }] });
    const errors: FieldError[] = [];
    if (body.nb_application_received_date > today(ctx)) errors.push({ field: "nb_application_received_date", message: "must not be in the future" });
    if (account.data.financial_product_id !== "sipp_accumulation") errors.push({ field: "acquiring_account_id", message: `account is for ${account.data.financial_product_id}, not sipp_accumulation` });
    if (pot.data.account_id !== account.id) errors.push({ field: "acquiring_pot_id", message: `pot '${pot.id}' does not exist in account ${account.id}` });
    else if (pot.data.status !== "active") errors.push({ field: "acquiring_pot_id", message: "the pot is not active" });
    if (pot.data.pot_currency !== "GBP") errors.push({ field: "acquiring_pot_id", message: `the pot holds ${pot.data.pot_currency}; transfers in arrive in GBP` });
    const purpose = body.purpose ?? "cash";
    if (purpose === "invest") {
      if (!pot.data.portfolio_template_id) errors.push({ field: "purpose", message: "only allowed when the acquiring pot has a portfolio template (invest)" });
      const dealing = dealingProblem(ctx, pot.data, "acquiring_pot_id");
      if (dealing) errors.push(dealing);
    }
    const adviserPartner = body.adviser?.distribution_partner_id;
    // Read by kind, as the money path reads parties: the partner domain is not imported.
    if (adviserPartner !== undefined && !ctx.get(DISTRIBUTION_PARTNER, adviserPartner)) {
      errors.push({ field: "adviser.distribution_partner_id", message: `distribution partner '${adviserPartner}' does not exist` });
    }
    const statics = staticDataOf(ctx);
    const provider = matchStaticItem(statics.ceding_providers, "ceding_provider_id", body.ceding_provider_id, "ceding_provider_id", "ceding provider");
    const contact = matchStaticItem(statics.case_contacts, "case_contact_id", body.case_contact_id, "case_contact_id", "case contact");
    const payment = matchStaticItem(statics.payment_accounts, "payment_account_id", body.payment_account_id, "payment_account_id", "payment account");
    const scheme = matchStaticItem(statics.scheme_references, "scheme_reference_identifier", body.scheme_reference_identifier, "scheme_reference_identifier", "scheme reference (PSTRN)");
    for (const match of [provider, contact, payment, scheme]) if ("error" in match) errors.push(match.error);
    if (errors.length > 0 || "error" in provider || "error" in contact || "error" in payment || "error" in scheme) return invalid(errors);

    const id = newTransferId(ctx);
    const data: TransferData = {
      investor_id: pot.data.investor_id,
      service_provider: "origo",
      financial_product_id: "sipp_accumulation",
      transfer_type: "cash",
      transfer_status: "Created",
      service_provider_status: "Unallocated",
      updated_on: today(ctx),
      encash_all: body.encash_all,
      acquiring_account_id: account.id,
      acquiring_pot_id: pot.id,
      ceding_account_id: body.ceding_account_id,
      ceding_provider_id: provider.item.ceding_provider_id,
      ceding_provider_name: provider.item.name,
      case_contact_id: contact.item.case_contact_id,
      payment_account_id: payment.item.payment_account_id,
      scheme_reference_identifier: scheme.item.scheme_reference_identifier,
      pstr: scheme.item.pstr,
      investor_details: investorDetails(ctx, pot.data.investor_id[0] ?? ""),
      nb_application_received_date: body.nb_application_received_date,
      approximate_value_of_pre_retirement_benefits: twoPlaces(body.approximate_value_of_pre_retirement_benefits),
      age_evidence_seen_by_receiving_provider: body.age_evidence_seen_by_receiving_provider ?? null,
      member_subject_to_bankruptcy_order: body.member_subject_to_bankruptcy_order ?? null,
      adviser: body.adviser ?? null,
      transfer_note: body.transfer_note ?? null,
      purpose,
      case_id: null,
      client_transfer_id: null,
      transferred_value: null,
      transaction_id: null,
      rejection_reason: null,
      cancellation_reason: null,
      comment: null,
      transfer_creation_date: ctx.now,
    };
    const transfer = ctx.insert(TRANSFER, id, data, pot.id);
    const wire = toTransfer(transfer);
    ctx.emit({ type: "transfer_in_created", ch: "notifications", payload: wire });
    scheduleNextStep(ctx, id);
    return succeed(201, wire);
  },
});

/** Statuses a transfer in can be cancelled from ("In-progress" in the WealthOS prose). */
const CANCELLABLE = new Set(["Created", "In progress"]);

/**
 * `transfer_in.cancel`: from `Created` or `In progress` only; `cancellation_reason` is
 * mandatory when the transfer is in progress. The network's pending step then finds nothing to do.
 */
export const cancelTransfer = defineCommand({
  input: CancelTransferInput,
  run(ctx, input) {
    const current = ctx.get<TransferData>(TRANSFER, input.transfer_id);
    if (!current) return fail({ code: "resource_not_found", detail: `Transfer '${input.transfer_id}' does not exist`, errors: [{ field: "transfer_id", message: "unknown transfer" }] });
    const status = current.data.transfer_status;
    if (!CANCELLABLE.has(status)) {
      return fail({ code: "state_conflict", detail: `Only transfers in Created or In progress can be cancelled; this one is ${status}`, errors: [{ field: "transfer_id", message: `transfer is ${status}` }] });
    }
    if (status === "In progress" && !input.cancellation_reason) return invalid([{ field: "cancellation_reason", message: "required when the transfer is In progress" }]);
    const updated = ctx.update(current, {
      ...current.data,
      transfer_status: "Cancelled",
      service_provider_status: "Cancelled",
      cancellation_reason: input.cancellation_reason ?? null,
      comment: input.comment ?? null,
      updated_on: today(ctx),
    });
    const wire = toTransfer(updated);
    ctx.emit({ type: "transfer_in_updated", ch: "notifications", payload: wire });
    return succeed(200, wire);
  },
});
