import { z } from "@hono/zod-openapi";
import { paged, type Paging } from "../../platform/pagination";
import { decimalString } from "../../platform/wire-decimals";
import { calendarDate } from "../../platform/wire-fields";
import { wireDate, wireDateTime } from "../../platform/wire-resources";
import { SERVICE_PROVIDER_STATUSES, TRANSFER_STATUSES } from "../../platform/transfer-networks/provider";

export const CANCELLATION_REASONS = ["By Client Pre Completion", "Client Death", "Deferment", "Duplicate", "Data Entry Error", "Incorrect Ceding Provider"] as const;
export const PURPOSES = ["cash", "invest"] as const;

const id = (example: string) => z.string().min(1).max(64).openapi({ example });

/** The adviser firm associated with a transfer (its shape is not in the WealthOS reference; Coffer's design). */
export const TransferAdviser = z
  .object({
    firm_name: z.string().min(1).max(100),
    firm_reference_number: z.string().regex(/^\d{6,7}$/, "must be a 6 or 7 digit FCA firm reference number").optional(),
    adviser_name: z.string().min(1).max(100).optional(),
    distribution_partner_id: z.string().min(1).max(64).optional().openapi({ description: "Coffer: the `iff-`/`ifa-` partner of the adviser, when known" }),
  })
  .strict()
  .openapi("TransferAdviser");

export const CreateTransferBody = z
  .object({
    request_id: z.uuid(),
    service_provider: z.enum(["origo"]).openapi({ description: "WealthOS also names `wealthos`, but the only transfer solution provider accepted at present is `origo`" }),
    scheme_type: z.enum(["sipp"]).optional().openapi({ description: "In the WealthOS sample, not its schema; accepted and always `sipp`" }),
    transfer_type: z.enum(["cash"]).openapi({ description: "WealthOS also names `in_specie`, but only `cash` is accepted at present" }),
    encash_all: z.boolean().openapi({ description: "true only when transfer_type is cash (always, at present)" }),
    acquiring_account_id: id("SIPPACC1729649516361"),
    acquiring_pot_id: id("pot-IPY5525148").openapi({ description: "A pot of acquiring_account_id" }),
    ceding_account_id: z.string().min(1).max(64).openapi({ example: "5823364" }),
    case_contact_id: z.string().min(1).max(64).optional().openapi({ description: "Must match a case contact of the transfer network's static data; the default contact when absent" }),
    age_evidence_seen_by_receiving_provider: z.boolean().optional(),
    member_subject_to_bankruptcy_order: z.boolean().optional(),
    adviser: TransferAdviser.optional(),
    nb_application_received_date: calendarDate.openapi({ description: "Not in the future" }),
    payment_account_id: z.string().min(1).max(64).optional().openapi({ description: "Must match a payment account of the static data; the default account when absent" }),
    scheme_reference_identifier: z.string().min(1).max(64).optional().openapi({ description: "PSTRN record; must match the static data; the default record when absent" }),
    ceding_provider_id: z.string().min(1).max(64).openapi({ description: "Must match a ceding provider of the static data", example: "12251" }),
    transfer_note: z.string().max(500).optional(),
    approximate_value_of_pre_retirement_benefits: decimalString(2, { example: "100.50" }),
    financial_product_id: z.enum(["sipp_accumulation"]),
    purpose: z.enum(PURPOSES).optional().openapi({ description: "Default `cash`; `invest` needs a portfolio template on the pot" }),
  })
  .openapi("CreateTransferBody");

export const CancelTransferBody = z
  .object({
    cancellation_reason: z.enum(CANCELLATION_REASONS).optional().openapi({ description: "Mandatory when the transfer is In progress" }),
    comment: z.string().min(1).max(500).optional(),
  })
  .openapi("CancelTransferBody");

export const CancelTransferInput = CancelTransferBody.extend({ transfer_id: z.string().min(1).max(64) });

const InvestorDetails = z
  .object({
    investor_id: z.string(),
    title: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    date_of_birth: wireDate.optional(),
    tax_id: z.string().optional(),
  })
  .openapi("TransferInvestorDetails");

const ReceivingContract = z
  .object({
    account_id: z.string(),
    pot_id: z.string(),
    case_contact_id: z.string(),
    payment_account_id: z.string(),
    scheme_reference_identifier: z.string(),
    pstr: z.string().optional(),
  })
  .openapi("TransferReceivingContract");

const CedingContract = z
  .object({
    ceding_provider_id: z.string(),
    ceding_provider_name: z.string(),
    ceding_account_id: z.string(),
    approximate_value_of_pre_retirement_benefits: z.string(),
    encash_all: z.boolean(),
    transferred_value: z.string().optional().openapi({ description: "Coffer: the cash the ceding scheme sent, once known" }),
  })
  .openapi("TransferCedingContract");

/** A transfer in: the create, summary, list and cancel answers and the events all carry this shape. */
export const Transfer = z
  .object({
    transfer_id: z.string().openapi({ example: "TRF-IN-PRC7054758" }),
    direction: z.enum(["in"]),
    service_provider: z.enum(["origo"]),
    scheme_type: z.enum(["sipp"]),
    financial_product_id: z.enum(["sipp_accumulation"]),
    transfer_type: z.enum(["cash"]),
    transfer_status: z.enum(TRANSFER_STATUSES),
    service_provider_status: z.enum(SERVICE_PROVIDER_STATUSES),
    encash_all: z.boolean(),
    acquiring_account_id: z.string(),
    acquiring_pot_id: z.string(),
    case_contact_id: z.string(),
    payment_account_id: z.string(),
    ceding_account_id: z.string(),
    ceding_provider_id: z.string(),
    investor_details: InvestorDetails,
    receiving_contract: ReceivingContract,
    ceding_contract: CedingContract,
    case_id: z.string().optional().openapi({ description: "The network's case, once allocated" }),
    client_transfer_id: z.string().optional(),
    nb_application_received_date: wireDate,
    approximate_value_of_pre_retirement_benefits: z.string(),
    age_evidence_seen_by_receiving_provider: z.boolean().optional(),
    member_subject_to_bankruptcy_order: z.boolean().optional(),
    adviser: TransferAdviser.optional(),
    transfer_creation_date: wireDateTime,
    scheme_reference_identifier: z.string(),
    transfer_note: z.string().optional(),
    purpose: z.enum(PURPOSES),
    transaction_id: z.string().optional().openapi({ description: "Coffer: the pot's `Cash Transfer In` transaction, once the ceding scheme sent the cash" }),
    rejection_reason: z.string().optional().openapi({ description: "Coffer: why the network rejected the transfer" }),
    cancellation_reason: z.enum(CANCELLATION_REASONS).optional(),
    comment: z.string().optional(),
    created_at: wireDateTime,
    updated_at: wireDateTime,
  })
  .openapi("Transfer");

export type Transfer = z.infer<typeof Transfer>;

export const TransferParams = z.object({
  transfer_id: z.string().min(1).max(64).openapi({ param: { name: "transfer_id", in: "path" }, example: "TRF-IN-PRC7054758" }),
});

export const TRANSFER_PAGING: Paging = { pageSize: 1000, maxPageSize: 1000 };

export const ListTransfersQuery = paged(
  z.object({
    financial_product_id: z.enum(["sipp_accumulation", "sipp_fad"]).optional(),
    service_provider: z.enum(["wealthos", "origo"]).optional(),
    service_provider_status: z.enum(SERVICE_PROVIDER_STATUSES).optional(),
    investor_id: z.string().min(1).max(64).optional(),
    transfer_status: z.enum(TRANSFER_STATUSES).optional(),
    updated_at: calendarDate.optional().openapi({ description: "Transfers last changed on this operational date" }),
    page_size: z.string().optional(),
    page_number: z.string().optional(),
  }),
  TRANSFER_PAGING,
);

export const TransferList = z.object({ transfers: z.array(Transfer), next_page_available: z.boolean() }).openapi("TransferList");
