import type { ServiceProviderStatus, TransferStatus } from "../../platform/transfer-networks/provider";
import { toWire } from "../../platform/wire-absent";
import { Transfer } from "./schema";

/** Entity kind of a transfer in (`TRF-IN-PRC7054758`; owner: the acquiring pot). */
export const TRANSFER = "transfer_in";

/** What the write model keeps for a transfer in; `investor_id` and `updated_on` serve the list filters. */
export interface TransferData {
  investor_id: string[];
  service_provider: "origo";
  financial_product_id: "sipp_accumulation";
  transfer_type: "cash";
  transfer_status: TransferStatus;
  service_provider_status: ServiceProviderStatus;
  /** Operational date of the last change (the `updated_at` list filter). */
  updated_on: string;
  encash_all: boolean;
  acquiring_account_id: string;
  acquiring_pot_id: string;
  ceding_account_id: string;
  ceding_provider_id: string;
  ceding_provider_name: string;
  case_contact_id: string;
  payment_account_id: string;
  scheme_reference_identifier: string;
  pstr: string | null;
  investor_details: Transfer["investor_details"];
  nb_application_received_date: string;
  approximate_value_of_pre_retirement_benefits: string;
  age_evidence_seen_by_receiving_provider: boolean | null;
  member_subject_to_bankruptcy_order: boolean | null;
  adviser: Transfer["adviser"] | null;
  transfer_note: string | null;
  purpose: "cash" | "invest";
  case_id: string | null;
  client_transfer_id: string | null;
  transferred_value: string | null;
  transaction_id: string | null;
  rejection_reason: string | null;
  cancellation_reason: Transfer["cancellation_reason"] | null;
  comment: string | null;
  transfer_creation_date: string;
}

/** A transfer in as the wire shows it. */
export function toTransfer(row: { id: string; data: TransferData; createdAt: string; updatedAt: string }): Transfer {
  const d = row.data;
  return toWire(Transfer, {
    transfer_id: row.id,
    direction: "in",
    service_provider: d.service_provider,
    scheme_type: "sipp",
    financial_product_id: d.financial_product_id,
    transfer_type: d.transfer_type,
    transfer_status: d.transfer_status,
    service_provider_status: d.service_provider_status,
    encash_all: d.encash_all,
    acquiring_account_id: d.acquiring_account_id,
    acquiring_pot_id: d.acquiring_pot_id,
    case_contact_id: d.case_contact_id,
    payment_account_id: d.payment_account_id,
    ceding_account_id: d.ceding_account_id,
    ceding_provider_id: d.ceding_provider_id,
    investor_details: d.investor_details,
    receiving_contract: {
      account_id: d.acquiring_account_id,
      pot_id: d.acquiring_pot_id,
      case_contact_id: d.case_contact_id,
      payment_account_id: d.payment_account_id,
      scheme_reference_identifier: d.scheme_reference_identifier,
      pstr: d.pstr,
    },
    ceding_contract: {
      ceding_provider_id: d.ceding_provider_id,
      ceding_provider_name: d.ceding_provider_name,
      ceding_account_id: d.ceding_account_id,
      approximate_value_of_pre_retirement_benefits: d.approximate_value_of_pre_retirement_benefits,
      encash_all: d.encash_all,
      transferred_value: d.transferred_value,
    },
    case_id: d.case_id,
    client_transfer_id: d.client_transfer_id,
    nb_application_received_date: d.nb_application_received_date,
    approximate_value_of_pre_retirement_benefits: d.approximate_value_of_pre_retirement_benefits,
    age_evidence_seen_by_receiving_provider: d.age_evidence_seen_by_receiving_provider,
    member_subject_to_bankruptcy_order: d.member_subject_to_bankruptcy_order,
    adviser: d.adviser,
    transfer_creation_date: d.transfer_creation_date,
    scheme_reference_identifier: d.scheme_reference_identifier,
    transfer_note: d.transfer_note,
    purpose: d.purpose,
    transaction_id: d.transaction_id,
    rejection_reason: d.rejection_reason,
    cancellation_reason: d.cancellation_reason,
    comment: d.comment,
    created_at: row.createdAt,
    updated_at: row.updatedAt,
  } as unknown as Transfer);
}
