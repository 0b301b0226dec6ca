import { describe, expect, it } from "vitest";
import { findPortfolioTemplate } from "../../../src/catalogue/portfolio-templates";
import { activityEvents, createInvestmentProduct, inTenantObject, putInvestmentProduct } from "../../helpers/catalogue";
import { expectProblem, expectValidation } from "../../helpers/problem";
import { newTenant, type TestTenant } from "../../helpers/tenant";

const EQUITY = "GB00B3X7QG63";
const WORLD = "IE00B3RBWM25";
const BONDS = "GB00BPN5P782";
const PATH = "/tenant/portfolio-templates/v1";

type Template = Record<string, unknown> & { portfolio_template_id: string; reference_version: number };

/** A tenant with three active products and one inactive one (`OLDFUND01`). */
async function tenantWithProducts(): Promise<TestTenant> {
  const t = await newTenant();
  await createInvestmentProduct(t, EQUITY);
  await createInvestmentProduct(t, WORLD, { asset_type: "etf", name: "Vanguard FTSE All-World UCITS ETF" });
  await createInvestmentProduct(t, BONDS, { name: "Vanguard U.K. Government Bond Index" });
  await createInvestmentProduct(t, "OLDFUND01", { status: "inactive" });
  return t;
}

const BALANCED = {
  portfolio_name: "Balanced_Growth",
  ratios: [
    { investment_product_id: EQUITY, ratio: "60" },
    { investment_product_id: BONDS, ratio: "30.00" },
    { investment_product_id: "cash", ratio: "10.0" },
  ],
};

function post(t: TestTenant, body: unknown, headers: Record<string, string> = {}) {
  return t.fetch(PATH, { method: "POST", headers, json: body });
}

function patch(t: TestTenant, id: string, body: unknown, headers: Record<string, string> = {}) {
  return t.fetch(`${PATH}/${id}`, { method: "PATCH", headers, json: body });
}

async function create(t: TestTenant, body: unknown = BALANCED): Promise<Template> {
  const res = await post(t, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Template;
}

async function list(t: TestTenant, path = PATH): Promise<{ portfolio_templates: Template[]; next_page_available: boolean }> {
  const res = await t.fetch(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { portfolio_templates: Template[]; next_page_available: boolean };
}

describe("portfolio templates", () => {
  it("creates a template (ratios normalised, owner SYSTEM) and reads it back by id and in both list forms", async () => {
    const t = await tenantWithProducts();
    const template = await create(t);
    expect(template).toEqual({
      portfolio_template_id: expect.stringMatching(/^pft-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}$/),
      portfolio_name: "Balanced_Growth",
      reference_version: 1,
      ratios: [
        { investment_product_id: EQUITY, ratio: "60.00" },
        { investment_product_id: BONDS, ratio: "30.00" },
        { investment_product_id: "cash", ratio: "10.00" },
      ],
      owner: "SYSTEM",
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(await (await t.fetch(`${PATH}/${template.portfolio_template_id}`)).json()).toEqual(template);
    expect(await list(t)).toEqual({ portfolio_templates: [template], next_page_available: false });
    expect(await list(t, `${PATH}/`)).toEqual({ portfolio_templates: [template], next_page_available: false });
    const seen = await inTenantObject(t, (ctx) => findPortfolioTemplate(ctx, template.portfolio_template_id));
    expect(seen).toEqual({ portfolio_template_id: template.portfolio_template_id, portfolio_name: "Balanced_Growth", ratios: template.ratios, owner: "SYSTEM" });
  });

  it("accepts ratios that add up to exactly 100 in decimal arithmetic", async () => {
    const t = await tenantWithProducts();
    const thirds = await create(t, {
      portfolio_name: "Thirds",
      ratios: [
        { investment_product_id: EQUITY, ratio: "33.33" },
        { investment_product_id: WORLD, ratio: "33.33" },
        { investment_product_id: BONDS, ratio: "33.34" },
      ],
    });
    expect(thirds.ratios).toHaveLength(3);
    const single = await create(t, { portfolio_name: "All cash", ratios: [{ investment_product_id: "cash", ratio: "100.00" }] });
    expect(single.ratios).toEqual([{ investment_product_id: "cash", ratio: "100.00" }]);
    const tenths = await create(t, { portfolio_name: "Tenths", ratios: [{ investment_product_id: EQUITY, ratio: "0.1" }, { investment_product_id: WORLD, ratio: "0.2" }, { investment_product_id: BONDS, ratio: "99.7" }] });
    expect(tenths.ratios).toEqual([
      { investment_product_id: EQUITY, ratio: "0.10" },
      { investment_product_id: WORLD, ratio: "0.20" },
      { investment_product_id: BONDS, ratio: "99.70" },
    ]);
  });

  it.each([
    ["Abc", true],
    ["a b", true],
    ["Balanced Growth-2024_", true],
    ["X".repeat(50), true],
    ["ab", false],
    ["X".repeat(51), false],
    ["1Growth", false],
    ["_Growth", false],
    ["Growth-", false],
    ["Growth ", false],
    ["Gro$wth", false],
    ["Grøwth", false],
  ])("portfolio_name %j is accepted: %s", async (name, accepted) => {
    const t = await tenantWithProducts();
    const res = await post(t, { ...BALANCED, portfolio_name: name });
    if (accepted) expect(res.status, await res.clone().text()).toBe(201);
    else await expectValidation(res, ["portfolio_name"]);
  });

  it.each([
    ["ratios summing to 99.99", [{ investment_product_id: EQUITY, ratio: "59.99" }, { investment_product_id: BONDS, ratio: "40.00" }], ["ratios"]],
    ["ratios summing to 100.01", [{ investment_product_id: EQUITY, ratio: "60.01" }, { investment_product_id: BONDS, ratio: "40.00" }], ["ratios"]],
    ["a ratio with 3 decimals", [{ investment_product_id: EQUITY, ratio: "59.995" }, { investment_product_id: BONDS, ratio: "40.005" }], ["ratios.0.ratio", "ratios.1.ratio"]],
    ["a ratio as a JSON number", [{ investment_product_id: EQUITY, ratio: 60 }, { investment_product_id: BONDS, ratio: "40" }], ["ratios.0.ratio"]],
    ["a zero ratio", [{ investment_product_id: EQUITY, ratio: "0.00" }, { investment_product_id: BONDS, ratio: "100" }], ["ratios.0.ratio"]],
    ["a negative ratio", [{ investment_product_id: EQUITY, ratio: "-10" }, { investment_product_id: BONDS, ratio: "110" }], ["ratios.0.ratio", "ratios.1.ratio"]],
    ["the same product twice", [{ investment_product_id: EQUITY, ratio: "50" }, { investment_product_id: EQUITY, ratio: "50" }], ["ratios.1.investment_product_id"]],
    ["no ratios", [], ["ratios"]],
    ["a ratio without a product", [{ ratio: "100" }], ["ratios.0.investment_product_id"]],
    ["an unknown product", [{ investment_product_id: "XX0000000000", ratio: "100" }], ["ratios.0.investment_product_id"]],
    ["an inactive product", [{ investment_product_id: EQUITY, ratio: "50" }, { investment_product_id: "OLDFUND01", ratio: "50" }], ["ratios.1.investment_product_id"]],
  ])("refuses %s, naming the fields, and writes nothing", async (_name, ratios, fields) => {
    const t = await tenantWithProducts();
    await expectValidation(await post(t, { portfolio_name: "Refused", ratios }), fields);
    expect((await list(t)).portfolio_templates).toEqual([]);
  });

  it("requires portfolio_name and ratios", async () => {
    const t = await tenantWithProducts();
    await expectValidation(await post(t, {}), ["portfolio_name", "ratios"]);
  });

  it("updates name and ratios at the current reference_version, ignoring an empty name", async () => {
    const t = await tenantWithProducts();
    const template = await create(t);
    const id = template.portfolio_template_id;
    const renamed = await patch(t, id, { reference_version: 1, portfolio_name: "Cautious", unknown_field: true });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ portfolio_name: "Cautious", reference_version: 2, ratios: template.ratios, created_at: template.created_at });
    const rebalanced = (await (
      await patch(t, id, { reference_version: 2, portfolio_name: "", ratios: [{ investment_product_id: WORLD, ratio: "70" }, { investment_product_id: "cash", ratio: "30" }] })
    ).json()) as Template;
    expect(rebalanced).toMatchObject({
      portfolio_name: "Cautious",
      reference_version: 3,
      ratios: [
        { investment_product_id: WORLD, ratio: "70.00" },
        { investment_product_id: "cash", ratio: "30.00" },
      ],
    });
    expect(await (await t.fetch(`${PATH}/${id}`)).json()).toEqual(rebalanced);

    const stale = await expectProblem(await patch(t, id, { reference_version: 2, portfolio_name: "Late" }), 409, "version_conflict");
    expect(stale.current_reference_version).toBe(3);
    await expectValidation(await patch(t, id, { portfolio_name: "No version" }), ["reference_version"]);
    await expectValidation(await patch(t, id, { reference_version: 3, ratios: [{ investment_product_id: WORLD, ratio: "99.99" }] }), ["ratios"]);
    await expectValidation(await patch(t, id, { reference_version: 3, ratios: [{ investment_product_id: "OLDFUND01", ratio: "100" }] }), ["ratios.0.investment_product_id"]);
    await expectValidation(await patch(t, id, { reference_version: 3, portfolio_name: "9lives" }), ["portfolio_name"]);
    await expectProblem(await patch(t, "pft-00000000-0000-4000-8000", { reference_version: 1 }), 404, "resource_not_found");
    expect(await (await t.fetch(`${PATH}/${id}`)).json()).toEqual(rebalanced);
  });

  it("replays an idempotent create and update instead of applying them twice", async () => {
    const t = await tenantWithProducts();
    const key = crypto.randomUUID();
    const first = await post(t, BALANCED, { "idempotency-key": key });
    const again = await post(t, BALANCED, { "idempotency-key": key });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const created = (await first.json()) as Template;
    expect(await again.json()).toEqual(created);
    expect((await list(t)).portfolio_templates).toHaveLength(1);

    const patchKey = crypto.randomUUID();
    const updated = await patch(t, created.portfolio_template_id, { reference_version: 1, portfolio_name: "Renamed" }, { "idempotency-key": patchKey });
    const replayed = await patch(t, created.portfolio_template_id, { reference_version: 1, portfolio_name: "Renamed" }, { "idempotency-key": patchKey });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect(await replayed.json()).toEqual(await updated.json());
    expect(((await (await t.fetch(`${PATH}/${created.portfolio_template_id}`)).json()) as Template).reference_version).toBe(2);
  });

  it("publishes the full template on notifications when created and updated", async () => {
    const t = await tenantWithProducts();
    const created = await create(t);
    const updated = await (await patch(t, created.portfolio_template_id, { reference_version: 1, portfolio_name: "Renamed" })).json();
    const events = (await activityEvents(t)).filter((e) => e.type.startsWith("portfolio_template_"));
    expect(events).toEqual([
      expect.objectContaining({ type: "portfolio_template_created", ch: "notifications", payload: created }),
      expect.objectContaining({ type: "portfolio_template_updated", ch: "notifications", payload: updated }),
    ]);
  });

  it("pages (default 1000, max 8000) and sorts by creation", async () => {
    const t = await tenantWithProducts();
    const a = await create(t, { ...BALANCED, portfolio_name: "First" });
    const b = await create(t, { ...BALANCED, portfolio_name: "Second" });
    const c = await create(t, { ...BALANCED, portfolio_name: "Third" });
    const names = (r: { portfolio_templates: Template[] }) => r.portfolio_templates.map((x) => x.portfolio_name);
    expect(names(await list(t))).toEqual(["Third", "Second", "First"]);
    expect(names(await list(t, `${PATH}/?sort=asc`))).toEqual(["First", "Second", "Third"]);
    const page = await list(t, `${PATH}?page_size=2&page_number=1&sort=asc`);
    expect(page).toEqual({ portfolio_templates: [a, b], next_page_available: true });
    expect(await list(t, `${PATH}?page_size=2&page_number=2&sort=asc`)).toEqual({ portfolio_templates: [c], next_page_available: false });
    expect((await list(t, `${PATH}?page_size=8000&page_number=1`)).portfolio_templates).toHaveLength(3);
    await expectValidation(await t.fetch(`${PATH}?page_size=8001&page_number=1`), ["page_size"]);
    await expectValidation(await t.fetch(`${PATH}/?sort=up`), ["sort"]);
  });

  it("keeps tenants apart: another tenant's templates and products are unknown", async () => {
    const a = await tenantWithProducts();
    const b = await newTenant();
    const template = await create(a);
    await expectProblem(await b.fetch(`${PATH}/${template.portfolio_template_id}`), 404, "resource_not_found");
    await expectProblem(await patch(b, template.portfolio_template_id, { reference_version: 1, portfolio_name: "Hijack" }), 404, "resource_not_found");
    expect((await list(b)).portfolio_templates).toEqual([]);
    await expectValidation(await post(b, BALANCED), ["ratios.0.investment_product_id", "ratios.1.investment_product_id"]);
    expect((await putInvestmentProduct(b.id, EQUITY)).status).toBe(201);
    await expectProblem(await b.fetch(`${PATH}/${template.portfolio_template_id}`, { headers: { "x-api-key": a.apiKey } }), 401, "unauthenticated");
  });
});
