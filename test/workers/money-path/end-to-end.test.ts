import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, get, post, publishPrice, runJobs } from "../../helpers/money";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant } from "../../helpers/tenant";

describe("money path end to end", () => {
  it("pays in with purpose invest, buys per template, sells, charges a fee, withdraws — all consistent to the penny", async () => {
    const t = await newTenant();
    await addProduct(t, "GB00B3X7QG63", "2.5000");
    await addProduct(t, "IE00B3RBWM25", "100.0000", { asset_type: "etf" });
    const template = await post(t, "/tenant/portfolio-templates/v1", {
      portfolio_name: "Balanced_Growth",
      ratios: [
        { investment_product_id: "GB00B3X7QG63", ratio: "60.00" },
        { investment_product_id: "IE00B3RBWM25", ratio: "30.00" },
        { investment_product_id: "cash", ratio: "10.00" },
      ],
    });
    expect(template.status).toBe(201);
    const { investorId, bankAccountId } = await activeInvestor(t);
    const potId = await createPot(t, investorId, { portfolio_template_id: template.body.portfolio_template_id });

    const socket = await openSocket(t);
    await subscribe(socket, "payments");
    await subscribe(socket, "transactions");
    await subscribe(socket, "holdings");

    const payment = await post(t, "/tenant/payments/v1", {
      request_id: crypto.randomUUID(),
      amount: "1000.00",
      pot_id: potId,
      payment_type: "card",
      service_provider: "stripe",
      purpose: "invest",
    });
    expect(payment.status).toBe(201);
    expect(payment.body).toMatchObject({ status: "pending_confirmation", amount: "1000.00", currency: "GBP", sub_transaction_type: "Lump sum" });
    expect(payment.body.service_provider_params.client_secret).toMatch(/^pi_sandbox_/);

    await runJobs(t, ["payment.provider"]);
    const paid = await get(t, `/tenant/payments/v1/${payment.body.transaction_id}`);
    expect(paid.status).toBe("succeeded");

    // 60% and 30% of 1,000.00 are instructed as value buys; 10% stays cash.
    await runJobs(t, ["trade.fill"]);
    let value = await get(t, `/tenant/pots/v1/${potId}/value`);
    expect(value).toMatchObject({ total_value: "1000.00", total_cash_value: "1000.00", total_locked_cash_value: "900.00", total_free_cash_value: "100.00" });

    await runJobs(t, ["trade.settle"]);
    const holdings = await get(t, `/tenant/pots/v1/${potId}/holdings`);
    const byId = Object.fromEntries(holdings.holdings.map((h: any) => [h.investment_product_id, h]));
    expect(byId.GB00B3X7QG63).toMatchObject({ total_quantity: "240.0000", total_value: "600.00", cost_of_holding: "600.00", average_book_cost: "2.50" });
    expect(byId.IE00B3RBWM25).toMatchObject({ total_quantity: "3", total_value: "300.00", cost_of_holding: "300.00" });
    expect(byId.cash).toMatchObject({ total_value: "100.00", free_value: "100.00", locked_value: "0.00" });

    const sale = await post(t, "/tenant/transactions/v1/sell", { request_id: crypto.randomUUID(), pot_id: potId, sell_instructions: [{ investment_product_id: "GB00B3X7QG63", quantity: "40" }] });
    expect(sale.status).toBe(201);
    expect(sale.body).toMatchObject({ status: "success", results: [{ success: true, type: "pending", sub_type: "instructed", direction: "out" }] });
    await runJobs(t);

    const fee = await post(t, "/tenant/transactions/v1/fee", { request_id: crypto.randomUUID(), pot_id: potId, currency: "GBP", transaction_value: "12.50", sub_transaction_type: "Management fee" });
    expect(fee.status).toBe(201);
    expect(fee.body).toMatchObject({ type: "archived", sub_type: "settled", direction: "out", selldown_triggered: false });

    const withdrawal = await post(t, "/tenant/withdrawals/v1", {
      request_id: crypto.randomUUID(),
      pot_id: potId,
      currency: "GBP",
      transaction_value: "150.00",
      sub_transaction_type: "Withdrawal",
      bank_account_id: bankAccountId,
    });
    expect(withdrawal.status).toBe(201);
    expect(withdrawal.body).toMatchObject({ type: "pending", sub_type: "scheduled" });
    await runJobs(t);

    // 1000 − 900 bought + 100 sold − 12.50 fee − 150 withdrawn = 37.50 cash; 200 units × 2.50 + 3 × 100.
    value = await get(t, `/tenant/pots/v1/${potId}/value`);
    expect(value).toMatchObject({ total_cash_value: "37.50", total_value: "837.50", total_locked_value: "0.00", settled_cash_position: "37.50" });

    const history = await get(t, `/tenant/pots/v1/${potId}/transactions`);
    const kinds = history.transactions.map((x: any) => `${x.primary_transaction_type}/${x.sub_transaction_type}/${x.type}/${x.sub_type}`).sort();
    expect(kinds).toEqual(
      ["Buy/Buy/archived/settled", "Buy/Buy/archived/settled", "Contribution/Lump sum/archived/settled", "Fees/Management fee/archived/settled", "Sell/Sell/archived/settled", "Withdrawal/Withdrawal/archived/settled"].sort(),
    );

    const payload = (f: Record<string, unknown>) => f.payload as Record<string, unknown>;
    await socket.waitFor((f) => f.type === "transaction_updated" && payload(f).primary_transaction_type === "Withdrawal" && payload(f).sub_type === "settled");
    const paymentStatuses = socket.frames.filter((f) => f.type === "payment_update").map((f) => payload(f).status);
    expect(paymentStatuses).toEqual(["pending_confirmation", "processing", "succeeded"]);
    expect(socket.frames.some((f) => f.type === "holding_updated" && payload(f).investment_product_id === "GB00B3X7QG63")).toBe(true);
    socket.ws.close();
  });
});

describe("investor account market value", () => {
  it("is the sum of the account's pots at current prices", async () => {
    const t = await newTenant();
    await addProduct(t, "GB00MKTVAL01", "2.0000");
    const { investorId } = await activeInvestor(t);
    const potA = await createPot(t, investorId);
    const potB = await createPot(t, investorId);
    for (const [pot, amount] of [[potA, "100.00"], [potB, "50.00"]] as const) {
      const paid = await post(t, "/tenant/payments/v1", { request_id: crypto.randomUUID(), amount, pot_id: pot, payment_type: "manual", service_provider: "none", purpose: "cash" });
      await post(t, `/tenant/payments/v1/${paid.body.transaction_id}`, { status: "succeeded" }, "PATCH");
    }
    await post(t, "/tenant/transactions/v1/buy", { request_id: crypto.randomUUID(), pot_id: potA, investment_instructions: [{ investment_product_id: "GB00MKTVAL01", quantity: "10" }] });
    await runJobs(t);
    await publishPrice(t, "GB00MKTVAL01", "3.0000");
    const { account_id } = await get(t, `/tenant/pots/v1/${potA}`);
    // Pot A: 80.00 cash + 10 units × 3.00; pot B: 50.00 cash.
    expect((await get(t, `/tenant/investor-accounts/v2/${account_id}`)).total_market_value).toBe("160.00");
    const list = await get(t, `/tenant/investor-accounts/v2?investor_id=${investorId}`);
    expect(list.investor_accounts[0].total_market_value).toBe("160.00");
  });
});
