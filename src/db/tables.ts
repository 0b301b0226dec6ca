import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Every D1 table of Coffer. Control-plane tables (tenants, API keys) and the read model that
 * the tenant objects project into. Every tenant-owned table and index starts with `tenant_id`.
 */

export const tenants = sqliteTable("tenants", {
  tenantId: text("tenant_id").primaryKey(),
  name: text("name").notNull(),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
  rateLimitPerSecond: integer("rate_limit_per_second").notNull().default(500),
  rateLimitBurst: integer("rate_limit_burst").notNull().default(1000),
  dailyQuota: integer("daily_quota"),
  idempotencyRetentionHours: integer("idempotency_retention_hours").notNull().default(72),
  eventRetentionDays: integer("event_retention_days").notNull().default(30),
  taxIdUniqueness: integer("tax_id_uniqueness", { mode: "boolean" }).notNull().default(false),
  baseCurrency: text("base_currency").notNull().default("GBP"),
  kycProvider: text("kyc_provider").notNull().default("none"),
  environment: text("environment").notNull().default("live"),
  timeZone: text("time_zone").notNull().default("Europe/London"),
  dealingCutOff: text("dealing_cut_off").notNull().default("14:00"),
  rebalanceThreshold: text("rebalance_threshold").notNull().default("5.00"),
  rebalanceMinimumTradeValue: text("rebalance_minimum_trade_value").notNull().default("1.00"),
});

export const apiKeys = sqliteTable(
  "api_keys",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.tenantId),
    keyId: text("key_id").notNull(),
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
    /** A key scoped to this distribution partner's book (migrations/0013); null: a tenant key. */
    distributionPartnerId: text("distribution_partner_id"),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.keyId] }),
    uniqueIndex("uq_api_keys_tenant_hash").on(t.tenantId, t.keyHash),
    index("ix_api_keys_tenant_active").on(t.tenantId).where(sql`revoked_at IS NULL`),
  ],
);

/** Last event sequence each tenant object has projected into D1. */
export const projectionCursors = sqliteTable("projection_cursors", {
  tenantId: text("tenant_id").primaryKey(),
  lastSeq: integer("last_seq").notNull(),
  updatedAt: text("updated_at").notNull(),
});

export type TenantRow = typeof tenants.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

/**
 * The read model of every tenant resource, projected from the tenant objects' outboxes.
 * `source_seq` orders projections: an older write never overwrites a newer one.
 */
export const resources = sqliteTable(
  "resources",
  {
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    id: text("id").notNull(),
    version: integer("version").notNull(),
    ownerId: text("owner_id"),
    data: text("data").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    sourceSeq: integer("source_seq").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind, t.id] }),
    index("ix_resources_tenant_kind_created").on(t.tenantId, t.kind, t.createdAt, t.id),
    index("ix_resources_tenant_kind_owner").on(t.tenantId, t.kind, t.ownerId, t.createdAt, t.id),
    index("ix_resources_tenant_kind_updated").on(t.tenantId, t.kind, t.updatedAt),
  ],
);

/** Which fields of which resource kind are list filters (migrations/0003 fills it). */
export const readModelFields = sqliteTable("read_model_fields", { kind: text("kind").notNull(), field: text("field").notNull() }, (t) => [
  primaryKey({ columns: [t.kind, t.field] }),
]);

/**
 * One row per filterable field value of a resource (one per element for array fields), kept in
 * step with `resources` by triggers (migrations/0003); serves every list filter by index.
 */
export const resourceTerms = sqliteTable(
  "resource_terms",
  {
    tenantId: text("tenant_id").notNull(),
    kind: text("kind").notNull(),
    id: text("id").notNull(),
    field: text("field").notNull(),
    value: text("value").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.kind, t.id, t.field, t.value] }),
    index("ix_resource_terms_value").on(t.tenantId, t.kind, t.field, t.value, t.createdAt, t.id),
  ],
);

/** Every tenant's event log, as published on the sockets; serves `/tenant/activity/v1`. */
export const events = sqliteTable(
  "events",
  {
    tenantId: text("tenant_id").notNull(),
    seq: integer("seq").notNull(),
    id: text("id").notNull(),
    type: text("type").notNull(),
    ch: text("ch").notNull(),
    ts: integer("ts").notNull(),
    payload: text("payload").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] }), index("ix_events_tenant_ts").on(t.tenantId, t.ts)],
);

/**
 * Daily pot-value snapshots (`GET /tenant/pots/v1/values?date=`), one row per tenant, operational
 * date and pot; the key orders a date's page newest pot first. `data` is the stored snapshot.
 */
export const potValueSnapshots = sqliteTable(
  "pot_value_snapshots",
  {
    tenantId: text("tenant_id").notNull(),
    date: text("date").notNull(),
    potCreatedAt: text("pot_created_at").notNull(),
    potId: text("pot_id").notNull(),
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.date, t.potCreatedAt, t.potId] })],
);

/** Daily interest of cash deposits, one row per deposit and date (`GET /tenant/interests/v1/daily-breakdown`). */
export const interestDailyBreakdown = sqliteTable(
  "interest_daily_breakdown",
  {
    tenantId: text("tenant_id").notNull(),
    depositReference: text("deposit_reference").notNull(),
    date: text("date").notNull(),
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.depositReference, t.date] })],
);

export type ResourceRow = typeof resources.$inferSelect;
export type EventRow = typeof events.$inferSelect;

/** Per pot and sub transaction type, the accrued-but-uncollected recurring fees (migrations/0008). */
export const feeAccrualBalances = sqliteTable(
  "fee_accrual_balances",
  {
    tenantId: text("tenant_id").notNull(),
    potId: text("pot_id").notNull(),
    subTransactionType: text("sub_transaction_type").notNull(),
    data: text("data").notNull(),
    sourceSeq: integer("source_seq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.potId, t.subTransactionType] })],
);

/**
 * The book of distribution partners (migrations/0013): the anchors (investor or account ids) of
 * every read-model row that belongs to an investor, what each partner's book holds, and the
 * anchors of every event. Triggers on `resources` and `events` keep them in step.
 */
export const resourceBooks = sqliteTable(
  "resource_books",
  { tenantId: text("tenant_id").notNull(), kind: text("kind").notNull(), id: text("id").notNull(), anchor: text("anchor").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.id, t.anchor] }), index("ix_resource_books_id").on(t.tenantId, t.id, t.anchor),
    index("ix_resource_books_anchor").on(t.tenantId, t.kind, t.anchor, t.id),
  ],
);

export const partnerBooks = sqliteTable(
  "partner_books",
  { tenantId: text("tenant_id").notNull(), partnerId: text("partner_id").notNull(), anchor: text("anchor").notNull(), access: text("access").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.partnerId, t.anchor, t.access] })],
);

export const eventBooks = sqliteTable(
  "event_books",
  { tenantId: text("tenant_id").notNull(), seq: integer("seq").notNull(), anchor: text("anchor").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq, t.anchor] })],
);
