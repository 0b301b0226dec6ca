import type { CommandRegistry } from "../tenant/commands";
import { replayEvents, resendDelivery } from "./delivery-commands";
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook } from "./endpoint-commands";

/** The webhook commands, by name (merged into the registry in src/commands.ts). */
export const WEBHOOK_COMMANDS: CommandRegistry = {
  "webhook.create": createWebhook,
  "webhook.update": updateWebhook,
  "webhook.delete": deleteWebhook,
  "webhook.rotate_secret": rotateWebhookSecret,
  "webhook.delivery.resend": resendDelivery,
  "webhook.replay": replayEvents,
};
