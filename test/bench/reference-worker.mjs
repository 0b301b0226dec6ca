// The reference Worker of `npm run bench`, served by its own `wrangler dev` beside Coffer's.
//
// `/` answers constant JSON and touches no binding: the bare worker, the ceiling every hot-path
// ratio is taken against. The `/floor/*` routes each do only what the matching Coffer route
// cannot avoid on this platform, so the bench can also say how much of a route's cost is Coffer's:
//
// - `GET /floor/read`: one D1 statement reading one row by primary key (a document the size of a
//   stored investor);
// - `GET /floor/page`: one D1 statement reading 50 such rows, answered as a JSON array;
// - `POST /floor/write`: one RPC to a Durable Object that inserts one row in its own storage and
//   then writes it to D1 with one statement before answering (as a tenant object answers a
//   command once its projection is in D1).
//
// The D1 table is created and filled on first use (every statement is idempotent). Documents are
// answered as stored, without parsing them.

import { DurableObject } from "cloudflare:workers";

const PAGE = 50;

/** A stored document of about the size and shape of a projected investor (640 bytes of JSON). */
function document(n) {
  return JSON.stringify({
    title: null, gender: null, email: null, mobile_number: null, home_number: null, office_number: null,
    nationality: "GBR", tax_id: null, id_numbers: [], address: null, mifid_tax_id: null, tax_residency_compliant: null,
    date_of_birth: "1990-12-20", retirement_age: null, tax_residence: null, employment_status: null, mpaa_triggered: null,
    mpaa_triggered_date: null, workplace_employers: [], lta_protection_details: [], expression_of_wish: null,
    vulnerable_customer: null, first_name: "Bench", last_name: `Reader${n}`, kyc_aml_status: "not_started",
    dealing_status: "inactive", status: "kyc_pending", kyc_aml_status_last_updated: "2026-12-01T10:00:00.000Z",
  });
}

const CREATE = "CREATE TABLE IF NOT EXISTS docs (tenant_id TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (tenant_id, id))";
const INSERT = "INSERT OR IGNORE INTO docs (tenant_id, id, data, created_at) VALUES (?, ?, ?, ?)";

let ready;
function prepared(db) {
  ready ??= db.batch([
    db.prepare(CREATE),
    ...Array.from({ length: PAGE + 1 }, (_, n) => db.prepare(INSERT).bind("floor", `doc-${String(n).padStart(4, "0")}`, document(n), `2026-12-01T10:00:${String(n).padStart(2, "0")}.000Z`)),
  ]);
  return ready;
}

const json = (body, status = 200) => new Response(body, { status, headers: { "content-type": "application/json" } });

export class Writer extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, data TEXT NOT NULL, created_at TEXT NOT NULL)");
  }

  async write(data) {
    const id = `doc-${crypto.randomUUID()}`;
    const createdAt = new Date().toISOString();
    this.ctx.storage.sql.exec("INSERT INTO docs (id, data, created_at) VALUES (?, ?, ?)", id, data, createdAt);
    await prepared(this.env.DB);
    await this.env.DB.prepare(INSERT).bind("floor", id, data, createdAt).run();
    return { id, created_at: createdAt };
  }
}

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === "/floor/read") {
      await prepared(env.DB);
      const row = await env.DB.prepare("SELECT data FROM docs WHERE tenant_id = ? AND id = ?").bind("floor", "doc-0000").first();
      return json(row.data);
    }
    if (pathname === "/floor/page") {
      await prepared(env.DB);
      const { results } = await env.DB.prepare("SELECT data FROM docs WHERE tenant_id = ? ORDER BY id LIMIT ?").bind("floor", PAGE).all();
      return json(`[${results.map((row) => row.data).join(",")}]`);
    }
    if (pathname === "/floor/write" && request.method === "POST") {
      const written = await env.WRITER.getByName("floor").write(await request.text());
      return json(JSON.stringify(written), 201);
    }
    return json('{"message":"hello"}');
  },
};
