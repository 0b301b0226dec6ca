// The writes of the crash test: what each client sends, what it was answered, and how to find the
// workerd processes to kill.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { FeedEvent, TenantApi } from "./tenant-api";

export const FUND = "GB00B3X7QG63";

export type Kind = "investor" | "pot" | "payment" | "buy";

/** One write as the client sent it, and what (if anything) it was answered. */
export interface Write {
  kind: Kind;
  path: string;
  body: Record<string, unknown>;
  key: string;
  status?: number;
  answer?: any;
  /** The answer was a replay of an earlier commit. */
  replayed?: boolean;
}

export const acknowledged = (w: Write) => w.status !== undefined && w.status >= 200 && w.status < 300;

/** Where a created resource of each kind is read. */
export const READ_PATH: Record<string, string> = { investor: "/tenant/investors/v1/", pot: "/tenant/pots/v1/", payment: "/tenant/payments/v1/" };

/** The id a write's answer names. */
export function createdId(w: Write): string {
  if (w.kind === "investor") return w.answer.investor_id;
  if (w.kind === "pot") return w.answer.results[0].pot_id;
  if (w.kind === "buy") return w.answer.results[0].transaction_id;
  return w.answer.transaction_id;
}

/** Sends a write with its Idempotency-Key; a dropped connection or a 5xx leaves it unacknowledged. */
export async function send(api: TenantApi, w: Write): Promise<boolean> {
  try {
    const res = await api.call("POST", w.path, w.body, { "idempotency-key": w.key });
    if (res.status >= 500) return false;
    w.status = res.status;
    w.answer = res.body;
    w.replayed = res.headers["idempotent-replayed"] === "true";
    return true;
  } catch {
    return false;
  }
}

export function investorBody(label: string) {
  return { first_name: `Crash${label}`, last_name: "Test", date_of_birth: "1990-12-20", kyc_aml_status: "clear", dealing_status: "active" };
}

export function potBody(investorId: string, templateId: string) {
  return { request_id: randomUUID(), investor_id: [investorId], financial_product_id: "general_investment_product", pots: [{ pot_name: "Growth", portfolio_template_id: templateId, status: "active" }] };
}

export function paymentBody(potId: string, amount: string, purpose: "cash" | "invest") {
  return { request_id: randomUUID(), amount, pot_id: potId, payment_type: "card", service_provider: "stripe", purpose };
}

/** The workerd processes of a wrangler dev (its process group), by pid. */
export function workerdPids(pgid: number): number[] {
  const lines = execFileSync("ps", ["-eo", "pid=,pgid=,comm="], { encoding: "utf8" }).split("\n");
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, group, comm]) => pid && Number(group) === pgid && comm?.startsWith("workerd"))
    .map(([pid]) => Number(pid));
}

/** Writes in a loop as one client: investor → pot → investing payment → a buy in a funded pot. */
export async function moneyClient(api: TenantApi, n: number, templateId: string, fundedPot: string, log: Write[], stop: () => boolean): Promise<void> {
  for (let round = 0; !stop(); round++) {
    const investor: Write = { kind: "investor", path: "/tenant/investors/v1", body: investorBody(`${n}x${round}`), key: randomUUID() };
    log.push(investor);
    if (!(await send(api, investor)) || !acknowledged(investor)) return;
    const pot: Write = { kind: "pot", path: "/tenant/pots/v1", body: potBody(createdId(investor), templateId), key: randomUUID() };
    log.push(pot);
    if (!(await send(api, pot)) || !acknowledged(pot)) return;
    const payment: Write = { kind: "payment", path: "/tenant/payments/v1", body: paymentBody(createdId(pot), "100.00", "invest"), key: randomUUID() };
    log.push(payment);
    if (!(await send(api, payment)) || !acknowledged(payment)) return;
    const buy: Write = {
      kind: "buy", path: "/tenant/transactions/v1/buy", key: randomUUID(),
      body: { request_id: randomUUID(), pot_id: fundedPot, investment_instructions: [{ investment_product_id: FUND, value: "10.00" }] },
    };
    log.push(buy);
    if (!(await send(api, buy)) || !acknowledged(buy)) return;
  }
}

/** Creates investors in a loop as one client (a tenant with no jobs, hence no alarm to wake it). */
export async function investorClient(api: TenantApi, n: number, log: Write[], stop: () => boolean): Promise<void> {
  for (let round = 0; !stop(); round++) {
    const investor: Write = { kind: "investor", path: "/tenant/investors/v1", body: investorBody(`Plain${n}x${round}`), key: randomUUID() };
    log.push(investor);
    if (!(await send(api, investor)) || !acknowledged(investor)) return;
  }
}

/** Lists investors and reads the activity feed until stopped (errors once the server is gone). */
export async function reader(api: TenantApi, stop: () => boolean): Promise<void> {
  while (!stop()) {
    try {
      await api.call("GET", "/tenant/activity/v1?after_seq=0&limit=1000");
      await api.call("GET", "/tenant/investors/v1?page_size=2000&page_number=1");
    } catch {
      return;
    }
  }
}

/** The payload of the last event about each resource, by `{kind}:{id}`, as the tenant object holds it. */
export function latestPayloads(events: FeedEvent[]): Map<string, any> {
  const latest = new Map<string, any>();
  for (const e of events) {
    if (e.type === "investor_created" || e.type === "investor_updated") latest.set(`investor:${e.payload.investor_id}`, e.payload);
    else if (e.type === "pot_created" || e.type === "pot_updated") latest.set(`pot:${e.payload.pot_id}`, e.payload);
    else if (e.type === "payment_update") latest.set(`payment:${e.payload.transaction_id}`, e.payload);
  }
  return latest;
}
