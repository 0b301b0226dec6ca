import type { DomainError } from "../platform/errors/api-error";

/**
 * "The book" of a distribution partner on the write side (the read side is `db/book.ts`; both
 * apply the rules of migrations/0013). An entity's anchors are investor and account ids: an
 * investor or an account anchors itself (an account its investors too); any other entity takes
 * the ids in its `investor_id` and the anchors of the entities it names by owner, `account_id`,
 * `investor_account_id`, `pot_id` or `entity_id`. An entity is in partner P's book when one of its
 * anchors is assigned to P or to a partner below P (an IFA's assignment counts for its firm and
 * the firm's white label). Entities without anchors (catalogue, templates) belong to no book.
 */

const SELF_KINDS: ReadonlySet<string> = new Set(["investor", "investor_organisation", "investor_account"]);
const INVESTOR_KINDS: ReadonlySet<string> = new Set(["investor", "investor_organisation"]);
const REFERENCE_FIELDS = ["account_id", "investor_account_id", "pot_id", "entity_id"] as const;
/** The kinds the distribution-partners feature stores its partners and assignments as. */
const PARTNER_KIND = "distribution_partner";
const ASSIGNMENT_KIND = "distribution_partner_assignment";
/** The assignments of an investor or account (their partners as `owner_id`). */
export const ASSIGNMENTS_OF_SQL = `SELECT owner_id FROM entities WHERE kind = '${ASSIGNMENT_KIND}' AND json_extract(data, '$.entity_id') = ?`;
/** How far anchors are followed through references (a transaction → its pot → its account). */
const DEPTH = 3;
/** Longer strings are text, never ids. */
const MAX_ID_LENGTH = 120;

interface EntityRow extends Record<string, SqlStorageValue> {
  kind: string;
  id: string;
  owner_id: string | null;
  data: string;
}

/** The entities with an id, whatever their kind (index `entities_id`). */
export const ENTITIES_WITH_ID_SQL = "SELECT kind, id, owner_id, data FROM entities WHERE id = ?";

function entitiesWithId(sql: SqlStorage, id: string): EntityRow[] {
  return sql.exec<EntityRow>(ENTITIES_WITH_ID_SQL, id).toArray();
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function anchorsOf(sql: SqlStorage, entity: EntityRow, depth: number, out: Set<string>): void {
  const data = JSON.parse(entity.data) as Record<string, unknown> | null;
  if (SELF_KINDS.has(entity.kind)) out.add(entity.id);
  if (!INVESTOR_KINDS.has(entity.kind)) for (const id of strings(data?.investor_id)) out.add(id);
  if (SELF_KINDS.has(entity.kind) || depth === 0) return;
  const refs = new Set([...(entity.owner_id === null ? [] : [entity.owner_id]), ...REFERENCE_FIELDS.flatMap((f) => strings(data?.[f]))]);
  for (const ref of refs) for (const row of entitiesWithId(sql, ref)) anchorsOf(sql, row, depth - 1, out);
}

/** The partner and the partners above it (at most a firm and a white label). */
function partnerChain(sql: SqlStorage, partnerId: string): string[] {
  const chain = [partnerId];
  for (let i = 0; i < 2; i += 1) {
    const row = sql.exec<{ owner_id: string | null }>("SELECT owner_id FROM entities WHERE kind = ? AND id = ?", PARTNER_KIND, chain[chain.length - 1]!).toArray()[0];
    if (!row?.owner_id) break;
    chain.push(row.owner_id);
  }
  return chain;
}

/** True when `anchor` (an investor or account id) is assigned to `partnerId` or to a partner below it. */
function anchorInBook(sql: SqlStorage, partnerId: string, anchor: string): boolean {
  // The kind is written out so that the partial index `entities_assigned_entity` serves the search.
  const assigned = sql.exec<{ owner_id: string }>(ASSIGNMENTS_OF_SQL, anchor).toArray();
  return assigned.some((a) => partnerChain(sql, a.owner_id).includes(partnerId));
}

/** Every string in `value` with the dotted path it sits at (`payments.0.pot_id`). */
function namedStrings(value: unknown, path: string, out: Array<{ field: string; value: string }>): void {
  if (typeof value === "string") {
    if (value.length > 0 && value.length <= MAX_ID_LENGTH) out.push({ field: path, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => namedStrings(v, path ? `${path}.${i}` : String(i), out));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) namedStrings(v, path ? `${path}.${k}` : k, out);
  }
}

/** A book entity a request or an event names: where, and its anchors. */
interface Named {
  field: string;
  id: string;
  kind: string;
  anchors: Set<string>;
}

function namedEntities(sql: SqlStorage, value: unknown, accept: (field: string) => boolean = () => true): Named[] {
  const found: Array<{ field: string; value: string }> = [];
  namedStrings(value, "", found);
  const seen = new Set<string>();
  const named: Named[] = [];
  for (const { field, value: id } of found) {
    if (seen.has(id) || !accept(field)) continue;
    seen.add(id);
    for (const row of entitiesWithId(sql, id)) {
      const anchors = new Set<string>();
      anchorsOf(sql, row, DEPTH, anchors);
      named.push({ field, id, kind: row.kind, anchors });
    }
  }
  return named;
}

const NOT_FOR_PARTNER_KEYS = (detail: string): DomainError => ({ code: "route_not_found", detail });

/**
 * The check a command makes before it runs for a distribution-partner key: every investor,
 * account, pot or entity of theirs the input names must lie in the partner's book (else a 404
 * naming the field; an assigned account's investor only next to an entity of that account), and
 * the input must name at least one (operations on the tenant as a whole, creating investors and
 * managing partners are not available to a partner key). `null`: go ahead.
 */
export function bookRefusal(sql: SqlStorage, partnerId: string, input: unknown): DomainError | null {
  const named = namedEntities(sql, input);
  const partnerNamed = named.find((n) => n.kind === PARTNER_KIND || n.kind === ASSIGNMENT_KIND);
  if (partnerNamed) return NOT_FOR_PARTNER_KEYS(`A distribution-partner key cannot manage distribution partners or their assignments ('${partnerNamed.field}')`);
  const inBook = new Map<string, boolean>();
  const held = (anchor: string) => {
    let answer = inBook.get(anchor);
    if (answer === undefined) inBook.set(anchor, (answer = anchorInBook(sql, partnerId, anchor)));
    return answer;
  };
  const scoped = named.filter((n) => n.anchors.size > 0);
  const inside = scoped.filter((n) => [...n.anchors].some(held));
  // The investors of an account in the book may be named next to it (a contribution's
  // `investor_id` with its `pot_id`), never alone: they are the book's to read, not to change.
  const alongside = new Set(inside.flatMap((n) => [...n.anchors]));
  const outside = scoped.find((n) => !inside.includes(n) && !(INVESTOR_KINDS.has(n.kind) && alongside.has(n.id)));
  if (outside) return { code: "resource_not_found", detail: `'${outside.id}' does not exist`, errors: [{ field: outside.field, message: "unknown resource" }] };
  if (inside.length === 0) return NOT_FOR_PARTNER_KEYS("This operation is not available to a distribution-partner key: it names no investor, account or pot of the partner's book");
  return null;
}

/** True when an event's payload names an entity of the partner's book (what its sockets receive). */
export function eventInBook(sql: SqlStorage, partnerId: string, payload: unknown): boolean {
  const idField = (field: string) => /(^|\.)id$|_id(\.\d+)?$/.test(field);
  return namedEntities(sql, payload, idField).some((n) => [...n.anchors].some((a) => anchorInBook(sql, partnerId, a)));
}
