import fc from "fast-check";

/** A JSON Schema node of the OpenAPI 3.1 document. */
export type JsonSchema = { [keyword: string]: any };

/** The parts of the OpenAPI document the fuzzer reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  security?: Array<Record<string, string[]>>;
  responses: Record<string, unknown>;
}

/** Values the fuzzer prefers for fields of a given name (ids of the seeded data). */
export type Hints = Record<string, readonly unknown[]>;

/** Follows `$ref`s into `components.schemas`. */
export function resolve(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let node = schema;
  for (let hops = 0; node && typeof node.$ref === "string" && hops < 20; hops += 1) {
    node = doc.components.schemas[node.$ref.replace("#/components/schemas/", "")] ?? {};
  }
  return node ?? {};
}

const LATIN = "abcdefghijklmnopqrstuvwxyz";
const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...LATIN.split("")), minLength: min, maxLength: max });

const DAY_MS = 86_400_000;
const calendarDay = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }).map((d) => new Date(d * DAY_MS));

/** Strings of a `format` the server states. */
function formatted(format: string): fc.Arbitrary<string> | null {
  switch (format) {
    case "date":
      return calendarDay.map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc
        .tuple(calendarDay, fc.integer({ min: 0, max: DAY_MS - 1 }))
        .map(([d, ms]) => new Date(d.getTime() + ms).toISOString());
    case "uuid":
      return fc.uuid({ version: 4 });
    case "email":
      return fc.tuple(word(1, 12), word(1, 12), word(2, 4)).map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
    case "uri":
      return fc.tuple(word(1, 12), word(0, 12)).map(([host, path]) => `https://${host}.example.com/${path}`);
    default:
      return null;
  }
}

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Number.MAX_SAFE_INTEGER;
  const fitsLength = (s: string) => [...s].length >= min && [...s].length <= max;
  const byFormat = schema.format ? formatted(schema.format) : null;
  if (byFormat) return byFormat.filter(fitsLength);
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern, "u");
    // fast-check cannot generate from look-arounds: generate without them, keep what matches.
    return fc.stringMatching(new RegExp(withoutLookarounds(schema.pattern))).filter((s) => fitsLength(s) && pattern.test(s));
  }
  // Code points: zod and JSON Schema count UTF-16 units and code points differently for astral characters.
  const free = fc.string({ unit: "grapheme-ascii", minLength: min, maxLength: Math.min(max, min + 24) });
  return fc.oneof(free, word(Math.max(min, 1), Math.max(min, Math.min(max, 16)))).filter(fitsLength);
}

/** A pattern with its `(?=…)`, `(?!…)`, `(?<=…)` and `(?<!…)` groups removed. */
function withoutLookarounds(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] === "\\") {
      out += pattern.slice(i, i + 2);
      i += 1;
    } else if (/^\(\?<?[=!]/.test(pattern.slice(i))) {
      let depth = 0;
      for (; i < pattern.length; i += 1) {
        if (pattern[i] === "\\") i += 1;
        else if (pattern[i] === "(") depth += 1;
        else if (pattern[i] === ")" && --depth === 0) break;
      }
    } else out += pattern[i];
  }
  return out;
}

function integerValue(schema: JsonSchema): fc.Arbitrary<number> {
  const min = BigInt(schema.minimum ?? Number.MIN_SAFE_INTEGER);
  const max = BigInt(schema.maximum ?? Number.MAX_SAFE_INTEGER);
  const small = (lo: bigint, hi: bigint) => fc.bigInt({ min: lo, max: hi }).map(Number);
  const near = min + 10n < max ? min + 10n : max;
  return fc.oneof(small(min, near), small(min, max), fc.constantFrom(Number(min), Number(max)));
}

/** An arbitrary of values the document calls valid for `schema` (with hints for named fields). */
export function validValue(doc: OpenApiDocument, raw: JsonSchema, hints: Hints = {}, name?: string, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  const hinted = name !== undefined ? hints[name] : undefined;
  const generated = generate(doc, schema, hints, name, depth);
  if (hinted && hinted.length > 0 && !isArraySchema(schema)) {
    return fc.oneof({ arbitrary: fc.constantFrom(...hinted), weight: 4 }, { arbitrary: generated, weight: 1 });
  }
  return generated;
}

function isArraySchema(schema: JsonSchema): boolean {
  return schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"));
}

function generate(doc: OpenApiDocument, schema: JsonSchema, hints: Hints, name: string | undefined, depth: number): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(null);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[];
    return fc.oneof(...branches.map((b) => validValue(doc, b, hints, name, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) return generate(doc, mergeAll(doc, schema), hints, name, depth + 1);
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => generate(doc, { ...schema, type }, hints, name, depth + 1)));
  }
  switch (schema.type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return integerValue(schema);
    case "number":
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case "string":
      return stringValue(schema);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      const item = validValue(doc, schema.items ?? {}, hints, name, depth + 1);
      const ids = name !== undefined ? hints[name] : undefined;
      const items = ids && ids.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: item, weight: 1 }) : item;
      return fc.array(items, { minLength, maxLength });
    }
    case "object":
      return objectValue(doc, schema, hints, depth);
    default:
      if (schema.properties) return objectValue(doc, schema, hints, depth);
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function objectValue(doc: OpenApiDocument, schema: JsonSchema, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set<string>(schema.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of Object.entries(properties)) model[key] = validValue(doc, child, hints, key, depth + 1);
  return fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });
}

/** The shallow merge of an `allOf` (properties, required, and the other keywords of each part). */
export function mergeAll(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { type: "object", properties: {}, required: [] };
  for (const part of [schema, ...(schema.allOf as JsonSchema[])].map((p) => resolve(doc, p))) {
    const { allOf: _ignored, properties, required, ...rest } = part;
    Object.assign(out, rest);
    Object.assign(out.properties, properties ?? {});
    out.required.push(...(required ?? []));
  }
  return out;
}
