import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import type { JsonSchema, OpenApiDocument, Parameter } from "./schema-values";

/**
 * Whether a request is one the OpenAPI document calls valid, judged by a JSON Schema validator
 * (Ajv, draft 2020-12) against the document's own schemas, independently of the server's zod code.
 */

const DOC_ID = "https://coffer.test/openapi.json";

function realDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The formats of RFC 3339 (date, date-time), RFC 9562 (uuid), RFC 5321-ish (email) and RFC 3986 (uri). */
const FORMATS = {
  date: realDate,
  "date-time": (text: string) => {
    const m = /^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.exec(text);
    return m !== null && realDate(m[1]!);
  },
  uuid: /^([0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/i,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/,
};

/** Validators for the parts of requests, compiled once per schema. */
export class DocumentCheck {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: OpenApiDocument) {
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    for (const [name, check] of Object.entries(FORMATS)) {
      this.ajv.addFormat(name, typeof check === "function" ? { type: "string", validate: check } : check);
    }
    this.ajv.addSchema({ $id: DOC_ID, components: doc.components });
  }

  /** True when `value` is valid for `schema` (a schema of the document, `$ref`s included). */
  valid(schema: JsonSchema, value: unknown): boolean {
    const text = JSON.stringify(schema);
    let validate = this.cache.get(text);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(text.replaceAll('"#/components/', `"${DOC_ID}#/components/`)) as object);
      this.cache.set(text, validate);
    }
    return validate(value) === true;
  }

  /** True when the raw text of a query, path or header parameter is valid for its schema. */
  validParameter(parameter: Parameter, raw: string): boolean {
    return this.valid(parameter.schema, deserialize(parameter, raw));
  }
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  return typeof schema.type === "string" ? [schema.type] : [];
}

/** A parameter's text as the typed value its schema describes (OpenAPI `style: form`/`simple`). */
function deserialize(parameter: Parameter, raw: string): unknown {
  const types = typesOf(parameter.schema);
  if (types.includes("array")) return raw.split(",");
  // Only the canonical text of a number is that number (no leading zeros, signs or exponents).
  if (types.includes("integer") && /^(0|-?[1-9]\d*)$/.test(raw)) return Number(raw);
  if (types.includes("number") && /^(0|-?[1-9]\d*)(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}
