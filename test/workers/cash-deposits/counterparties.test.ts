import { describe, expect, it } from "vitest";
import { activityEvents } from "../../helpers/catalogue";
import { COUNTERPARTY, COUNTERPARTY_ID, putCounterparty } from "../../helpers/cash-deposits";
import { get } from "../../helpers/money";
import { expectProblem } from "../../helpers/problem";
import { newTenant } from "../../helpers/tenant";

describe("counterparties", () => {
  it("creates, changes and serves counterparties, newest first by default", async () => {
    const t = await newTenant();
    const created = await putCounterparty(t);
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ ...COUNTERPARTY, counterparty_id: COUNTERPARTY_ID, reference_version: 1 });
    const changed = await putCounterparty(t, COUNTERPARTY_ID, { status: "inactive", sell_instruction_schedule: { business_days: ["friday"], cut_off_times: ["15:00", "09:30"] } });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ status: "inactive", reference_version: 2, sell_instruction_schedule: { business_days: ["friday"], cut_off_times: ["09:30", "15:00"] }, counterparty_name: "HSBC" });
    expect((await putCounterparty(t, "CPY-BAR00002", { ...COUNTERPARTY, counterparty_name: "Barclays", attachments: [] })).status).toBe(201);

    expect(await get(t, `/tenant/counterparties/v1/${COUNTERPARTY_ID}`)).toMatchObject({ counterparty_name: "HSBC", status: "inactive", reference_version: 2 });
    const list = await get(t, "/tenant/counterparties/v1");
    expect(list.counterparties.map((c: any) => c.counterparty_id)).toEqual(["CPY-BAR00002", COUNTERPARTY_ID]);
    const page = await get(t, "/tenant/counterparties/v1?page_size=1&page_number=1&sort=asc");
    expect(page).toMatchObject({ counterparties: [{ counterparty_id: COUNTERPARTY_ID }], next_page_available: true });
    const types = (await activityEvents(t)).map((e) => e.type).filter((x) => x.startsWith("counterparty_"));
    expect(types).toEqual(["counterparty_created", "counterparty_updated", "counterparty_created"]);
  });

  it("refuses bad counterparties naming the field, and answers 404 for unknown ones", async () => {
    const t = await newTenant();
    const missing = await putCounterparty(t, COUNTERPARTY_ID, { counterparty_name: "HSBC" });
    expect((await expectProblem(missing, 400, "validation_failed")).errors?.map((e) => e.field)).toEqual(["instruction_schedule", "sell_instruction_schedule"]);
    const badFile = await putCounterparty(t, COUNTERPARTY_ID, { ...COUNTERPARTY, attachments: [{ name: "Terms", file_id: "terms.pdf" }] });
    expect((await expectProblem(badFile, 400, "validation_failed")).errors?.[0]?.field).toBe("attachments.0.file_id");
    const badTime = await putCounterparty(t, COUNTERPARTY_ID, { ...COUNTERPARTY, instruction_schedule: { business_days: ["saturday"], cut_off_times: ["25:00"] } });
    expect((await expectProblem(badTime, 400, "validation_failed")).errors?.map((e) => e.field).sort()).toEqual(["instruction_schedule.business_days.0", "instruction_schedule.cut_off_times.0"]);
    const badId = await putCounterparty(t, "BANK-1", COUNTERPARTY);
    expect((await expectProblem(badId, 400, "validation_failed")).errors?.[0]?.field).toBe("counterparty_id");
    await expectProblem(await t.fetch(`/tenant/counterparties/v1/${COUNTERPARTY_ID}`), 404, "resource_not_found");
    await expectProblem(await t.fetch("/tenant/interests/v1/daily-breakdown?deposit_reference=CDR-ABC12345"), 404, "resource_not_found");
    await expectProblem(await t.fetch("/tenant/interests/v1/daily-breakdown"), 400, "validation_failed");
  });
});
