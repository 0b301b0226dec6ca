import { env } from "cloudflare:test";

/** The clone suffix of copy `i` (1-based): `-c00001`, `-c00002`, … */
export function cloneSuffix(i: number): string {
  return `-c${String(i).padStart(5, "0")}`;
}

export interface CloneOptions {
  /** The copies' owner is the source's owner with the copy's suffix (e.g. the bank accounts of cloned investors). */
  suffixOwner?: boolean;
  /** Top-level `data` fields (strings) that get the copy's suffix too (e.g. `contributing_party_id`). */
  suffixFields?: string[];
  /** Other `data` fields to set on every copy. */
  setFields?: Record<string, string>;
}

/**
 * Copies a projected read-model row `count` times in one statement: copy `i` has the id
 * `<id>-c0000i`, is `i` seconds older than the source and is otherwise the row the projection
 * wrote (the `resource_terms` triggers index it like any projected row). Fills a list far faster
 * than the API would, with rows exactly in the projection's shape.
 */
export async function cloneRows(tenantId: string, kind: string, id: string, count: number, options: CloneOptions = {}): Promise<void> {
  const suffix = "printf('-c%05d', n.i)";
  let data = "r.data";
  for (const field of options.suffixFields ?? []) data = `json_set(${data}, '$.${field}', json_extract(r.data, '$.${field}') || ${suffix})`;
  const sets = Object.entries(options.setFields ?? {});
  const binds: string[] = [];
  for (const [field, value] of sets) {
    data = `json_set(${data}, '$.${field}', ?)`;
    binds.push(value);
  }
  const owner = options.suffixOwner ? `r.owner_id || ${suffix}` : "r.owner_id";
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO resources (tenant_id, kind, id, version, owner_id, data, created_at, updated_at, source_seq)
     SELECT r.tenant_id, r.kind, r.id || ${suffix}, r.version, ${owner}, ${data},
            strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at, '-' || n.i || ' seconds'), r.updated_at, r.source_seq
     FROM resources AS r, n WHERE r.tenant_id = ? AND r.kind = ? AND r.id = ?`,
  )
    .bind(count, ...binds, tenantId, kind, id)
    .run();
}

/** The ids `id`, `id-c00001` … `id-c<count>`: a source and its copies. */
export function withClones(id: string, count: number): string[] {
  return [id, ...Array.from({ length: count }, (_, i) => `${id}${cloneSuffix(i + 1)}`)];
}
