import { allowedPaymentTypes, allowedServiceProviders, findFinancialProduct, minimumInvestment } from "../../catalogue/financial-products";
import { findInvestmentProduct, isApplicableTo, quantityDecimals } from "../../catalogue/investment-products";
import type { FinancialProductId } from "../../catalogue/financial-products";
import { findAccount, reserveSubscription, subscriptionHeadroom } from "../../custody/accounts";
import { ageOn, dealingProblem, payerProblem } from "../../custody/parties";
import { findPot, type PotData } from "../../custody/pots";
import { openTransaction, today } from "../../custody/transactions";
import { add, compare, decimal, decimalPlaces, parseDecimal } from "../../money/money";
import type { FieldError } from "../../platform/errors/api-error";
import { paymentProvider } from "../../platform/payment-providers/provider";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { movePayment } from "./lifecycle";
import { PAYMENT_STEP_JOB } from "./provider-steps";
import { CreatePaymentBody, UpdatePaymentStatusInput } from "./schema";
import { PAYMENT, paymentUpdate, toPayment, type PaymentData } from "./serialize";
import type { z } from "zod";
import { UK_TAX_2025 } from "../../tax/uk-tax-2025";
import { mpaaBreach } from "../../custody/pensions";

type Body = z.infer<typeof CreatePaymentBody>;

function invalid(errors: FieldError[]) {
  return fail({ code: "validation_failed", detail: `Invalid fields: ${errors.map((e) => e.field).join(", ")}`, errors });
}

const amountOf = (value: string) => {
  const parsed = parseDecimal(value, { maxDecimals: 40 });
  if (!parsed.ok) throw new RangeError(parsed.error);
  return parsed.value;
};

/** The sub type a payment into this product may carry (WealthOS rules by product and payer), or a problem. */
function subTypeRules(ctx: CommandContext, pot: PotData, body: Body): { subType: string } | { error: FieldError } {
  const sent = body.sub_transaction_type === "Employer Contribution" ? "Employer contribution" : body.sub_transaction_type;
  const field = "sub_transaction_type";
  const product = pot.financial_product_id;
  if (product === "sipp_accumulation") {
    if (!sent || !["Lump sum", "Lump sum - non relievable", "Employer contribution"].includes(sent)) {
      return { error: { field, message: "SIPP Accumulation pots take Lump sum, Lump sum - non relievable or Employer contribution" } };
    }
  } else if (product === "stocks_jisa") {
    const subType = sent ?? "Lump sum";
    if (subType === "Lump sum") {
      const investor = ctx.get<{ date_of_birth?: string | null }>("investor", pot.investor_id[0] ?? "");
      const age = investor?.data.date_of_birth ? ageOn(investor.data.date_of_birth, today(ctx)) : null;
      if (age === null || age < 16 || age > 17) return { error: { field, message: "a Junior ISA takes Lump sum only from an investor aged 16 or 17; others pay as Lump sum - third party" } };
    } else if (subType !== "Lump sum - third party") {
      return { error: { field, message: "a Junior ISA takes Lump sum (investor aged 16-17) or Lump sum - third party" } };
    }
    return { subType };
  } else if (sent && sent !== "Lump sum") {
    return { error: { field, message: `${product} pots take Lump sum only` } };
  }
  return { subType: sent ?? "Lump sum" };
}

/** A LISA takes contributions from age 18 until the day before the investor's 50th birthday. */
function lisaAgeProblem(ctx: CommandContext, pot: PotData): FieldError | null {
  if (pot.financial_product_id !== "lisa_cash" && pot.financial_product_id !== "lisa_stocks") return null;
  const investor = ctx.get<{ date_of_birth?: string | null }>("investor", pot.investor_id[0] ?? "");
  const age = investor?.data.date_of_birth ? ageOn(investor.data.date_of_birth, today(ctx)) : null;
  if (age !== null && age >= UK_TAX_2025.lisaMinimumContributionAge && age < UK_TAX_2025.lisaContributionsEndAge) return null;
  return { field: "pot_id", message: "a Lifetime ISA takes contributions from age 18 until the day before the 50th birthday" };
}

/** Checks investment instructions against the catalogue and the amount; returns their problems. */
function instructionProblems(ctx: CommandContext, pot: PotData, body: Body): FieldError[] {
  const errors: FieldError[] = [];
  let total = decimal("0");
  (body.investment_instructions ?? []).forEach((instruction, i) => {
    const field = `investment_instructions.${i}`;
    const product = findInvestmentProduct(ctx, instruction.investment_product_id);
    if (!product || product.status !== "active") {
      errors.push({ field: `${field}.investment_product_id`, message: `investment product '${instruction.investment_product_id}' is not available` });
      return;
    }
    if (product.currency !== pot.pot_currency) errors.push({ field: `${field}.investment_product_id`, message: `trades in ${product.currency}, the pot holds ${pot.pot_currency}` });
    if (!isApplicableTo(product, pot.financial_product_id as FinancialProductId)) {
      errors.push({ field: `${field}.investment_product_id`, message: `cannot be held in a ${pot.financial_product_id} pot` });
    }
    if (instruction.quantity !== undefined && decimalPlaces(amountOf(instruction.quantity)) > quantityDecimals(product)) {
      errors.push({ field: `${field}.quantity`, message: `at most ${quantityDecimals(product)} decimal places for ${product.investment_product_id}` });
    }
    if (instruction.value !== undefined) total = add(total, amountOf(instruction.value));
  });
  if (compare(total, amountOf(body.amount)) > 0) errors.push({ field: "investment_instructions", message: "instructed values add up to more than the amount" });
  return errors;
}

/**
 * `payment.create`: a single payment intent into a pot. Checks the pot, the product's rules
 * (minimum, payment types, providers, sub types, annual allowance), payers and instructions,
 * reserves the allowance, opens the pending cash-in transaction and starts the provider.
 */
export const createPayment = defineCommand({
  input: CreatePaymentBody,
  run(ctx, body) {
    const pot = findPot(ctx, body.pot_id);
    if (!pot) return fail({ code: "resource_not_found", detail: `Pot '${body.pot_id}' does not exist`, errors: [{ field: "pot_id", message: "unknown pot" }] });
    const errors: FieldError[] = [];
    if (pot.data.status !== "active") errors.push({ field: "pot_id", message: "the pot is not active" });
    if (body.currency && body.currency !== pot.data.pot_currency) errors.push({ field: "currency", message: `the pot holds ${pot.data.pot_currency}` });
    const product = findFinancialProduct(ctx, pot.data.financial_product_id);
    if (product) {
      if (compare(amountOf(body.amount), amountOf(minimumInvestment(product))) < 0) errors.push({ field: "amount", message: `must be at least ${minimumInvestment(product)} for ${pot.data.financial_product_id}` });
      if (!allowedPaymentTypes(product).includes(body.payment_type)) errors.push({ field: "payment_type", message: `not accepted for ${pot.data.financial_product_id}` });
      if (!allowedServiceProviders(product).includes(body.service_provider)) errors.push({ field: "service_provider", message: `not accepted for ${pot.data.financial_product_id}` });
    }
    const lisaAge = lisaAgeProblem(ctx, pot.data);
    if (lisaAge) errors.push(lisaAge);
    const rules = subTypeRules(ctx, pot.data, body);
    if ("error" in rules) errors.push(rules.error);
    else if (rules.subType === "Employer contribution") {
      const problem = payerProblem(ctx, pot.data, "contributing_employer", body.source_id);
      if (problem) errors.push(problem);
    } else if (rules.subType === "Lump sum - third party") {
      const problem = payerProblem(ctx, pot.data, "third_party_payer", body.source_id);
      if (problem) errors.push(problem);
    } else if (body.source_id) errors.push({ field: "source_id", message: "only for employer and third-party contributions" });
    const bankAccountId = body.service_provider_params?.bank_account_id;
    if (body.service_provider === "truelayer" && bankAccountId) {
      const account = ctx.get<{ investor_id: string }>("bank_account", bankAccountId);
      if (!account || !pot.data.investor_id.includes(account.data.investor_id)) errors.push({ field: "service_provider_params.bank_account_id", message: "not a bank account of this pot's investor" });
    }
    if (body.purpose === "invest") {
      const dealing = dealingProblem(ctx, pot.data);
      if (dealing) errors.push(dealing);
      if (!body.investment_instructions?.length && !pot.data.portfolio_template_id) {
        errors.push({ field: "investment_instructions", message: "required when purpose is invest and the pot has no portfolio template" });
      }
      errors.push(...instructionProblems(ctx, pot.data, body));
    }
    const mpaa = "subType" in rules ? mpaaBreach(ctx, pot, amountOf(body.amount), rules.subType) : null;
    if (mpaa) errors.push({ field: "amount", message: mpaa });
    const account = findAccount(ctx, pot.data.account_id);
    const headroom = account ? subscriptionHeadroom(ctx, account, ctx.nowMs) : null;
    if (headroom !== null && compare(amountOf(body.amount), amountOf(headroom)) > 0) {
      errors.push({ field: "amount", message: `exceeds the remaining annual allowance of ${headroom} for this tax year` });
    }
    if (errors.length > 0) return invalid(errors);

    if (headroom !== null) reserveSubscription(ctx, pot.data.account_id, body.amount, ctx.nowMs);
    const transactionId = crypto.randomUUID();
    const subType = "subType" in rules ? rules.subType : "Lump sum";
    const started = paymentProvider(body.service_provider).start({ transactionId, amount: body.amount, serviceProvider: body.service_provider, bankAccountId });
    const data: PaymentData = {
      transaction_id: transactionId,
      investor_id: pot.data.investor_id,
      amount: body.amount,
      currency: pot.data.pot_currency,
      status: "pending_confirmation",
      pot_id: pot.id,
      payment_type: body.payment_type,
      service_provider: body.service_provider,
      service_provider_params: started.params,
      sub_transaction_type: subType,
      source_id: body.source_id ?? null,
      purpose: body.purpose,
      investment_instructions: body.investment_instructions ?? null,
      payment_reference: body.payment_reference ?? null,
      external_transaction_reference: body.external_transaction_reference ?? null,
      origin: "api",
      reason: null,
      contribution_id: null,
      batch_id: null,
      settlement_date: null,
      internal: { account_id: pot.data.account_id, reserved_allowance: headroom !== null ? body.amount : null },
    };
    let payment = ctx.insert(PAYMENT, transactionId, data, pot.id);
    ctx.emit({ type: "payment_update", ch: "payments", payload: paymentUpdate(data) });
    openTransaction(
      ctx,
      pot,
      {
        primary_transaction_type: "Contribution",
        sub_transaction_type: subType,
        type: "pending",
        sub_type: "instructed",
        direction: "in",
        investment_product_id: "cash",
        transaction_value: body.amount,
        external_transaction_reference: body.external_transaction_reference ?? null,
        source_id: body.source_id ?? null,
        internal: { kind: "contribution" },
      },
      "transaction_initiated",
      transactionId,
    );
    if (started.status === "processing") payment = movePayment(ctx, payment, "processing");
    if (started.firstStepInMs !== null) ctx.schedule(PAYMENT_STEP_JOB, transactionId, ctx.nowMs + started.firstStepInMs, { transaction_id: transactionId });
    return succeed(201, toPayment(payment));
  },
});

/** `payment.update_status`: the wealth manager settles a `processing` payment (succeeded, failed or cancelled). */
export const updatePaymentStatus = defineCommand({
  input: UpdatePaymentStatusInput,
  run(ctx, input) {
    const payment = ctx.get<PaymentData>(PAYMENT, input.transaction_id);
    if (!payment) return fail({ code: "resource_not_found", detail: `Payment '${input.transaction_id}' does not exist`, errors: [{ field: "transaction_id", message: "unknown payment" }] });
    if (payment.data.status !== "processing") {
      return fail({ code: "state_conflict", detail: `Only payments in processing can be updated; this one is ${payment.data.status}`, errors: [{ field: "status", message: `payment is ${payment.data.status}` }] });
    }
    if (input.status === "succeeded" && input.reason) return invalid([{ field: "reason", message: "only for failed or cancelled payments" }]);
    return succeed(200, toPayment(movePayment(ctx, payment, input.status, input.reason ?? null)));
  },
});
