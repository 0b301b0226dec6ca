import fc from "fast-check";
import type { DocumentCheck } from "./document-check";
import { hostileBody, hostileHeader, hostileJson, hostileText } from "./hostile-values";
import { resolve, validValue, type Hints, type OpenApiDocument, type Operation, type Parameter } from "./schema-values";

/** One generated request and what the fuzzer knows about it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** `get /tenant/investors/v1`: the documented operation. */
  operation: string;
  /** The one thing made wrong on purpose (null: generated from the document). */
  mutation: string | null;
  /** The field that mutation broke, when it broke exactly one. */
  faultField: string | null;
  /** Whether the OpenAPI document calls this request valid. */
  docValid: boolean;
}

/** Where an operation is sent: its host and the credentials it needs. */
export interface Target {
  origin: string;
  headers: Record<string, string>;
}

type Mutation =
  | { kind: "none" }
  | { kind: "param"; name: string; value: string }
  | { kind: "missing"; name: string }
  | { kind: "duplicate"; name: string; value: string }
  | { kind: "header"; value: string }
  | { kind: "field"; pick: number; value: unknown }
  | { kind: "drop"; name: string }
  | { kind: "repeat-key"; pick: number; value: unknown }
  | { kind: "unknown-field"; value: unknown }
  | { kind: "raw-body"; contentType: string | null; text: string };

/** A string as it arrives after URL encoding (lone surrogates become U+FFFD). */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

function mutations(op: Operation, bodyRequired: string[]): fc.Arbitrary<Mutation> {
  const params = op.parameters ?? [];
  const named = params.filter((p) => p.in !== "header").map((p) => p.name);
  const choices: Array<{ arbitrary: fc.Arbitrary<Mutation>; weight: number }> = [{ arbitrary: fc.constant({ kind: "none" }), weight: 6 }];
  if (named.length > 0) {
    choices.push({ arbitrary: fc.record({ kind: fc.constant("param" as const), name: fc.constantFrom(...named), value: hostileText }), weight: 3 });
  }
  const query = params.filter((p) => p.in === "query");
  if (query.length > 0) {
    choices.push({ arbitrary: fc.record({ kind: fc.constant("duplicate" as const), name: fc.constantFrom(...query.map((p) => p.name)), value: hostileText }), weight: 1 });
  }
  const required = params.filter((p) => p.required && p.in === "query").map((p) => p.name);
  if (required.length > 0) choices.push({ arbitrary: fc.record({ kind: fc.constant("missing" as const), name: fc.constantFrom(...required) }), weight: 1 });
  if (params.some((p) => p.in === "header" && p.name === "idempotency-key")) {
    choices.push({ arbitrary: fc.record({ kind: fc.constant("header" as const), value: hostileHeader }), weight: 1 });
  }
  if (op.requestBody && fileMediaTypes(op).length === 0) {
    choices.push(
      { arbitrary: fc.record({ kind: fc.constant("field" as const), pick: fc.nat(), value: hostileJson }), weight: 6 },
      { arbitrary: fc.record({ kind: fc.constant("repeat-key" as const), pick: fc.nat(), value: hostileJson }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant("unknown-field" as const), value: hostileJson }), weight: 1 },
      { arbitrary: hostileBody.map((b) => ({ kind: "raw-body" as const, ...b })), weight: 1 },
    );
    if (bodyRequired.length > 0) choices.push({ arbitrary: fc.record({ kind: fc.constant("drop" as const), name: fc.constantFrom(...bodyRequired) }), weight: 2 });
  }
  return fc.oneof(...choices);
}

/** Every path to a value inside a JSON body, up to three levels deep (`address.city`, `pots.0.pot_name`). */
function fieldPaths(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (depth >= 3 || value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key], depth + 1)]);
}

function setPath(root: Record<string, unknown>, path: string[], value: unknown): void {
  let node: any = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]!] = value;
}

/** The media types of a request body that is a file (every declared schema a binary string); none for a JSON body. */
function fileMediaTypes(op: Operation): string[] {
  const content = op.requestBody?.content ?? {};
  const types = Object.keys(content);
  return types.length > 0 && types.every((t) => (content[t]?.schema as { format?: unknown } | undefined)?.format === "binary") ? types : [];
}

/** An arbitrary of requests for one documented operation. */
export function requestsFor(doc: OpenApiDocument, check: DocumentCheck, path: string, method: string, op: Operation, target: Target, hints: Hints): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters ?? [];
  const bodySchema = fileMediaTypes(op).length > 0 ? undefined : op.requestBody?.content["application/json"]?.schema;
  const resolvedBody = bodySchema ? resolve(doc, bodySchema) : undefined;
  const values: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of params) {
    const value = validValue(doc, p.schema, hints, p.name).map((v) => (Array.isArray(v) ? v.join(",") : String(v)));
    values[p.name] = p.required ? value : fc.option(value, { nil: undefined, freq: 3 });
  }
  return fc
    .record({
      params: fc.record(values),
      body: bodySchema ? validValue(doc, bodySchema, hints) : fc.constant(undefined),
      mutation: mutations(op, (resolvedBody?.required as string[] | undefined) ?? []),
    })
    .map(({ params: generated, body, mutation }) => build(check, path, method, op, target, generated as Record<string, string | undefined>, body, mutation));
}

function build(check: DocumentCheck, path: string, method: string, op: Operation, target: Target, generated: Record<string, string | undefined>, body: unknown, mutation: Mutation): FuzzRequest {
  const params = op.parameters ?? [];
  const values = new Map<Parameter, string | undefined>(params.map((p) => [p, generated[p.name]]));
  let faultField: string | null = null;
  let docValid = true;
  // Whether anything besides the mutated part is invalid too (then no single field is at fault).
  let otherInvalid = false;
  const extraQuery: Array<[string, string]> = [];
  const byName = (name: string) => params.find((p) => p.name === name && p.in !== "header")!;
  if (mutation.kind === "param") {
    values.set(byName(mutation.name), mutation.value);
    faultField = mutation.name;
  } else if (mutation.kind === "missing") {
    values.set(byName(mutation.name), undefined);
    faultField = mutation.name;
  } else if (mutation.kind === "duplicate") {
    extraQuery.push([mutation.name, mutation.value]);
    if (values.get(byName(mutation.name)) === undefined) values.set(byName(mutation.name), mutation.value);
    docValid = false;
  } else if (mutation.kind === "header") {
    const header = params.find((p) => p.in === "header" && p.name === "idempotency-key");
    if (header) values.set(header, mutation.value);
    faultField = "Idempotency-Key";
  }

  let url = path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = { ...target.headers };
  for (const [p, raw] of values) {
    if (raw === undefined) {
      if (p.required) docValid = false;
      continue;
    }
    const sent = p.in === "header" ? raw : wellFormed(raw);
    if (!check.validParameter(p, sent)) {
      docValid = false;
      const mutated = mutation.kind === "header" ? p.in === "header" : "name" in mutation && mutation.name === p.name && p.in !== "header";
      if (!mutated) otherInvalid = true;
    }
    if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(sent));
    else if (p.in === "query") query.append(p.name, sent);
    else headers[p.name] = sent;
  }
  for (const [name, value] of extraQuery) query.append(name, wellFormed(value));

  let text: string | undefined;
  const fileTypes = fileMediaTypes(op);
  if (fileTypes.length > 0) {
    // A file body (e.g. a direct upload): a small file of the first declared type; the parameters are fuzzed.
    text = "record_id\n1\n";
    headers["content-type"] = fileTypes[0]!;
  } else if (op.requestBody) {
    const bodySchema = op.requestBody.content["application/json"]!.schema;
    let payload = body as Record<string, unknown>;
    if (!check.valid(bodySchema, payload)) otherInvalid = true;
    if (mutation.kind === "field" || mutation.kind === "repeat-key") {
      const paths = fieldPaths(payload);
      const chosen = paths.length > 0 ? paths[mutation.pick % paths.length]! : ["zz_field"];
      if (mutation.kind === "field") {
        payload = structuredClone(payload);
        setPath(payload, chosen, mutation.value);
        faultField = chosen.join(".");
      }
      if (mutation.kind === "repeat-key" && typeof payload === "object" && payload !== null && !Array.isArray(payload)) {
        const [key] = chosen;
        text = `${JSON.stringify(payload).slice(0, -1)}${Object.keys(payload).length > 0 ? "," : ""}${JSON.stringify(key)}:${JSON.stringify(mutation.value)}}`;
        docValid = false;
      }
    } else if (mutation.kind === "drop") {
      payload = { ...payload };
      delete payload[mutation.name];
      faultField = mutation.name;
    } else if (mutation.kind === "unknown-field") {
      payload = { ...payload, zz_unknown_field: mutation.value };
    }
    if (mutation.kind === "raw-body") {
      text = mutation.text;
      if (mutation.contentType !== null) headers["content-type"] = mutation.contentType;
      docValid = false;
    } else {
      text ??= JSON.stringify(payload);
      headers["content-type"] = "application/json";
      if (!check.valid(bodySchema, payload)) docValid = false;
    }
  }
  if (otherInvalid) faultField = null;
  const search = query.toString();
  return {
    method: method.toUpperCase(),
    url: `${target.origin}${url}${search ? `?${search}` : ""}`,
    headers,
    ...(text !== undefined && { body: text }),
    operation: `${method} ${path}`,
    mutation: mutation.kind === "none" ? null : JSON.stringify(mutation).slice(0, 300),
    faultField,
    docValid,
  };
}
