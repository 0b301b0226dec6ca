import { accountBody, createAccount } from "../../helpers/accounts";
import { activeInvestor, addProduct, createPot, fund, post } from "../../helpers/money";
import { newTenant, type TestTenant } from "../../helpers/tenant";
import { capturedQueue, createWebhook, useQueue } from "../../helpers/webhooks";
import type { Hints } from "./schema-values";

/** The tenants the fuzzer drives, and the ids of their seeded data as hints for named fields. */
export interface FuzzWorld {
  tenant: TestTenant;
  /** A second tenant that the admin operations act on (so they never disturb `tenant`). */
  adminTarget: TestTenant;
  hints: Hints;
}

/**
 * A tenant with a little of everything: an active investor with a bank account, an investor
 * account, a pot holding paid-in cash, a fund with a price, a payment and a webhook. Webhook
 * deliveries go to a captured queue, never to the network; rate limits are lifted so the
 * fuzzer's volume is never mistaken for abuse.
 */
export async function seedWorld(): Promise<FuzzWorld> {
  const limits = { rate_limit_per_second: 1_000_000, rate_limit_burst: 10_000_000 };
  const tenant = await newTenant(limits);
  const adminTarget = await newTenant(limits);
  await useQueue(tenant, capturedQueue());

  const { investorId, bankAccountId } = await activeInvestor(tenant);
  const productId = "GB00B3X7QG63";
  await addProduct(tenant, productId, "12.3400");
  const potId = await createPot(tenant, investorId);
  await fund(tenant, potId, "5000.00");
  const payment = await post(tenant, "/tenant/payments/v1", {
    request_id: crypto.randomUUID(),
    amount: "25.00",
    pot_id: potId,
    payment_type: "manual",
    service_provider: "none",
    purpose: "cash",
  });
  if (payment.status !== 201) throw new Error(`seed payment: ${payment.status} ${JSON.stringify(payment.body)}`);
  const account = await createAccount(tenant, accountBody([investorId]));
  if (account.res.status !== 201) throw new Error(`seed account: ${account.res.status} ${JSON.stringify(account.body)}`);
  const webhook = await createWebhook(tenant);
  if (webhook.res.status !== 201) throw new Error(`seed webhook: ${webhook.res.status} ${JSON.stringify(webhook.body)}`);

  const hints: Hints = {
    investor_id: [investorId],
    bank_account_id: [bankAccountId],
    pot_id: [potId],
    account_id: [account.body.account_id],
    transaction_id: [payment.body.transaction_id as string],
    investment_product_id: [productId],
    webhook_id: [webhook.body.webhook_id],
    tenant_id: [adminTarget.id],
    key_id: [adminTarget.keyId],
    financial_product_id: ["general_investment_product", "stocks_isa", "treasury_management"],
    currency: ["GBP"],
    pot_currency: ["GBP"],
    nationality: ["GBR"],
    country: ["GBR"],
    "x-token": [tenant.apiKey],
  };
  return { tenant, adminTarget, hints };
}
