import { describe, expect, it } from "vitest";
import { activityEvents } from "../../helpers/catalogue";
import { activeInvestor, addProduct, createPot } from "../../helpers/money";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { admin, newTenant, type TestTenant } from "../../helpers/tenant";
import { feeCode, feeSetup, putFee, read } from "./support";

const FUND = "GB00FEECFG01";

/** Two codes, three setups and two exemptions over one investor's pot. */
async function configured() {
  const t = await newTenant();
  await addProduct(t, FUND, "2.00");
  const { investorId } = await activeInvestor(t);
  const potId = await createPot(t, investorId);
  await feeCode(t, "PF_25", "25");
  await feeCode(t, "MF_75", "75.5");
  await feeSetup(t, "FS-PLATFORM", "PF_25");
  await feeSetup(t, "FS-MGMT", "MF_75", { fee_calculation_entity: "Financial Product", sub_transaction_type: "Management fee", assigned_to: ["general_investment_product", "stocks_isa"], start_date: "2025-02-01", end_date: "2025-12-31" });
  await feeSetup(t, "FS-INV", "MF_75", { sub_transaction_type: "Service fees", assigned_to: investorId, start_date: "2025-03-01" });
  await putFee(t, "fee-exemptions/FE-CASH", { fee_exemption_entity: "Investor", sub_transaction_type: "Platform fees", assigned_to: "All", exempted_assets: ["cash"], start_date: "2025-01-01" });
  await putFee(t, "fee-exemptions/FE-FUND", { fee_exemption_entity: "Financial Product", sub_transaction_type: "Management fee", assigned_to: "stocks_isa", exempted_assets: [FUND], start_date: "2025-02-01", end_date: "2025-06-30" });
  return { t, investorId, potId };
}

const ids = (items: any[], field: string) => items.map((i) => i[field]).sort();

describe("fee configuration", () => {
  it("creates, changes and deactivates fee codes, versioned and published", async () => {
    const t = await newTenant();
    const created = await feeCode(t, "PF_25", "25");
    expect(created).toEqual({ fee_code: "PF_25", fee_type: "Flat_fee_percentage_based", fee_rate: "25.00", status: "Active", created_at: expect.any(String), updated_at: expect.any(String), reference_version: 1 });
    const changed = await putFee(t, "fee-codes/PF_25", { fee_rate: "30.5", reference_version: 1 }, 200);
    expect(changed).toMatchObject({ fee_rate: "30.50", reference_version: 2 });
    await expectProblem(await admin("PUT", `/admin/v1/tenants/${t.id}/fee-codes/PF_25`, { fee_rate: "31", reference_version: 1 }), 409, "version_conflict");
    const off = await admin("DELETE", `/admin/v1/tenants/${t.id}/fee-codes/PF_25`);
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ status: "Inactive", reference_version: 3 });
    const events = (await activityEvents(t)).filter((e) => e.type.startsWith("fee_code"));
    expect(events.map((e) => [e.type, e.payload.status, e.payload.fee_rate])).toEqual([
      ["fee_code_created", "Active", "25.00"],
      ["fee_code_updated", "Active", "30.50"],
      ["fee_code_updated", "Inactive", "30.50"],
    ]);
    expect((await read(t, "/tenant/fees/v1/codes")).body).toEqual({ fee_codes: [{ fee_code: "PF_25", fee_type: "Flat_fee_percentage_based", fee_rate: "30.50", status: "Inactive", created_at: expect.any(String), updated_at: expect.any(String) }] });
  });

  it("validates setups and exemptions against the tenant's data", async () => {
    const t = await newTenant();
    await feeCode(t, "PF_25", "25");
    const put = (path: string, body: unknown) => admin("PUT", `/admin/v1/tenants/${t.id}/${path}`, body);
    await expectValidation(await put("fee-setups/FS-1", { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees" }), ["fee_code", "assigned_to", "start_date"]);
    await expectValidation(await put("fee-setups/FS-1", { fee_calculation_entity: "Investor", sub_transaction_type: "Platform fees", fee_code: "NOPE", assigned_to: "inv-NOP12345", start_date: "2025-02-01", end_date: "2025-01-01" }), ["fee_code", "assigned_to", "end_date"]);
    await expectValidation(await put("fee-setups/FS-1", { fee_calculation_entity: "Portfolio", sub_transaction_type: "Custody fees", fee_code: "PF_25", assigned_to: "All", start_date: "2025-02-01" }), ["sub_transaction_type"]);
    await expectValidation(await put("fee-exemptions/FE-1", { fee_exemption_entity: "Investor Account", sub_transaction_type: "Platform fees", assigned_to: "All", exempted_assets: ["cash"], start_date: "2025-01-01" }), ["fee_exemption_entity"]);
    await expectValidation(await put("fee-exemptions/FE-1", { fee_exemption_entity: "Investor", sub_transaction_type: "Platform fees", assigned_to: "All", exempted_assets: ["GB00UNKNOWN1"], start_date: "2025-01-01" }), ["exempted_assets"]);
    await expectValidation(await put("fee-codes/PF_10", { fee_rate: "1.234" }), ["fee_rate"]);
    await expectProblem(await admin("DELETE", `/admin/v1/tenants/${t.id}/fee-setups/FS-NONE`), 404, "resource_not_found");
    expect((await read(t, "/tenant/fees/v1/setups")).body).toEqual({ fee_setups: [] });
  });

  it("filters codes, setups and exemptions by every catalogued filter", async () => {
    const { t, investorId } = await configured();
    const codes = async (q: string) => ids((await read(t, `/tenant/fees/v1/codes${q}`)).body.fee_codes, "fee_code");
    expect(await codes("")).toEqual(["MF_75", "PF_25"]);
    expect(await codes("?fee_codes=PF_25,FF_50")).toEqual(["PF_25"]);
    expect(await codes("?status=Inactive")).toEqual([]);

    const setups = async (q: string) => ids((await read(t, `/tenant/fees/v1/setups${q}`)).body.fee_setups, "fee_setup_id");
    expect(await setups("")).toEqual(["FS-INV", "FS-MGMT", "FS-PLATFORM"]);
    expect(await setups("?fee_calculation_entity=Financial%20Product,Portfolio")).toEqual(["FS-MGMT"]);
    expect(await setups("?fee_calculation_method=Daily%20Accrual")).toEqual(["FS-INV", "FS-MGMT", "FS-PLATFORM"]);
    expect(await setups("?sub_transaction_type=Service%20fees,Platform%20fees")).toEqual(["FS-INV", "FS-PLATFORM"]);
    expect(await setups("?fee_codes=MF_75")).toEqual(["FS-INV", "FS-MGMT"]);
    expect(await setups(`?assigned_to=${investorId}`)).toEqual(["FS-INV"]);
    expect(await setups("?assigned_to=All,stocks_isa")).toEqual(["FS-MGMT", "FS-PLATFORM"]);
    expect(await setups("?start_date=2025-02-01")).toEqual(["FS-MGMT"]);
    expect(await setups("?end_date=2025-12-31&fee_codes=MF_75")).toEqual(["FS-MGMT"]);
    expect(await setups("?status=Active&fee_codes=PF_25")).toEqual(["FS-PLATFORM"]);
    const mgmt = (await read(t, "/tenant/fees/v1/setups?fee_codes=MF_75&fee_calculation_entity=Financial%20Product")).body.fee_setups[0];
    expect(mgmt).toEqual({
      fee_setup_id: "FS-MGMT",
      fee_calculation_entity: "Financial Product",
      fee_calculation_method: "Daily Accrual",
      primary_transaction_type: "Fees",
      sub_transaction_type: "Management fee",
      fee_code: "MF_75",
      assigned_to: ["general_investment_product", "stocks_isa"],
      start_date: "2025-02-01",
      end_date: "2025-12-31",
      status: "Active",
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await read(t, "/tenant/fees/v1/setups?fee_codes=PF_25")).body.fee_setups[0]).not.toHaveProperty("end_date");

    const exemptions = async (q: string) => ids((await read(t, `/tenant/fees/v1/exemptions${q}`)).body.fee_exemptions, "fee_exemption_id");
    expect(await exemptions("")).toEqual(["FE-CASH", "FE-FUND"]);
    expect(await exemptions("?fee_exemption_entity=Financial%20Product")).toEqual(["FE-FUND"]);
    expect(await exemptions("?sub_transaction_type=Platform%20fees")).toEqual(["FE-CASH"]);
    expect(await exemptions("?assigned_to=stocks_isa")).toEqual(["FE-FUND"]);
    expect(await exemptions("?start_date=2025-01-01")).toEqual(["FE-CASH"]);
    expect(await exemptions("?end_date=2025-06-30")).toEqual(["FE-FUND"]);
    expect(await exemptions("?status=Inactive")).toEqual([]);
    expect((await read(t, "/tenant/fees/v1/exemptions?assigned_to=All")).body.fee_exemptions[0]).toMatchObject({ exempted_assets: ["cash"], primary_transaction_type: "Fees" });
  });

  it("answers invalid filter values with 400 problems naming the field", async () => {
    const t: TestTenant = await newTenant();
    const bad: Array<[string, string]> = [
      ["/tenant/fees/v1/codes?status=Open", "status"],
      ["/tenant/fees/v1/codes?fee_codes=,", "fee_codes"],
      ["/tenant/fees/v1/setups?fee_calculation_entity=Investor,Pot", "fee_calculation_entity"],
      ["/tenant/fees/v1/setups?fee_calculation_method=Monthly", "fee_calculation_method"],
      ["/tenant/fees/v1/setups?sub_transaction_type=Buy", "sub_transaction_type"],
      ["/tenant/fees/v1/setups?start_date=2025-02-30", "start_date"],
      ["/tenant/fees/v1/setups?end_date=yesterday", "end_date"],
      ["/tenant/fees/v1/exemptions?fee_exemption_entity=Investor%20Account", "fee_exemption_entity"],
      ["/tenant/fees/v1/exemptions?status=active", "status"],
      ["/tenant/fees/v1/accruals", "pot_id"],
    ];
    for (const [path, field] of bad) await expectValidation(await t.fetch(path), [field]);
    await expectProblem(await t.fetch("/tenant/fees/v1/accruals?pot_id=pot-NOP12345"), 404, "resource_not_found");
  });
});
