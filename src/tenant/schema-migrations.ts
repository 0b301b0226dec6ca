/**
 * Ordered, append-only schema migrations of the tenant object's SQLite storage. An applied
 * migration is never edited; a change is a new entry. Runs in the constructor under
 * `blockConcurrencyWhile`, all pending ones in one transaction.
 */
export interface SchemaMigration {
  id: number;
  name: string;
  sql: string;
}

export const SCHEMA_MIGRATIONS: SchemaMigration[] = [
  {
    id: 1,
    name: "write model",
    sql: `
      CREATE TABLE entities (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        owner_id TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE TABLE unique_keys (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (kind, name, value)
      );
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        ch TEXT NOT NULL,
        ts INTEGER NOT NULL,
        payload TEXT NOT NULL
      );
      CREATE UNIQUE INDEX events_ch_ts ON events (ch, ts);
      CREATE TABLE channel_clocks (ch TEXT PRIMARY KEY, last_ts INTEGER NOT NULL);
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        op TEXT NOT NULL,
        data TEXT NOT NULL
      );
      CREATE TABLE idempotency_keys (
        key TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
      CREATE TABLE request_ids (
        request_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX request_ids_created ON request_ids (created_at);
      CREATE TABLE jobs (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (kind, key)
      );
      CREATE INDEX jobs_due ON jobs (due_at);
      CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    id: 2,
    name: "ledger",
    sql: `
      CREATE TABLE journals (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        memo TEXT NOT NULL DEFAULT ''
      );
      CREATE TABLE postings (
        journal_id TEXT NOT NULL,
        line INTEGER NOT NULL,
        account TEXT NOT NULL,
        asset TEXT NOT NULL,
        amount TEXT NOT NULL,
        PRIMARY KEY (journal_id, line)
      );
      CREATE INDEX postings_account ON postings (account, asset);
      CREATE TABLE positions (
        account TEXT NOT NULL,
        asset TEXT NOT NULL,
        total TEXT NOT NULL,
        locked TEXT NOT NULL,
        book_cost TEXT NOT NULL,
        PRIMARY KEY (account, asset)
      );
    `,
  },
  {
    id: 3,
    name: "webhooks",
    sql: `
      CREATE TABLE webhook_secrets (
        webhook_id TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER,
        PRIMARY KEY (webhook_id, secret)
      );
      CREATE TABLE webhook_health (
        webhook_id TEXT PRIMARY KEY,
        failing_since INTEGER NOT NULL
      );
      CREATE TABLE webhook_sends (
        delivery_id TEXT PRIMARY KEY,
        round INTEGER NOT NULL,
        queued_at INTEGER NOT NULL
      );
      CREATE INDEX webhook_sends_queued ON webhook_sends (queued_at);
    `,
  },
  {
    id: 4,
    name: "job failures",
    sql: `
      ALTER TABLE jobs ADD failures INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    id: 5,
    name: "pot value snapshots",
    sql: `
      CREATE TABLE pot_value_snapshots (
        date TEXT PRIMARY KEY,
        taken_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
      INSERT INTO pot_value_snapshots (date, taken_at, data)
        SELECT substr(id, 1, 10), min(created_at), json_group_array(json(data)) FROM entities WHERE kind = 'pot_value_snapshot' GROUP BY 1;
      DELETE FROM entities WHERE kind = 'pot_value_snapshot';
      UPDATE outbox SET op = 'snapshots',
        data = json_object('date', substr(json_extract(data, '$.id'), 1, 10), 'snapshots', json_array(json(json_extract(data, '$.data'))))
        WHERE op = 'resource' AND json_extract(data, '$.kind') = 'pot_value_snapshot';
    `,
  },
  {
    id: 8,
    name: "recurring fee accruals",
    sql: `
      CREATE TABLE fee_accruals (
        pot_id TEXT NOT NULL,
        setup_id TEXT NOT NULL,
        date TEXT NOT NULL,
        sub_transaction_type TEXT NOT NULL,
        base TEXT NOT NULL,
        amount TEXT NOT NULL,
        collected_on TEXT,
        PRIMARY KEY (pot_id, setup_id, date)
      ) WITHOUT ROWID;
      CREATE INDEX fee_accruals_open ON fee_accruals (collected_on, date);
      CREATE TABLE fee_balances (
        pot_id TEXT NOT NULL,
        sub_transaction_type TEXT NOT NULL,
        currency TEXT NOT NULL,
        accrued TEXT NOT NULL,
        carried TEXT NOT NULL,
        first_accrual_date TEXT,
        last_accrual_date TEXT,
        last_collection_date TEXT,
        PRIMARY KEY (pot_id, sub_transaction_type)
      ) WITHOUT ROWID;
    `,
  },
  {
    id: 10,
    name: "cash deposit interest",
    sql: `
      CREATE TABLE interest_daily (
        deposit_reference TEXT NOT NULL,
        date TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (deposit_reference, date)
      );
    `,
  },
  {
    id: 12,
    name: "reconciliation keys seen",
    sql: `
      CREATE TABLE reconciliation_seen (
        job_id TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (job_id, key)
      ) WITHOUT ROWID;
    `,
  },
  {
    id: 13,
    name: "distribution-partner books",
    // The book check of partner-scoped keys (book.ts): an entity by id whatever its kind, and
    // the assignments of an investor or account.
    sql: `
      CREATE INDEX entities_id ON entities (id);
      CREATE INDEX entities_assigned_entity ON entities (json_extract(data, '$.entity_id')) WHERE kind = 'distribution_partner_assignment';
    `,
  },
  {
    id: 14,
    name: "entities by owner",
    // \`CommandContext.listOwned\` (an investor's bank accounts, a pot's orders, ...): in page order
    // from the index, instead of a pass over every entity of the kind.
    sql: `CREATE INDEX entities_owner ON entities (kind, owner_id, created_at, id);`,
  },
];

/** Applies every pending migration (in id order) in one transaction and records each applied id. */
export function runSchemaMigrations(storage: DurableObjectStorage): void {
  const sql = storage.sql;
  sql.exec("CREATE TABLE IF NOT EXISTS _schema (id INTEGER NOT NULL)");
  // Every migration not yet recorded, not only those above the highest: features reserve ids
  // ahead, so an object may have applied a later id before an earlier one was added to the list.
  const applied = new Set(sql.exec<{ id: number }>("SELECT id FROM _schema").toArray().map((r) => r.id));
  const pending = SCHEMA_MIGRATIONS.filter((m) => !applied.has(m.id)).sort((a, b) => a.id - b.id);
  if (pending.length === 0) return;
  storage.transactionSync(() => {
    for (const migration of pending) {
      sql.exec(migration.sql);
      sql.exec("INSERT INTO _schema (id) VALUES (?)", migration.id);
    }
  });
}
