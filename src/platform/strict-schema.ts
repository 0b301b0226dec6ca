/**
 * Turns a schema of the OpenAPI document into a self-contained, closed JSON Schema (2020-12)
 * for the response validator: `$ref`s inlined, `allOf`s of objects merged into one object, and
 * every object that does not declare `additionalProperties` closed to undeclared members. An
 * object that declares fields and also admits any other member (a zod `.passthrough()`) cannot
 * be checked strictly, so it is reported as loose instead.
 */

type Schema = Record<string, unknown>;

export interface StrictSchema {
  schema: Schema;
  /** Where the document admits undeclared members next to declared ones (JSON pointer-ish). */
  loose: string[];
}

const REF_PREFIX = "#/components/schemas/";

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function types(schema: Schema): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

function isObjectLike(schema: Schema): boolean {
  const t = types(schema);
  return schema.properties !== undefined || (t !== undefined && t.includes("object"));
}

/** Merges `allOf` branches that are all objects (or annotations only) into one object schema. */
function mergeAllOf(branches: Schema[]): Schema | null {
  if (!branches.every((b) => isObjectLike(b) || Object.keys(b).every((k) => k === "description" || k === "example" || k === "type"))) return null;
  const merged: Schema = { type: "object", properties: {}, required: [] };
  const properties = merged.properties as Record<string, Schema>;
  const required = new Set<string>();
  let allowed: string[] | undefined;
  for (const branch of branches) {
    const t = types(branch);
    if (t) allowed = allowed ? allowed.filter((x) => t.includes(x)) : t;
    for (const [name, property] of Object.entries((branch.properties ?? {}) as Record<string, Schema>)) {
      properties[name] = properties[name] ? { allOf: [properties[name], property] } : property;
    }
    for (const name of (branch.required ?? []) as string[]) required.add(name);
    // Each branch was closed on its own; the merged object is closed once, below.
    if (branch.additionalProperties !== undefined && branch.additionalProperties !== false) merged.additionalProperties = branch.additionalProperties;
    if (typeof branch.description === "string") merged.description = branch.description;
  }
  merged.type = allowed && allowed.length === 1 ? allowed[0] : (allowed ?? "object");
  merged.required = [...required];
  return merged;
}

function strict(node: unknown, components: Record<string, unknown>, at: string, loose: string[], depth: number): unknown {
  if (depth > 64) throw new Error(`schema too deep at ${at} (a recursive $ref?)`);
  if (Array.isArray(node)) return node.map((item, i) => strict(item, components, `${at}/${i}`, loose, depth + 1));
  if (!isObject(node)) return node;

  if (typeof node.$ref === "string") {
    const ref = node.$ref;
    if (!ref.startsWith(REF_PREFIX)) throw new Error(`unsupported $ref ${ref} at ${at}`);
    const name = ref.slice(REF_PREFIX.length);
    const target = components[name];
    if (!isObject(target)) throw new Error(`unknown schema ${name} at ${at}`);
    const { $ref: _ref, ...rest } = node;
    return strict({ ...target, ...rest }, components, `${at}(${name})`, loose, depth + 1);
  }

  let schema: Schema = node;
  if (Array.isArray(schema.allOf)) {
    const branches = (schema.allOf as unknown[]).map((b, i) => strict(b, components, `${at}/allOf/${i}`, [], depth + 1) as Schema);
    const merged = mergeAllOf(branches);
    const { allOf: _allOf, ...rest } = schema;
    if (merged) schema = { ...rest, ...merged };
  }

  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [name, strict(property, components, `${at}/${name}`, loose, depth + 1)]),
      );
    } else if (key === "items" || key === "additionalProperties" || key === "not") {
      out[key] = strict(value, components, `${at}/${key === "items" ? "[]" : key}`, loose, depth + 1);
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf" || key === "prefixItems") {
      out[key] = strict(value, components, at, loose, depth + 1);
    } else {
      out[key] = value;
    }
  }

  if (isObjectLike(out)) {
    const declared = isObject(out.properties) && Object.keys(out.properties).length > 0;
    const extra = out.additionalProperties;
    if (extra === undefined) out.additionalProperties = false;
    else if (declared && (extra === true || (isObject(extra) && Object.keys(extra).length === 0))) loose.push(at || "/");
  }
  return out;
}

/** The closed, self-contained form of `schema` (a schema of `document`'s components or inline). */
export function strictSchema(schema: unknown, components: Record<string, unknown>, at = ""): StrictSchema {
  const loose: string[] = [];
  const out = strict(schema, components, at, loose, 0) as Schema;
  return { schema: out, loose };
}
