import { ERROR_CATALOG } from "../../../src/platform/errors/catalog";
import type { FuzzRequest } from "./requests";

/**
 * What every answer to a fuzzed request must satisfy. Each check returns the reasons it fails
 * (empty when it holds), so one failing request reports everything wrong with it at once.
 */

/**
 * Refusals of document-valid requests that the document cannot state in JSON Schema: rules
 * across fields, against stored state or against the deployment. Each stays in the operation's
 * description. A 400 for any other reason means the document is looser than the server.
 */
export const DESCRIBED_RULES: Array<{ message: RegExp; why: string }> = [
  { message: /does not exist|is not available$|^unknown (investor|pot|account|product|template)/, why: "a reference to something the tenant does not hold (stored state)" },
  { message: /^(only allowed|(is )?required( \([^)]*\))?|not allowed) (when|for|with) |^only for /, why: "a field allowed or required depending on another field" },
  { message: /^must not be below \w+/, why: "a minimum and a maximum of the same setting" },
  { message: /is never the investor's default$/, why: "a contributing employer's account is never the default" },
  { message: /^can be \w+ only (when|on) /, why: "a status that depends on another status or on the product" },
  { message: /^must (be "?\w+"?|not be provided) (when|for) |^must not be given for |for investors under \d+$|go together$/, why: "a value that depends on another field" },
  { message: /is not active( for dealing)?\b/, why: "the investor or pot must be active (stored state)" },
  { message: /^must be one of .* for account_type /, why: "account sub-type depends on the account type" },
  { message: /^payment_type \w+ goes through /, why: "the payment type decides the service provider" },
  { message: /^send exactly one of /, why: "one of two alternative fields" },
  { message: /^exactly one investor for /, why: "investor count depends on the product" },
  { message: /^must not be (before|after) [a-z_]+$/, why: "a range whose end must not precede its start (dates, sequence numbers)" },
  { message: /^a replay covers at most \d+ events$/, why: "replay range length" },
  { message: /^must not be (after today|in the future)|^must be today or in the past$/, why: "relative to the tenant's today" },
  { message: /^Only one bank account can be set as the default account$/, why: "one default bank account per investor (stored state)" },
  { message: /^already used by /, why: "a value unique within the tenant (stored state)" },
  { message: /^Insufficient free \w+ of /, why: "a sale needs free units in the pot (stored state)" },
  { message: /^account is for \w+, not \w+$/, why: "a pot's product must match its account's (stored state)" },
  { message: /^must not be before the (clock's now|newest event of the tenant) |^must be at most 2 years after the clock's now /, why: "a sandbox test clock moves forward, at most two years at a time (stored state)" },
  { message: /^instructed values add up to more than the amount$/, why: "investment instructions within the payment amount" },
  { message: /^'[^']*' appears more than once$|^must add up to 100/, why: "allocation ratios: one per product, summing to 100" },
  { message: /^sent both as /, why: "admin config given twice (top level and config)" },
  { message: /^an IANA time zone/, why: "time zone names (no JSON Schema format)" },
  { message: /^Value \[\w+\] for \[pot_currency\] is not valid$/, why: "a pot currency must also be enabled for the product (catalogue)" },
  { message: /is for [\w ]+ pots only| pots take [\w ,-]+ only$|^must be at least [\d.]+ for |^the pot holds |^not a bank account of /, why: "rules of the pot's product, currency and investor (stored state)" },
  { message: /address|host|https|localhost|port|credentials/i, why: "webhook URL policy: public https hosts only" },
  { message: /^must be greater than the investor's current age \(\d+\)$|^must not be more than the pension value it is taken from /, why: "projections: a retirement age above the age from date_of_birth today; a one-off withdrawal within the pot" },
  { message: /^the pot is a \w+ pot$|^SIPP Accumulation pots pay out only /, why: "a recurring contribution or withdrawal names the pot's own product (stored state)" },
  { message: /^no direct-debit provider is connected for live tenants/, why: "direct debit runs through the sandbox provider, for sandbox tenants only (deployment)" },
  { message: /^must be today \(\d{4}-\d{2}-\d{2}\) or later$|^no withdrawal date falls between /, why: "a schedule starts no earlier than the tenant's today" },
  { message: /^required: the (contributing employer|third-party payer) paying$/, why: "an employer or third-party contribution names its payer" },
  { message: /^must equal the sum of the payments \(/, why: "a payment batch's amount is the sum of its payments" },
  { message: /^exceeds the remaining annual allowance of [\d.]+ for this tax year$/, why: "the ISA/LISA/JISA allowance left for the tax year (stored state)" },
  { message: /^at most \d+ decimal places for |^a percentage above 0|^units with at most |^cash takes |^buys take |^cash is allowed on the sell side only$|^buy percentages add up |appears twice$/, why: "switch and transfer amounts: decimals and modes depend on the instruction's mode, product and currency" },
  { message: /^must differ from source_pot_id$|^must be in the same account as |^inter-pot transfers are not offered for |^holds [A-Z]{3}, the source pot /, why: "inter-pot transfers: two pots of one account, product and currency (stored state)" },
  { message: /^base and quote must differ$/, why: "an fx pair names two different currencies" },
  { message: /^not a pot of this investor$|^must be a sipp_\w+ pot$|^percentages must add up to 100|^purpose invest needs a pot |^required: the investor has no default bank account|^the investor's default bank account is not active/, why: "pension rules of the investor's pots and bank accounts (stored state)" },
  { message: /^only for LISA withdrawals$/, why: "a field of one product's withdrawals" },
];

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

interface Problem {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  detail?: unknown;
  instance?: unknown;
  message?: unknown;
  error_code?: unknown;
  request_id?: unknown;
  errors?: Array<{ field?: unknown; message?: unknown }>;
}

const nonEmpty = (v: unknown) => typeof v === "string" && v.length > 0;

/** Never a 5xx. */
export function noServerError(answer: Answer): string[] {
  return answer.status >= 500 ? [`answered ${answer.status}: ${answer.text.slice(0, 600)}`] : [];
}

/** Every 4xx is a problem document with the catalogued members and a well-formed `errors` list. */
export function problemShape(answer: Answer): string[] {
  if (answer.status < 400 || answer.status >= 500) return [];
  const out: string[] = [];
  if (answer.contentType !== "application/problem+json") out.push(`a ${answer.status} with content-type ${answer.contentType}`);
  let body: Problem;
  try {
    body = JSON.parse(answer.text) as Problem;
  } catch {
    return [...out, `a ${answer.status} whose body is not JSON: ${answer.text.slice(0, 200)}`];
  }
  const code = body.error_code as keyof typeof ERROR_CATALOG;
  if (typeof code !== "string" || !(code in ERROR_CATALOG)) out.push(`error_code ${String(body.error_code)} is not in the catalogue`);
  else if (ERROR_CATALOG[code].status !== answer.status) out.push(`error_code ${code} is catalogued as ${ERROR_CATALOG[code].status}, answered ${answer.status}`);
  if (body.type !== `/problems/${String(body.error_code)}`) out.push(`type ${String(body.type)} does not match error_code`);
  const statusOk = body.status === answer.status || (code === "duplicate_request" && (body.status === "COMPLETE" || body.status === "PROCESSING"));
  if (!statusOk) out.push(`status member ${String(body.status)} differs from ${answer.status}`);
  for (const member of ["title", "detail", "instance", "message", "request_id"] as const) {
    if (!nonEmpty(body[member])) out.push(`member ${member} missing or empty`);
  }
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors)) out.push("errors is not a list");
    else if (body.errors.some((e) => !nonEmpty(e.field) || !nonEmpty(e.message))) out.push(`errors entries need a field and a message: ${JSON.stringify(body.errors)}`);
  }
  if ((code === "validation_failed" || code === "invalid_idempotency_key") && !(Array.isArray(body.errors) && body.errors.length > 0)) {
    out.push(`${code} without errors naming the field`);
  }
  return out;
}

function errorsOf(answer: Answer): Array<{ field: string; message: string }> {
  try {
    const body = JSON.parse(answer.text) as Problem;
    return (body.errors ?? []).map((e) => ({ field: String(e.field), message: String(e.message) }));
  } catch {
    return [];
  }
}

function errorCode(answer: Answer): string | null {
  try {
    return String((JSON.parse(answer.text) as Problem).error_code);
  } catch {
    return null;
  }
}

const describedRule = (e: { message: string }) => DESCRIBED_RULES.some((r) => r.message.test(e.message));

const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** A validation problem caused by breaking one field names that field (or a part of it, or its parent). */
export function namesTheField(request: FuzzRequest, answer: Answer): string[] {
  // A mutation can land on a value the document still allows: then nothing is at fault.
  if (request.faultField === null || request.docValid || answer.status !== 400) return [];
  const code = errorCode(answer);
  if (code !== "validation_failed" && code !== "invalid_idempotency_key") return [];
  const errors = errorsOf(answer);
  const fields = errors.map((e) => e.field);
  const fault = request.faultField;
  if (fields.some((f) => related(f.toLowerCase(), fault.toLowerCase()))) return [];
  // A rule across fields or against stored state can refuse the request before the broken
  // field is looked at (a field the schema leaves to the command, such as pot_currency).
  if (errors.length > 0 && errors.every(describedRule)) return [];
  return [`broke ${fault} but the problem names ${JSON.stringify(fields)}`];
}

/** A request the document calls valid is not refused for a reason the document could have stated. */
export function documentAgrees(request: FuzzRequest, answer: Answer): string[] {
  if (!request.docValid || answer.status !== 400 && answer.status !== 413 && answer.status !== 415) return [];
  const code = errorCode(answer);
  // A WealthOS request_id seen before is refused by what is stored, not by its shape.
  if (code === "duplicate_request") return [];
  if (code !== "validation_failed") return [`document-valid request refused with ${answer.status} ${code}: ${answer.text.slice(0, 400)}`];
  const unexplained = errorsOf(answer).filter((e) => !describedRule(e));
  return unexplained.length === 0 ? [] : [`document-valid request refused for ${JSON.stringify(unexplained)}`];
}
