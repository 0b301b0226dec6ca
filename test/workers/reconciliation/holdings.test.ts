import { describe, expect, it } from "vitest";
import { activeInvestor, addProduct, createPot, fund, runJobs } from "../../helpers/money";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant } from "../../helpers/tenant";
import { jobEvents, uploadCsv } from "./support";

const PRODUCT = "GB00B3X7QG63";

describe("holdings reconciliation", () => {
  it("reports one mismatch and one unknown pot field by field, counts a holding the file lacks, and changes nothing", async () => {
    const t = await newTenant();
    await addProduct(t, PRODUCT, "10.00");
    const { investorId } = await activeInvestor(t);
    const pot = await createPot(t, investorId);
    const quiet = await createPot(t, investorId);
    await fund(t, pot, "1000.00");
    await fund(t, quiet, "20.00");
    const today = new Date().toISOString().slice(0, 10);
    const bought = await t.fetch("/tenant/transactions/v1", {
      method: "POST",
      json: {
        request_id: crypto.randomUUID(),
        sub_transaction_type: "Buy",
        pot_id: pot,
        currency: "GBP",
        investment_product_id: PRODUCT,
        execution_price: "10",
        transaction_quantity: "50",
        effective_transaction_value: "500.00",
        trade_date: today,
        settlement_date: today,
      },
    });
    expect(bought.status, await bought.clone().text()).toBe(201);
    // The pot now holds 50 units (50 × 10.00 = 500.00) and 1000.00 − 500.00 = 500.00 cash; `quiet` holds 20.00 cash.
    const before = await (await t.fetch(`/tenant/pots/v1/${pot}/holdings`)).json();

    const socket = await openSocket(t);
    await subscribe(socket, "reconciliations");
    const csv = [
      "record_id,pot_id,investment_product_id,total_quantity,total_value,currency,custodian_account_reference",
      `H1,${pot},${PRODUCT},50.0000,500,GBP,F180010Q`,
      `H2,${pot},cash,,600.00,GBP,F180010Q`,
      `H3,pot-ZZZ9999999,${PRODUCT},10,100.00,GBP,F180011Q`,
      "",
    ].join("\r\n");
    const fileId = await uploadCsv(t, "holdings.csv", csv, "reconciliation:holdings");
    await runJobs(t, ["reconciliation.run"]);

    const events = await jobEvents(t, fileId);
    const jobId = `${t.id}-holding_reconciliations-${fileId}`;
    const date = events[0]!.payload.date;
    expect(events).toEqual([
      // H1 matches (50.0000 = 50, 500 = 500.00): no message. Unknown columns are not compared.
      {
        type: "holding_mismatch",
        payload: {
          job_id: jobId,
          date,
          record_id: "H2",
          pot_id: pot,
          investment_product_id: "cash",
          record_status: "unreconciled",
          fields: [{ field: "total_value", incoming_value: "600.00", available_value: "500.00", status: "mismatched" }],
        },
      },
      {
        type: "holding_mismatch",
        payload: {
          job_id: jobId,
          date,
          record_id: "H3",
          pot_id: "pot-ZZZ9999999",
          investment_product_id: PRODUCT,
          record_status: "not_found",
          fields: [
            { field: "total_quantity", incoming_value: "10", status: "mismatched" },
            { field: "total_value", incoming_value: "100.00", status: "mismatched" },
            { field: "currency", incoming_value: "GBP", status: "mismatched" },
            { field: "custodian_account_reference", incoming_value: "F180011Q", status: "mismatched" },
          ],
        },
      },
      {
        type: "holdings_summary",
        // 3 rows; `quiet`'s cash is Coffer's only holding no row named: 3 + 1 = 4 records, H2 and H3 not reconciled.
        payload: { job_id: jobId, job_name: "Holdings Details", date, total_records: 4, mismatched_records: 2, incoming_records: 3, no_incoming_records: 1 },
      },
    ]);
    const summary = await socket.waitFor((f) => f.type === "holdings_summary");
    expect(summary).toMatchObject({ ch: "reconciliations", payload: { job_id: jobId, total_records: 4 } });
    // Holdings are reported, never changed.
    expect(await (await t.fetch(`/tenant/pots/v1/${pot}/holdings`)).json()).toEqual(before);
  });
});
