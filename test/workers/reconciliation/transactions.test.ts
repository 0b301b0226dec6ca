import { describe, expect, it } from "vitest";
import { advance, sandboxTenantAt } from "../../helpers/clock";
import { activeInvestor, addProduct, createPot, fund, holdingsOf } from "../../helpers/money";
import type { TestTenant } from "../../helpers/tenant";
import { jobEvents, uploadCsv } from "./support";

const PRODUCT = "GB00B3X7QG63";
const HEADER = "external_transaction_reference,sub_transaction_type,pot_id,currency,investment_product_id,execution_price,transaction_quantity,effective_transaction_value,trade_date,settlement_date";

async function world(): Promise<{ t: TestTenant; pot: string }> {
  const t = await sandboxTenantAt("2026-11-20T10:00:00.000Z");
  await addProduct(t, PRODUCT, "10.00");
  const { investorId } = await activeInvestor(t);
  const pot = await createPot(t, investorId);
  await fund(t, pot, "1000.00");
  // EXT-1 is already booked through the API: 10 units at 10 = 100.00.
  const booked = await t.fetch("/tenant/transactions/v1", {
    method: "POST",
    json: {
      request_id: crypto.randomUUID(),
      external_transaction_reference: "EXT-1",
      sub_transaction_type: "Buy",
      pot_id: pot,
      currency: "GBP",
      investment_product_id: PRODUCT,
      execution_price: "10",
      transaction_quantity: "10",
      effective_transaction_value: "100.00",
      trade_date: "2026-11-19",
      settlement_date: "2026-11-19",
    },
  });
  expect(booked.status, await booked.clone().text()).toBe(201);
  return { t, pot };
}

async function transactionsWith(t: TestTenant, pot: string, reference: string): Promise<Array<Record<string, any>>> {
  const res = await t.fetch(`/tenant/pots/v1/${pot}/transactions?page_size=100&page_number=1`);
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as { transactions: Array<Record<string, any>> };
  return body.transactions.filter((x) => x.external_transaction_reference === reference);
}

describe("transaction ingestion (ingest:transactions)", () => {
  it("books a new transaction once (even uploaded twice), ignores a booked one, reports malformed rows", async () => {
    const { t, pot } = await world();
    const csv = [
      HEADER,
      `EXT-1,Buy,${pot},GBP,${PRODUCT},10,10,100.00,2026-11-19,2026-11-19`,
      `EXT-2,Buy,${pot},GBP,${PRODUCT},10,5,50.00,2026-11-19,2026-11-19`,
      `EXT-3,Buy,${pot},GBP,${PRODUCT},ten,5,50.00,2026-11-19,2026-11-19`,
      "EXT-4,Buy",
    ].join("\n");
    const first = await uploadCsv(t, "tx.csv", csv, "ingest:transactions");
    await advance(t, { by: "PT1M" });
    const events = await jobEvents(t, first);
    const jobId = `${t.id}-transaction_reconciliations-${first}`;
    const date = "2026-11-20T10:00:00.000Z";
    expect(events).toEqual([
      { type: "transaction_ignored", payload: { job_id: jobId, date, record_id: "1", record_status: "ignored" } },
      {
        type: "transaction_ingestion_failure",
        payload: {
          job_id: jobId,
          date,
          record_id: "3",
          external_transaction_reference: "EXT-3",
          pot_id: pot,
          record_status: "unable_to_ingest",
          fields: [{ field: "execution_price", incoming_value: "ten", status: "unrecognised" }],
        },
      },
      {
        type: "transaction_ingestion_failure",
        payload: { job_id: jobId, date, record_id: "4", record_status: "unable_to_ingest", fields: [{ field: "record", incoming_value: "EXT-4,Buy", status: "unrecognised" }] },
      },
      {
        type: "transaction_summary",
        // 4 rows: EXT-2 booked, EXT-1 ignored, EXT-3 and EXT-4 failed; every booked reference was in the file.
        payload: { job_id: jobId, job_name: "Transaction Details", date, total_records: 4, mismatched_records: 0, updated_records: 1, unable_to_ingest: 2, ignored_records: 1, incoming_records: 4, no_incoming_records: 0 },
      },
    ]);
    const booked = await transactionsWith(t, pot, "EXT-2");
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({ origin: "file_upload", sub_transaction_type: "Buy", transaction_quantity: "5", transaction_value: "50.00", settlement_date: "2026-11-19" });

    const second = await uploadCsv(t, "tx.csv", csv, "ingest:transactions");
    await advance(t, { by: "PT1M" });
    const again = await jobEvents(t, second);
    expect(again.map((e) => e.type)).toEqual(["transaction_ignored", "transaction_ignored", "transaction_ingestion_failure", "transaction_ingestion_failure", "transaction_summary"]);
    expect(again.at(-1)!.payload).toMatchObject({ updated_records: 0, ignored_records: 2, unable_to_ingest: 2, incoming_records: 4 });
    expect(await transactionsWith(t, pot, "EXT-2")).toHaveLength(1);
    // 10 units from the API booking + 5 from the file, booked once: 15 units; cash 1000.00 − 100.00 − 50.00 = 850.00.
    const holdings = await holdingsOf(t, pot);
    expect(holdings[PRODUCT]?.total_quantity).toBe("15.0000");
    expect(holdings.cash?.total_value).toBe("850.00");
  });
});

describe("transaction reconciliation (compare only)", () => {
  it("reports a differing, an unknown and an unlisted transaction, and books nothing", async () => {
    const { t, pot } = await world();
    const csv = [
      `record_id,${HEADER}`,
      `R1,EXT-1,Buy,${pot},GBP,${PRODUCT},10,12,120.00,2026-11-19,2026-11-19`,
      `R2,EXT-9,Buy,${pot},GBP,${PRODUCT},10,1,10.00,2026-11-19,2026-11-19`,
      `R3,,Buy,${pot},GBP,${PRODUCT},10,1,10.00,2026-11-19,2026-11-19`,
    ].join("\n");
    // Another booked transaction no row names.
    const other = await uploadCsv(t, "seed.csv", `${HEADER}\nEXT-7,Buy,${pot},GBP,${PRODUCT},10,1,10.00,2026-11-19,2026-11-19\n`, "ingest:transactions");
    await advance(t, { by: "PT1M" });
    expect((await jobEvents(t, other)).at(-1)!.payload.updated_records).toBe(1);
    const ext7 = (await transactionsWith(t, pot, "EXT-7"))[0]!;
    const ext1 = (await transactionsWith(t, pot, "EXT-1"))[0]!;

    const fileId = await uploadCsv(t, "recon.csv", csv, "reconciliation:transactions");
    await advance(t, { by: "PT1M" });
    const events = await jobEvents(t, fileId);
    const jobId = `${t.id}-transaction_reconciliations-${fileId}`;
    const date = "2026-11-20T10:01:00.000Z";
    expect(events).toEqual([
      {
        type: "transaction_mismatch",
        payload: {
          job_id: jobId,
          date,
          record_id: "R1",
          external_transaction_reference: "EXT-1",
          transaction_ids: [ext1.transaction_id],
          pot_id: pot,
          record_status: "unreconciled",
          fields: [
            { field: "transaction_quantity", incoming_value: "12", available_value: "10", status: "mismatched" },
            { field: "effective_transaction_value", incoming_value: "120.00", available_value: "100.00", status: "mismatched" },
          ],
        },
      },
      {
        type: "transaction_mismatch",
        payload: {
          job_id: jobId,
          date,
          record_id: "R2",
          external_transaction_reference: "EXT-9",
          pot_id: pot,
          record_status: "not_found",
          fields: [
            { field: "sub_transaction_type", incoming_value: "Buy", status: "mismatched" },
            { field: "pot_id", incoming_value: pot, status: "mismatched" },
            { field: "currency", incoming_value: "GBP", status: "mismatched" },
            { field: "investment_product_id", incoming_value: PRODUCT, status: "mismatched" },
            { field: "execution_price", incoming_value: "10", status: "mismatched" },
            { field: "transaction_quantity", incoming_value: "1", status: "mismatched" },
            { field: "effective_transaction_value", incoming_value: "10.00", status: "mismatched" },
            { field: "trade_date", incoming_value: "2026-11-19", status: "mismatched" },
            { field: "settlement_date", incoming_value: "2026-11-19", status: "mismatched" },
          ],
        },
      },
      {
        type: "transaction_mismatch",
        payload: { job_id: jobId, date, record_id: "R3", pot_id: pot, record_status: "key_unavailable", fields: [{ field: "external_transaction_reference", status: "key_value_missing" }] },
      },
      {
        type: "transaction_mismatch",
        payload: { job_id: jobId, date, record_id: "EXT-7", external_transaction_reference: "EXT-7", transaction_ids: [ext7.transaction_id], pot_id: pot, record_status: "no_incoming_record" },
      },
      {
        type: "transaction_summary",
        // 3 rows (all three not reconciled) + EXT-7 without a row = 4.
        payload: { job_id: jobId, job_name: "Transaction Details", date, total_records: 4, mismatched_records: 3, updated_records: 0, unable_to_ingest: 0, ignored_records: 0, incoming_records: 3, no_incoming_records: 1 },
      },
    ]);
    expect(await transactionsWith(t, pot, "EXT-9")).toHaveLength(0);
  });
});
