import type { z } from "@hono/zod-openapi";

/**
 * The absent-value rule of every resource Coffer serialises (REST answers, socket and webhook
 * event payloads, the activity feed): a field with no value is left out, unless WealthOS marks
 * it nullable, in which case it may be `null`. The write model may keep `null`s; the rule applies
 * on output only.
 *
 * A `WireShape` says, per field, what is special about it:
 * - `"nullable"`: WealthOS marks it nullable, so a `null` stays;
 * - `"verbatim"`: free-form data (e.g. `additional_external_details`) passed through untouched;
 * - a nested shape: the rules for the fields of that object (or of each object in that array).
 * Every other field drops a `null` and is cleaned recursively with an empty shape.
 */
export type WireRule = "nullable" | "verbatim" | WireShape;
export interface WireShape {
  readonly [field: string]: WireRule;
}

const EMPTY: WireShape = {};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function cleanValue(value: object, rule: WireRule | undefined): unknown {
  if (rule === "verbatim") return value;
  const shape = rule === undefined || rule === "nullable" ? EMPTY : rule;
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === "object" && item !== null ? cleanValue(item, shape) : item));
  return omitAbsent(value, shape);
}

/**
 * A copy of `resource` with the absent-value rule applied: `undefined` fields dropped, `null`
 * fields dropped unless `shape` marks them nullable, nested objects and arrays cleaned the same
 * way. Empty strings stay (WealthOS documents some fields as empty for a case).
 */
export function omitAbsent<T>(resource: T, shape: WireShape = EMPTY): T {
  if (!isPlainObject(resource)) return resource;
  // Every read serialises through here (a 50-item page calls it for every field of every item):
  // plain loops, no entry arrays, primitives copied without a call.
  const out: Record<string, unknown> = {};
  const fields = Object.keys(resource);
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] as string;
    const value = resource[field];
    if (value === undefined) continue;
    if (value === null) {
      if (shape[field] === "nullable") out[field] = null;
      continue;
    }
    out[field] = typeof value === "object" ? cleanValue(value, shape[field]) : value;
  }
  return out as T;
}

type AnySchema = z.ZodType;

function def(schema: AnySchema): { type: string; [key: string]: unknown } {
  return (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
}

/** The schema under optional/default/readonly/pipe/catch wrappers, and whether one of them admits `null`. */
function unwrap(schema: AnySchema): { inner: AnySchema; nullable: boolean } {
  let current = schema;
  let nullable = false;
  for (;;) {
    const d = def(current);
    if (d.type === "nullable") nullable = true;
    if (d.type === "optional" || d.type === "nullable" || d.type === "default" || d.type === "readonly" || d.type === "catch" || d.type === "prefault" || d.type === "nonoptional") {
      current = d.innerType as AnySchema;
    } else if (d.type === "pipe") {
      current = d.in as AnySchema;
    } else {
      return { inner: current, nullable };
    }
  }
}

function ruleOf(schema: AnySchema): WireRule | undefined {
  const { inner, nullable } = unwrap(schema);
  if (nullable) return "nullable";
  const d = def(inner);
  if (d.type === "record" || d.type === "unknown" || d.type === "any") return "verbatim";
  if (d.type === "array") return ruleOf(d.element as AnySchema);
  if (d.type === "object") {
    const shape = shapeOf(inner);
    return Object.keys(shape).length > 0 ? shape : undefined;
  }
  if (d.type === "union") {
    const merged: Record<string, WireRule> = {};
    for (const option of d.options as AnySchema[]) {
      const rule = ruleOf(option);
      if (rule === "verbatim" || rule === "nullable") return rule;
      if (rule) Object.assign(merged, rule);
    }
    return Object.keys(merged).length > 0 ? merged : undefined;
  }
  return undefined;
}

const shapes = new WeakMap<object, WireShape>();

function shapeOf(objectSchema: AnySchema): WireShape {
  const cached = shapes.get(objectSchema);
  if (cached) return cached;
  const d = def(objectSchema);
  const out: Record<string, WireRule> = {};
  const fields = (d.shape ?? {}) as Record<string, AnySchema>;
  for (const [field, fieldSchema] of Object.entries(fields)) {
    const rule = ruleOf(fieldSchema);
    if (rule) out[field] = rule;
  }
  shapes.set(objectSchema, out);
  return out;
}

/**
 * The wire shape a zod response schema declares: its `.nullable()` fields, its free-form
 * records and the same for nested objects. Cached per schema.
 */
export function wireShapeOf(schema: AnySchema): WireShape {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === "array") return wireShapeOf(d.element as AnySchema);
  if (d.type !== "object") return EMPTY;
  return shapeOf(inner);
}

/**
 * `resource` with the absent-value rule applied as the zod response schema `schema` declares it,
 * typed as that schema's wire object (the response validator checks the rest in tests).
 */
export function toWire<S extends AnySchema>(schema: S, resource: object): z.infer<S> {
  return omitAbsent(resource, wireShapeOf(schema)) as z.infer<S>;
}
