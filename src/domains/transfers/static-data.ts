/**
 * The transfer network's static data for the tenant (what Origo holds about the receiving
 * organisation): ceding providers, case contacts, payment accounts and PSTRN records. Kept in
 * the tenant object as one entity, replaced as a whole by the operator, read by transfer
 * creation to check and default the request's values.
 */
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, succeed } from "../../tenant/commands";
import { EMPTY_STATIC_DATA, TransferNetworkStaticData } from "./static-data-schema";

/** Entity kind and id of the static data (one per tenant and network). */
export const STATIC_DATA = "transfer_network_static_data";
export const ORIGO = "origo";

/** The tenant's static data (empty lists when the operator has not set any). */
export function staticDataOf(ctx: CommandContext): TransferNetworkStaticData {
  return ctx.get<TransferNetworkStaticData>(STATIC_DATA, ORIGO)?.data ?? EMPTY_STATIC_DATA;
}

/** `transfer_network.set_static_data`: replaces the tenant's static data (admin API, an upsert). */
export const setStaticData = defineCommand({
  input: TransferNetworkStaticData,
  run(ctx, data) {
    const current = ctx.get<TransferNetworkStaticData>(STATIC_DATA, ORIGO);
    const stored = current ? ctx.update(current, data) : ctx.insert(STATIC_DATA, ORIGO, data);
    return succeed(200, stored.data);
  },
});

/**
 * The static-data item a request names by `field`, or the default item when the request leaves
 * it out; a problem naming the field when the value matches nothing or no default exists.
 */
export function matchStaticItem<T extends object>(items: readonly T[], key: keyof T, sent: string | undefined, field: string, label: string): { item: T } | { error: FieldError } {
  if (sent === undefined) {
    const fallback = items.find((i) => (i as { default?: boolean }).default === true);
    return fallback ? { item: fallback } : { error: { field, message: `required when the transfer network's static data has no default ${label}` } };
  }
  const item = items.find((i) => i[key] === sent);
  return item ? { item } : { error: { field, message: `${label} '${sent}' does not exist in the transfer network's static data` } };
}
