import type { Channel } from "./event-log";

/** Who defines an event type: WealthOS's socket API, or Coffer (a resource change carrying the full resource). */
export type EventOrigin = "wealthos" | "coffer";

interface EventTypeEntry {
  ch: Channel;
  origin: EventOrigin;
}

const wealthos = (ch: Channel): EventTypeEntry => ({ ch, origin: "wealthos" });
const coffer = (ch: Channel): EventTypeEntry => ({ ch, origin: "coffer" });

/**
 * Every event type a command can emit, with its channel. `CommandContext.emit` accepts only
 * these, so this list is complete by construction; the OpenAPI document's `webhooks` and the
 * events guide are checked against it.
 */
export const EVENT_TYPES = {
  investor_status: wealthos("investors"),
  investor_created: coffer("investors"),
  investor_updated: coffer("investors"),
  organisation_created: coffer("investors"),
  organisation_updated: coffer("investors"),
  fee_nomination_created: coffer("investors"),
  fee_nomination_updated: coffer("investors"),
  fee_nomination_deleted: coffer("investors"),
  payment_update: wealthos("payments"),
  transaction_initiated: wealthos("transactions"),
  transaction_updated: wealthos("transactions"),
  external_transaction_added: wealthos("transactions"),
  transaction_failed: wealthos("transactions"),
  holding_updated: wealthos("holdings"),
  pot_created: coffer("notifications"),
  pot_updated: coffer("notifications"),
  investor_account_created: coffer("notifications"),
  investor_account_updated: coffer("notifications"),
  workplace_employer_created: coffer("notifications"),
  workplace_employer_updated: coffer("notifications"),
  contributing_employer_created: coffer("notifications"),
  contributing_employer_updated: coffer("notifications"),
  third_party_payer_created: coffer("notifications"),
  third_party_payer_updated: coffer("notifications"),
  financial_product_updated: coffer("notifications"),
  investment_product_created: coffer("notifications"),
  investment_product_updated: coffer("notifications"),
  cash_investment_product_created: coffer("notifications"),
  cash_investment_product_updated: coffer("notifications"),
  portfolio_template_created: coffer("notifications"),
  portfolio_template_updated: coffer("notifications"),
  webhook_disabled: coffer("notifications"),
  clock_advanced: coffer("notifications"),
  tax_year_started: coffer("notifications"),
  job_failed: coffer("notifications"),
  counterparty_created: coffer("notifications"),
  counterparty_updated: coffer("notifications"),
  transfer_in_created: coffer("notifications"),
  transfer_in_updated: coffer("notifications"),
  distribution_partner_created: coffer("notifications"),
  distribution_partner_updated: coffer("notifications"),
  distribution_partner_assigned: coffer("notifications"),
  recurring_contribution_authorization_url_received: wealthos("notifications"),
  recurring_contribution_activated: wealthos("notifications"),
  recurring_contribution_rejected: wealthos("notifications"),
  recurring_contribution_updated: wealthos("notifications"),
  recurring_contribution_resumed: wealthos("notifications"),
  recurring_contribution_cancelled: wealthos("notifications"),
  recurring_contribution_finished: wealthos("notifications"),
  bulk_payment_update: wealthos("payments"),
  investor_summary: wealthos("reconciliations"),
  investor_mismatch: wealthos("reconciliations"),
  pot_summary: wealthos("reconciliations"),
  pot_mismatch: wealthos("reconciliations"),
  transaction_summary: wealthos("reconciliations"),
  transaction_mismatch: wealthos("reconciliations"),
  transaction_ingestion_failure: wealthos("reconciliations"),
  transaction_ignored: wealthos("reconciliations"),
  holdings_summary: wealthos("reconciliations"),
  holding_mismatch: wealthos("reconciliations"),
  HMRC_LISA_investor_creation_failed: wealthos("notifications"),
  HMRC_LISA_account_creation_failed: wealthos("notifications"),
  HMRC_LISA_account_creation_successful: wealthos("notifications"),
  fee_code_created: coffer("notifications"),
  fee_code_updated: coffer("notifications"),
  fee_setup_created: coffer("notifications"),
  fee_setup_updated: coffer("notifications"),
  fee_exemption_created: coffer("notifications"),
  fee_exemption_updated: coffer("notifications"),
} as const satisfies Record<string, EventTypeEntry>;

export type EventType = keyof typeof EVENT_TYPES;
