import { findInvestmentProduct, quantityDecimals } from "../../catalogue/investment-products";
import { dealingProblem } from "../../custody/parties";
import { findPot } from "../../custody/pots";
import { freeCash, freeUnits, percentOf, startSwitch, toGrid, type SwitchBuy, type SwitchSell } from "../../custody/switches";
import { marketValue } from "../../ledger/book-cost";
import { QUANTITY_SCALE, currencyExponent, formatScaled, parseScaled, type CurrencyCode } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { SwitchBody } from "./schema";
import { toSwitch } from "./serialize";

type Instruction = SwitchBody["sell_instructions"][number];

function scaled(value: string, scale: number): bigint | null {
  const parsed = parseScaled(value, scale);
  return parsed.ok ? parsed.value : null;
}

function percentage(value: string): bigint | null {
  const p = scaled(value, 2);
  return p !== null && p > 0n && p <= 10_000n ? p : null;
}

interface Checked {
  errors: FieldError[];
  /** Errors for lack of free cash or units (422 when they are all there is). */
  funds: FieldError[];
  sells: SwitchSell[];
  cashMinor: bigint;
  /** Estimated proceeds at current prices plus the cash set aside (minor units). */
  estimate: bigint;
}

function checkSells(ctx: CommandContext, potId: string, currency: CurrencyCode, list: Instruction[]): Checked {
  const out: Checked = { errors: [], funds: [], sells: [], cashMinor: 0n, estimate: 0n };
  const exponent = currencyExponent(currency);
  const seen = new Set<string>();
  list.forEach((instruction, i) => {
    const at = (field: string) => `sell_instructions.${i}.${field}`;
    const id = instruction.investment_product_id;
    if (seen.has(id)) return out.errors.push({ field: at("investment_product_id"), message: `${id} appears twice` });
    seen.add(id);
    if (id === "cash") {
      if (instruction.mode === "unit") return out.errors.push({ field: at("mode"), message: "cash takes value or percentage" });
      const free = freeCash(ctx, potId, currency);
      const amount = instruction.mode === "value" ? scaled(instruction.value, exponent) : (() => { const p = percentage(instruction.value); return p === null ? null : (free * p) / 10_000n; })();
      if (amount === null) return out.errors.push({ field: at("value"), message: instruction.mode === "value" ? `at most ${exponent} decimal places for ${currency}` : "a percentage above 0, at most 100 with 2 decimals" });
      if (amount > free) return out.funds.push({ field: at("value"), message: `the pot holds ${formatScaled(free, exponent)} free cash` });
      out.cashMinor += amount;
      out.estimate += amount;
      return;
    }
    const product = findInvestmentProduct(ctx, id);
    if (!product) return out.errors.push({ field: at("investment_product_id"), message: `investment product '${id}' does not exist` });
    const decimals = quantityDecimals(product);
    const free = freeUnits(ctx, potId, id);
    const price = scaled(product.close_price, QUANTITY_SCALE) ?? 0n;
    if (instruction.mode === "value") {
      const value = scaled(instruction.value, exponent);
      if (value === null) return out.errors.push({ field: at("value"), message: `at most ${exponent} decimal places for ${currency}` });
      if (value > marketValue(free, price, currency)) return out.funds.push({ field: at("value"), message: `more than the ${formatScaled(marketValue(free, price, currency), exponent)} the pot's free units of ${id} are worth` });
      out.sells.push({ investment_product_id: id, value: instruction.value });
      out.estimate += value;
      return;
    }
    let units: bigint | null;
    if (instruction.mode === "unit") {
      units = scaled(instruction.value, decimals);
      if (units === null) return out.errors.push({ field: at("value"), message: `units with at most ${decimals} decimal places for ${id}` });
      units = scaled(instruction.value, QUANTITY_SCALE) as bigint;
    } else {
      const p = percentage(instruction.value);
      if (p === null) return out.errors.push({ field: at("value"), message: "a percentage above 0, at most 100 with 2 decimals" });
      units = toGrid(percentOf(free, instruction.value), decimals);
      if (units <= 0n) return out.funds.push({ field: at("value"), message: `the pot holds no free units of ${id} to sell` });
    }
    if (units > free) return out.funds.push({ field: at("value"), message: `more than the pot's free units of ${id}` });
    out.sells.push({ investment_product_id: id, quantity: formatScaled(units, QUANTITY_SCALE) });
    out.estimate += marketValue(units, price, currency);
    return;
  });
  return out;
}

function checkBuys(ctx: CommandContext, currency: CurrencyCode, list: Instruction[], estimate: bigint): { errors: FieldError[]; funds: FieldError[]; buys: SwitchBuy[] } {
  const errors: FieldError[] = [];
  const funds: FieldError[] = [];
  const buys: SwitchBuy[] = [];
  const exponent = currencyExponent(currency);
  let percent = 0n;
  let values = 0n;
  list.forEach((instruction, i) => {
    const at = (field: string) => `buy_instructions.${i}.${field}`;
    const id = instruction.investment_product_id;
    if (id === "cash") return errors.push({ field: at("investment_product_id"), message: "cash is allowed on the sell side only" });
    const product = findInvestmentProduct(ctx, id);
    if (!product || product.status !== "active") return errors.push({ field: at("investment_product_id"), message: `investment product '${id}' does not exist or is not active` });
    if (product.currency !== currency) return errors.push({ field: at("investment_product_id"), message: `the pot holds ${currency}; the product trades in ${product.currency}` });
    if (instruction.mode === "unit") return errors.push({ field: at("mode"), message: "buys take percentage or value" });
    if (instruction.mode === "percentage") {
      const p = percentage(instruction.value);
      if (p === null) return errors.push({ field: at("value"), message: "a percentage above 0, at most 100 with 2 decimals" });
      percent += p;
      if (percent > 10_000n) return errors.push({ field: at("value"), message: "buy percentages add up to more than 100" });
      buys.push({ investment_product_id: id, percentage: instruction.value });
      return;
    }
    const value = scaled(instruction.value, exponent);
    if (value === null) return errors.push({ field: at("value"), message: `at most ${exponent} decimal places for ${currency}` });
    values += value;
    if (values > estimate) return funds.push({ field: at("value"), message: `buys by value exceed the ${formatScaled(estimate, exponent)} the sells and cash are worth now` });
    buys.push({ investment_product_id: id, value: instruction.value });
    return;
  });
  return { errors, funds, buys };
}

/**
 * `switch.create`: validates the instructions against the pot's free units and cash (errors name
 * the instruction index and field), then starts the switch: sells placed at once, buys once the
 * sells are priced.
 */
export const createSwitch = defineCommand({
  input: SwitchBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const potErrors: FieldError[] = [];
    if (pot.data.status !== "active") potErrors.push({ field: "pot_id", message: "the pot is not active" });
    const dealing = dealingProblem(ctx, pot.data);
    if (dealing) potErrors.push(dealing);
    const currency = pot.data.pot_currency as CurrencyCode;
    const sells = checkSells(ctx, pot.id, currency, body.sell_instructions);
    const buys = checkBuys(ctx, currency, body.buy_instructions, sells.estimate);
    const errors = [...potErrors, ...sells.errors, ...buys.errors];
    if (errors.length > 0) return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
    const funds = [...sells.funds, ...buys.funds];
    if (funds.length > 0) return fail({ code: "insufficient_funds", detail: "Not enough free units or cash for the switch", errors: funds });
    const started = startSwitch(ctx, pot, {
      origin: "api",
      childOrigin: "api",
      sellInstructions: body.sell_instructions,
      buyInstructions: body.buy_instructions,
      sells: sells.sells,
      buys: buys.buys,
      cashMinor: sells.cashMinor,
      minTradeMinor: 1n,
    });
    if (!started.ok) {
      const { list, index, field, message, funds: short } = started.refusal;
      return fail({ code: short ? "insufficient_funds" : "validation_failed", detail: message, errors: [{ field: `${list}.${index}.${field}`, message }] });
    }
    return succeed(200, toSwitch(started.value));
  },
});
