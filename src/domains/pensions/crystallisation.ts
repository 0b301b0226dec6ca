/**
 * Crystallisation (#87–88): funds of uncrystallised SIPP Accumulation pots move into the same
 * investor's SIPP FAD pots. The request is checked and accepted at once (`Accepted`); a job
 * then sells units where a by-value instruction needs more than the pot's free cash, waits for
 * those sells, and crystallises each instruction on its own: 25 % tax-free cash (capped by the LSA and
 * LSDBA left) paid to the bank account, the rest moved to the FAD pots by percentage (and
 * invested by their portfolio template for purpose `invest`).
 */
import { findPot } from "../../custody/pots";
import { lumpSumAllowances } from "../../custody/pensions";
import { potPosition, cashOf } from "../../custody/ledger-store";
import { currencyExponent, divideRounded, format, formatScaled, parseScaled, ROUNDING, type CurrencyCode } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { toWire } from "../../platform/wire-absent";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import type { JobHandler } from "../../tenant/commands";
import { payoutBankAccount } from "./bank";
import { Crystallisation, CrystallisationBody, type CrystallisationData } from "./crystallisation-schema";
import { crystallisePot } from "./crystallise-pot";
import { sellForShortfalls } from "./crystallise-sells";
import { findTransaction } from "../../custody/transactions";

export const CRYSTALLISATION = "crystallisation";
export const CRYSTALLISATION_JOB = "crystallisation.process";
/** How often a crystallisation waiting for its sells looks again. */
const SELL_CHECK_MS = 3_600_000;

export function toCrystallisation(row: { id: string; data: CrystallisationData; createdAt: string; updatedAt: string }) {
  return toWire(Crystallisation, { ...row.data, crystallisation_id: row.id, created_at: row.createdAt, updated_at: row.updatedAt });
}

const hundredths = (s: string) => {
  const parsed = parseScaled(s, 2);
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

/** `crystallisation.create`: checks the request against the investor's pots and accepts it. */
export const createCrystallisation = defineCommand({
  input: CrystallisationBody,
  run(ctx, body) {
    if (!ctx.get("investor", body.investor_id)) {
      return fail({ code: "resource_not_found", detail: `Investor '${body.investor_id}' does not exist`, errors: [{ field: "investor_id", message: "unknown investor" }] });
    }
    const errors: FieldError[] = [];
    const bank = payoutBankAccount(ctx, body.investor_id, body.bank_account_id);
    if ("error" in bank) errors.push(bank.error);
    const potProblem = (potId: string, product: string, field: string, invest = false) => {
      const pot = findPot(ctx, potId);
      if (!pot || !pot.data.investor_id.includes(body.investor_id)) errors.push({ field, message: "not a pot of this investor" });
      else if (pot.data.financial_product_id !== product) errors.push({ field, message: `must be a ${product} pot` });
      else if (pot.data.status !== "active") errors.push({ field, message: "the pot is not active" });
      else if (invest && !pot.data.portfolio_template_id) errors.push({ field, message: "purpose invest needs a pot with a portfolio template" });
    };
    body.crystallisation_instructions.forEach((i, n) => potProblem(i.pot_id, "sipp_accumulation", `crystallisation_instructions.${n}.pot_id`));
    body.drawdown_instructions.forEach((i, n) => potProblem(i.pot_id, "sipp_fad", `drawdown_instructions.${n}.pot_id`, i.purpose === "invest"));
    const total = body.drawdown_instructions.reduce((sum, i) => sum + hundredths(i.percentage), 0n);
    if (total !== 10_000n) errors.push({ field: "drawdown_instructions", message: "percentages must add up to 100.00" });
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    const id = ctx.newId(CRYSTALLISATION, "SIPPCR");
    const data: CrystallisationData = {
      crystallisation_id: id,
      investor_id: body.investor_id,
      bank_account_id: body.bank_account_id,
      crystallisation_instructions: body.crystallisation_instructions,
      drawdown_instructions: body.drawdown_instructions,
      status: "Accepted",
      allocation_details: [],
    };
    const entity = ctx.insert(CRYSTALLISATION, id, data, body.investor_id);
    ctx.schedule(CRYSTALLISATION_JOB, entity.id, ctx.nowMs, { crystallisation_id: entity.id });
    return succeed(201, toCrystallisation(entity));
  },
});

/** Job `crystallisation.process`: crystallises every instruction of an accepted request. */
export const processCrystallisation: JobHandler = (ctx, job) => {
  const { crystallisation_id, sell_orders } = job.data as { crystallisation_id: string; sell_orders?: string[] };
  const request = ctx.get<CrystallisationData>(CRYSTALLISATION, crystallisation_id);
  if (!request || request.data.status !== "Accepted") return undefined;
  if (sell_orders === undefined) {
    const orders = sellForShortfalls(ctx, request.data);
    if (orders.length > 0) {
      ctx.schedule(CRYSTALLISATION_JOB, `${crystallisation_id}:after-sells`, ctx.nowMs + SELL_CHECK_MS, { crystallisation_id, sell_orders: orders });
      return undefined;
    }
  } else if (sell_orders.some((id) => findTransaction(ctx, id)?.data.type === "pending")) {
    return ctx.nowMs + SELL_CHECK_MS;
  }
  const d = request.data;
  const allocations: CrystallisationData["allocation_details"] = [];
  let crystallised = 0n;
  let drawdown = 0n;
  let pcls = 0n;
  for (const instruction of d.crystallisation_instructions) {
    const pot = findPot(ctx, instruction.pot_id);
    if (!pot || pot.data.status !== "active") {
      allocations.push({ accumulation_pot_id: instruction.pot_id, crystallisation_amount: "0.00", pcls_amount: "0.00", drawdown_amount: "0.00", drawdown_allocation: [], status: "Failed", reason: "the pot is no longer active" });
      continue;
    }
    const currency = pot.data.pot_currency as CurrencyCode;
    const exponent = currencyExponent(currency);
    const position = potPosition(ctx, pot.id, cashOf(currency));
    const free = position.total - position.locked;
    const amount = instruction.value !== undefined ? parseScaled(instruction.value, exponent) : { ok: true as const, value: divideRounded(free * hundredths(instruction.percentage ?? "0"), 10_000n, ROUNDING.taxShare) };
    if (!amount.ok || amount.value <= 0n || amount.value > free) {
      const reason = `the pot holds ${formatScaled(free, exponent)} free cash; crystallising ${amount.ok ? formatScaled(amount.value, exponent) : "?"} needs at least that`;
      allocations.push({ accumulation_pot_id: pot.id, crystallisation_amount: amount.ok ? formatScaled(amount.value, exponent) : "0.00", pcls_amount: "0.00", drawdown_amount: "0.00", drawdown_allocation: [], status: "Failed", reason });
      continue;
    }
    const done = crystallisePot(ctx, pot, amount.value, d, crystallisation_id);
    allocations.push(done.allocation);
    if (done.allocation.status === "Completed") {
      crystallised += amount.value;
      drawdown += done.drawdown;
      pcls += done.pcls;
    }
  }
  const completed = allocations.filter((a) => a.status === "Completed").length;
  const status = completed === allocations.length ? "Completed" : completed > 0 ? "Partially completed" : "Failed";
  const { lsaLeft } = lumpSumAllowances(ctx, d.investor_id);
  const failedReasons = allocations.filter((a) => a.reason).map((a) => `${a.accumulation_pot_id}: ${a.reason}`);
  ctx.update(request, {
    ...d,
    status,
    ...(failedReasons.length > 0 ? { reason: failedReasons.join("; ") } : {}),
    allocation_details: allocations,
    investor_drawdown_statistics: {
      total_crystallisation_amount: formatScaled(crystallised, 2),
      total_drawdown_amount: formatScaled(drawdown, 2),
      pcls_allowance_utilized: formatScaled(pcls, 2),
      pcls_allowance_remaining: format(lsaLeft, 2),
    },
  });
  return undefined;
};

