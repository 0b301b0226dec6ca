import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import eventsGuide from "../../../docs/events.md?raw";
import { EVENT_PAYLOADS } from "../../../src/events";
import { EVENT_TYPES, type EventType } from "../../../src/tenant/event-types";
import { admin, BASE, newTenant } from "../../helpers/tenant";

interface WebhookOperation {
  summary: string;
  "x-coffer-origin": string;
  "x-coffer-channel": string;
  requestBody: { content: { "application/json": { schema: { properties: Record<string, { enum?: unknown[]; $ref?: string }> } } } };
}

async function webhooks(): Promise<Record<string, { post: WebhookOperation }>> {
  const res = await SELF.fetch(`http://${BASE}/openapi.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { webhooks: Record<string, { post: WebhookOperation }> }).webhooks;
}

const ALL_TYPES = Object.keys(EVENT_TYPES) as EventType[];

describe("events in the OpenAPI document", () => {
  it("has one webhook definition per event type the code can emit, and no other", async () => {
    const documented = await webhooks();
    expect(Object.keys(documented).sort()).toEqual([...ALL_TYPES].sort());
    for (const type of ALL_TYPES) {
      const op = documented[type]?.post;
      expect(op, type).toBeDefined();
      expect(op?.["x-coffer-channel"], type).toBe(EVENT_TYPES[type].ch);
      expect(op?.["x-coffer-origin"], type).toBe(EVENT_TYPES[type].origin);
      const envelope = op?.requestBody.content["application/json"].schema.properties ?? {};
      expect(envelope.type?.enum, type).toEqual([type]);
      expect(envelope.ch?.enum, type).toEqual([EVENT_TYPES[type].ch]);
      expect(Object.keys(envelope).sort(), type).toEqual(["ch", "id", "payload", "seq", "ts", "type"]);
    }
  });

  it("gives resource events the resource's own response schema as payload", async () => {
    const documented = await webhooks();
    const payloadRef = (type: string) => documented[type]?.post.requestBody.content["application/json"].schema.properties.payload?.$ref;
    expect(payloadRef("pot_created")).toBe("#/components/schemas/Pot");
    expect(payloadRef("investor_updated")).toBe("#/components/schemas/Investor");
    expect(payloadRef("transaction_initiated")).toBe("#/components/schemas/Transaction");
    expect(payloadRef("holding_updated")).toBe("#/components/schemas/PotHolding");
    expect(payloadRef("investor_account_created")).toBe("#/components/schemas/InvestorAccountV2");
    expect(payloadRef("webhook_disabled")).toBe("#/components/schemas/Webhook");
    expect(payloadRef("payment_update")).toBe("#/components/schemas/PaymentUpdatePayload");
  });

  it("marks WealthOS's own types and Coffer's extensions", () => {
    const wealthos = ALL_TYPES.filter((t) => EVENT_TYPES[t].origin === "wealthos").sort();
    expect(wealthos).toEqual([
      "HMRC_LISA_account_creation_failed",
      "HMRC_LISA_account_creation_successful",
      "HMRC_LISA_investor_creation_failed",
      "bulk_payment_update",
      "external_transaction_added",
      "holding_mismatch",
      "holding_updated",
      "holdings_summary",
      "investor_mismatch",
      "investor_status",
      "investor_summary",
      "payment_update",
      "pot_mismatch",
      "pot_summary",
      "recurring_contribution_activated",
      "recurring_contribution_authorization_url_received",
      "recurring_contribution_cancelled",
      "recurring_contribution_finished",
      "recurring_contribution_rejected",
      "recurring_contribution_resumed",
      "recurring_contribution_updated",
      "transaction_failed",
      "transaction_ignored",
      "transaction_ingestion_failure",
      "transaction_initiated",
      "transaction_mismatch",
      "transaction_summary",
      "transaction_updated",
    ]);
  });
});

describe("events as emitted", () => {
  it("carry payloads that match their documented schema", async () => {
    const t = await newTenant();
    const created = await t.fetch("/tenant/investors/v1", { method: "POST", json: { first_name: "Ada", last_name: "Lovelace" } });
    expect(created.status).toBe(201);
    const { investor_id } = (await created.json()) as { investor_id: string };
    const patched = await t.fetch(`/tenant/investors/v1/${investor_id}`, {
      method: "PATCH",
      json: { reference_version: 1, kyc_aml_status: "clear", dealing_status: "active" },
    });
    expect(patched.status).toBe(200);
    const template = await admin("PUT", `/admin/v1/tenants/${t.id}/investment-products/GB00B3X7QG63`, {
      name: "Global Equity Fund",
      id_type: "ISIN",
      asset_type: "funds",
      currency: "GBP",
      close_price: "100.00",
      close_price_on_date: "2026-01-02",
    });
    expect(template.status).toBe(201);

    const feed = await t.fetch("/tenant/activity/v1?after_seq=0&limit=100");
    expect(feed.status).toBe(200);
    const { events } = (await feed.json()) as { events: { type: string; ch: string; payload: unknown }[] };
    expect(events.map((e) => e.type)).toEqual(["investor_created", "investor_updated", "investment_product_created"]);
    for (const event of events) {
      const type = event.type as EventType;
      expect(EVENT_TYPES[type]?.ch, event.type).toBe(event.ch);
      const parsed = EVENT_PAYLOADS[type].payload.safeParse(event.payload);
      expect(parsed.error?.issues ?? [], event.type).toEqual([]);
    }
  });
});

describe("the events guide (docs/events.md)", () => {
  it("lists every event type with its channel and origin", () => {
    const rows = new Map(
      eventsGuide
        .split("\n")
        .map((line) => /^\| `([A-Za-z_]+)` \| `([a-z]+)` \| (WealthOS|Coffer) \|/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], { ch: m[2], origin: m[3]?.toLowerCase() }]),
    );
    expect([...rows.keys()].sort()).toEqual([...ALL_TYPES].sort());
    for (const type of ALL_TYPES) expect(rows.get(type), type).toEqual({ ch: EVENT_TYPES[type].ch, origin: EVENT_TYPES[type].origin });
  });
});
