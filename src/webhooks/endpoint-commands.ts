import type { FieldError } from "../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../tenant/command-context";
import { defineCommand, fail, succeed, type CommandOutcome } from "../tenant/commands";
import { checkVersion, duplicateReference } from "../tenant/versioning";
import { endpoints } from "./fan-out";
import { toWebhook, WEBHOOK, WEBHOOK_DELIVERY, type WebhookData } from "./model";
import { PRUNE_JOB, PRUNE_KEY, PRUNE_EVERY_MS } from "./prune";
import { CreateWebhookInput, UpdateWebhookInput, WebhookRef } from "./schema";
import { addSecret, expireSecrets, forgetEndpoint, markHealthy } from "./store";
import { newWebhookSecret } from "./signing";
import { webhookUrlProblem } from "./url-policy";

/** Most endpoints one tenant may have (each event is matched against every one). */
export const MAX_WEBHOOKS = 50;
/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;
const EXTERNAL_REFERENCE = "external_reference";

function invalid(errors: FieldError[]): CommandOutcome {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

/** The endpoint, or a 404 naming `webhook_id` (another tenant's id is just as unknown). */
export function findEndpoint(ctx: CommandContext, webhookId: string): StoredEntity<WebhookData> | CommandOutcome {
  const endpoint = ctx.get<WebhookData>(WEBHOOK, webhookId);
  if (endpoint) return endpoint;
  return fail({ code: "resource_not_found", detail: `Webhook '${webhookId}' does not exist`, errors: [{ field: "webhook_id", message: "unknown webhook" }] });
}

export function isOutcome(value: unknown): value is CommandOutcome {
  return typeof value === "object" && value !== null && "ok" in value;
}

/** Empty filter lists mean "everything", stored as `null`; duplicates are dropped. */
function filterList<T extends string>(list: T[] | null | undefined): T[] | null {
  return list && list.length > 0 ? [...new Set(list)] : null;
}

function checkUrl(url: string, localDevelopment: boolean): FieldError[] {
  const problem = webhookUrlProblem(url, localDevelopment);
  return problem ? [{ field: "url", message: problem }] : [];
}

/** `webhook.create`: a new endpoint and its first signing secret (shown only in this answer). */
export const createWebhook = defineCommand({
  input: CreateWebhookInput,
  run(ctx, input) {
    const errors = checkUrl(input.url, input.local_development);
    if (errors.length > 0) return invalid(errors);
    if (endpoints(ctx).length >= MAX_WEBHOOKS) {
      return fail({ code: "state_conflict", detail: `A tenant can have at most ${MAX_WEBHOOKS} webhooks; delete one first` });
    }
    const reference = input.external_reference || null;
    if (reference) {
      const holder = ctx.findUnique(WEBHOOK, EXTERNAL_REFERENCE, reference);
      if (holder) return fail(duplicateReference(EXTERNAL_REFERENCE, reference, holder));
    }
    const data: WebhookData = {
      url: input.url,
      event_types: filterList(input.event_types),
      channels: filterList(input.channels),
      description: input.description || null,
      external_reference: reference,
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
      secret_rotated_at: null,
    };
    const id = ctx.newId(WEBHOOK, "wh");
    const entity = ctx.insert(WEBHOOK, id, data);
    if (reference) ctx.claimUnique(WEBHOOK, EXTERNAL_REFERENCE, reference, id);
    const secret = newWebhookSecret();
    addSecret(ctx.sql, id, secret, ctx.nowMs);
    ctx.schedule(PRUNE_JOB, PRUNE_KEY, ctx.nowMs + PRUNE_EVERY_MS);
    return succeed(201, { ...toWebhook(entity), secret });
  },
});

/**
 * `webhook.update`: url, filters, description, external reference and `enabled`, checked against
 * `reference_version`. `null` clears a filter (everything again); empty strings are ignored.
 */
export const updateWebhook = defineCommand({
  input: UpdateWebhookInput,
  run(ctx, input) {
    const found = findEndpoint(ctx, input.webhook_id);
    if (isOutcome(found)) return found;
    const conflict = checkVersion(found, input.reference_version);
    if (conflict) return fail(conflict);
    const current = found.data;
    const url = input.url || current.url;
    const errors = url === current.url ? [] : checkUrl(url, input.local_development);
    if (errors.length > 0) return invalid(errors);

    let reference = current.external_reference;
    if (input.external_reference === null) reference = null;
    else if (input.external_reference) reference = input.external_reference;
    if (reference && reference !== current.external_reference) {
      const holder = ctx.findUnique(WEBHOOK, EXTERNAL_REFERENCE, reference);
      if (holder && holder !== found.id) return fail(duplicateReference(EXTERNAL_REFERENCE, reference, holder));
    }
    const data: WebhookData = {
      ...current,
      url,
      event_types: input.event_types === undefined ? current.event_types : filterList(input.event_types),
      channels: input.channels === undefined ? current.channels : filterList(input.channels),
      description: input.description === null ? null : input.description || current.description,
      external_reference: reference,
    };
    if (input.enabled === true && !current.enabled) {
      Object.assign(data, { enabled: true, disabled_reason: null, disabled_at: null });
      markHealthy(ctx.sql, found.id);
    } else if (input.enabled === false && current.enabled) {
      Object.assign(data, { enabled: false, disabled_reason: "manual", disabled_at: ctx.now });
    }
    if (reference !== current.external_reference) {
      if (current.external_reference) ctx.releaseUnique(WEBHOOK, EXTERNAL_REFERENCE, current.external_reference);
      if (reference) ctx.claimUnique(WEBHOOK, EXTERNAL_REFERENCE, reference, found.id);
    }
    return succeed(200, toWebhook(ctx.update(found, data)));
  },
});

/** `webhook.delete`: the endpoint, its secrets and its deliveries. */
export const deleteWebhook = defineCommand({
  input: WebhookRef,
  run(ctx, input) {
    const found = findEndpoint(ctx, input.webhook_id);
    if (isOutcome(found)) return found;
    const deliveries = ctx.listOwned(WEBHOOK_DELIVERY, found.id);
    for (const delivery of deliveries) ctx.remove(delivery);
    forgetEndpoint(ctx.sql, found.id, deliveries.map((d) => d.id));
    if (found.data.external_reference) ctx.releaseUnique(WEBHOOK, EXTERNAL_REFERENCE, found.data.external_reference);
    ctx.remove(found);
    return succeed(200, { webhook_id: found.id, deleted: true });
  },
});

/**
 * `webhook.rotate_secret`: a new secret signs from now on; the previous one keeps signing
 * alongside it for 24 hours, so receivers can switch without missing a delivery.
 */
export const rotateWebhookSecret = defineCommand({
  input: WebhookRef,
  run(ctx, input) {
    const found = findEndpoint(ctx, input.webhook_id);
    if (isOutcome(found)) return found;
    const expiresAt = ctx.nowMs + ROTATION_OVERLAP_MS;
    expireSecrets(ctx.sql, found.id, expiresAt);
    const secret = newWebhookSecret();
    addSecret(ctx.sql, found.id, secret, ctx.nowMs);
    const updated = ctx.update(found, { ...found.data, secret_rotated_at: ctx.now });
    return succeed(200, { ...toWebhook(updated), secret, previous_secret_expires_at: new Date(expiresAt).toISOString() });
  },
});
