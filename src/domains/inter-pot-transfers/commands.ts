import { findInvestmentProduct, quantityDecimals } from "../../catalogue/investment-products";
import { formatQuantity } from "../../custody/holdings";
import { cashOf, postJournal, potPosition, unitsOf } from "../../custody/ledger-store";
import { findPot, type PotData } from "../../custody/pots";
import { openTransaction, today, toTransaction, type TransactionData } from "../../custody/transactions";
import { potAccount } from "../../ledger/accounts";
import { bookCostRemoved } from "../../ledger/book-cost";
import type { Journal } from "../../ledger/postings";
import { QUANTITY_SCALE, currencyExponent, formatScaled, parseScaled, pow10, type CurrencyCode } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import type { CommandContext, StoredEntity } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { InterPotTransferBody, type InterPotTransferInput } from "./schema";

/** Entity kind of an inter-pot transfer (`INT-ABCD123456`; owner: the source pot). */
export const INTER_POT_TRANSFER = "inter_pot_transfer";

/** The financial products whose pots may transfer between each other (WealthOS #25). */
export const TRANSFER_PRODUCTS = ["sipp_accumulation", "lisa_stocks", "lisa_cash", "stocks_isa", "general_investment_product"];

/** A transfer as stored: its wire form without `created_at` (the entity's own). */
export interface InterPotTransferData {
  transfer_id: string;
  source_pot_id: string;
  destination_pot_id: string;
  investment_product_id: string;
  amount: string;
  status: "success";
  transactions: ReturnType<typeof toTransaction>[];
}

/** The wire form of a stored transfer. */
export function toInterPotTransfer(entity: { data: InterPotTransferData; createdAt: string }) {
  return { ...entity.data, created_at: entity.createdAt };
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `INT-` + four capital letters + six digits, unused in this tenant. */
function newTransferId(ctx: CommandContext): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(10));
    // 26 × 9 < 256 and 10 × 25 < 256: the small modulo bias does not matter for an id.
    const letters = [...bytes.slice(0, 4)].map((b) => UPPER[b % 26]).join("");
    const digits = [...bytes.slice(4)].map((b) => String(b % 10)).join("");
    const id = `INT-${letters}${digits}`;
    if (!ctx.get(INTER_POT_TRANSFER, id)) return id;
  }
}

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

function notFound(field: string, potId: string) {
  return fail({ code: "resource_not_found", detail: `Pot '${potId}' does not exist`, errors: [{ field, message: "unknown pot" }] });
}

/** Checks the pair of pots; returns the field errors (empty when they may transfer). */
function potErrors(source: StoredEntity<PotData>, destination: StoredEntity<PotData>): FieldError[] {
  const errors: FieldError[] = [];
  if (source.id === destination.id) errors.push({ field: "destination_pot_id", message: "must differ from source_pot_id" });
  if (source.data.account_id !== destination.data.account_id) {
    errors.push({ field: "destination_pot_id", message: `must be in the same account as the source pot (${source.data.account_id})` });
  }
  if (!TRANSFER_PRODUCTS.includes(source.data.financial_product_id)) {
    errors.push({ field: "source_pot_id", message: `inter-pot transfers are not offered for ${source.data.financial_product_id} pots` });
  }
  if (source.data.status !== "active") errors.push({ field: "source_pot_id", message: "the pot is not active" });
  if (destination.data.status !== "active") errors.push({ field: "destination_pot_id", message: "the pot is not active" });
  return errors;
}

interface Leg {
  journal: Journal;
  /** Fields of the paired transactions. */
  out: Partial<TransactionData>;
  in: Partial<TransactionData>;
  kind: "Cash" | "Stock";
}

function cashLeg(input: InterPotTransferInput, source: StoredEntity<PotData>, destination: StoredEntity<PotData>): Leg | FieldError {
  const currency = source.data.pot_currency as CurrencyCode;
  if (destination.data.pot_currency !== currency) return { field: "destination_pot_id", message: `holds ${destination.data.pot_currency}, the source pot ${currency}` };
  const parsed = parseScaled(input.amount, currencyExponent(currency));
  if (!parsed.ok) return { field: "amount", message: `at most ${currencyExponent(currency)} decimal places for ${currency}` };
  const asset = cashOf(currency);
  const journal: Journal = [
    { account: potAccount(source.id), asset, amount: -parsed.value },
    { account: potAccount(destination.id), asset, amount: parsed.value },
  ];
  const value = formatScaled(parsed.value, currencyExponent(currency));
  const fields = { transaction_value: value, investment_product_id: "cash" };
  return { journal, out: fields, in: fields, kind: "Cash" };
}

function stockLeg(ctx: CommandContext, input: InterPotTransferInput, source: StoredEntity<PotData>, destination: StoredEntity<PotData>): Leg | FieldError {
  // Book cost is kept in the pot's currency, so units move only between pots of one currency.
  if (destination.data.pot_currency !== source.data.pot_currency) return { field: "destination_pot_id", message: `holds ${destination.data.pot_currency}, the source pot ${source.data.pot_currency}` };
  const product = findInvestmentProduct(ctx, input.investment_product_id);
  if (!product) return { field: "investment_product_id", message: `investment product '${input.investment_product_id}' does not exist` };
  const decimals = quantityDecimals(product);
  const parsed = parseScaled(input.amount, QUANTITY_SCALE);
  if (!parsed.ok || parsed.value % pow10(QUANTITY_SCALE - decimals) !== 0n) {
    return { field: "amount", message: `at most ${decimals} decimal places for ${product.investment_product_id}` };
  }
  const units = parsed.value;
  const position = potPosition(ctx, source.id, unitsOf(product.investment_product_id));
  if (units > position.total - position.locked) {
    return { field: "amount", message: `the source pot holds ${formatQuantity(position.total - position.locked, decimals)} free units of ${product.investment_product_id}` };
  }
  // Average cost: the units carry their share of the source's book cost to the destination.
  const bookCost = bookCostRemoved(position.bookCost, position.total, units);
  const asset = unitsOf(product.investment_product_id);
  const fields = {
    investment_product_id: product.investment_product_id,
    transaction_quantity: formatQuantity(units, decimals),
    // The value the units carry is their book cost (no trade happens, so no price applies).
    transaction_value: formatScaled(bookCost, currencyExponent(source.data.pot_currency as CurrencyCode)),
  };
  return {
    journal: [
      { account: potAccount(source.id), asset, amount: -units },
      { account: potAccount(input.destination_pot_id), asset, amount: units, bookCost },
    ],
    out: fields,
    in: fields,
    kind: "Stock",
  };
}

/**
 * `inter_pot_transfer.create`: moves free cash or free units between two pots of one account,
 * at once and atomically: one journal, a paired Internal Transfer Out/In transaction, both pots'
 * holdings published. Units carry their average book cost from the source pot.
 */
export const createInterPotTransfer = defineCommand({
  input: InterPotTransferBody,
  run(ctx, input) {
    const source = findPot(ctx, input.source_pot_id);
    if (!source) return notFound("source_pot_id", input.source_pot_id);
    const destination = findPot(ctx, input.destination_pot_id);
    if (!destination) return notFound("destination_pot_id", input.destination_pot_id);
    const errors = potErrors(source, destination);
    if (errors.length > 0) return invalid(errors);
    const leg = input.investment_product_id === "cash" ? cashLeg(input, source, destination) : stockLeg(ctx, input, source, destination);
    if ("field" in leg) return leg.field === "amount" && leg.message.startsWith("the source pot holds") ? fail({ code: "insufficient_funds", detail: leg.message, errors: [leg] }) : invalid([leg]);

    const transferId = newTransferId(ctx);
    const posted = postJournal(ctx, `transfer-${transferId}`, "inter_pot_transfer", leg.journal);
    if (!posted.ok) return fail({ code: "insufficient_funds", detail: posted.error.detail, errors: [{ field: "amount", message: posted.error.detail }] });
    const date = today(ctx);
    const common = { primary_transaction_type: "Transfers", type: "archived" as const, sub_type: "settled", trade_date: date, settlement_date: date, source_id: transferId, internal: { kind: "external" as const } };
    const out = openTransaction(ctx, source, { ...common, ...leg.out, investment_product_id: leg.out.investment_product_id as string, sub_transaction_type: `Internal Transfer - ${leg.kind} Out`, direction: "out" });
    const into = openTransaction(ctx, destination, { ...common, ...leg.in, investment_product_id: leg.in.investment_product_id as string, sub_transaction_type: `Internal Transfer - ${leg.kind} In`, direction: "in" });
    const data: InterPotTransferData = {
      transfer_id: transferId,
      source_pot_id: source.id,
      destination_pot_id: destination.id,
      investment_product_id: input.investment_product_id,
      amount: input.amount,
      status: "success",
      transactions: [toTransaction(out), toTransaction(into)],
    };
    const stored = ctx.insert(INTER_POT_TRANSFER, transferId, data, source.id);
    return succeed(201, toInterPotTransfer(stored));
  },
});
