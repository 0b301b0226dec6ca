import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { database } from "../../../src/db/client";
import { listResources, term } from "../../../src/db/resources";
import { createInvestor } from "../../helpers/investors";
import { cloneRows, withClones } from "../../helpers/read-model";
import { newTenant } from "../../helpers/tenant";

describe("read-model pages", () => {
  it("pages deep into a list in creation order, both ways, as slices of the whole list", async () => {
    const t = await newTenant();
    const { body } = await createInvestor(t);
    await cloneRows(t.id, "investor", body.investor_id, 249);
    // Copy i is i seconds older than the source: newest first is the source, then copy 1, 2, …
    const newestFirst = withClones(body.investor_id, 249);
    const db = database(env.DB);
    for (const pageNumber of [1, 7, 25]) {
      const desc = await listResources(db, t.id, "investor", { pageSize: 10, pageNumber, sort: "desc" });
      expect(desc.items.map((r) => r.id)).toEqual(newestFirst.slice((pageNumber - 1) * 10, pageNumber * 10));
      expect(desc.nextPageAvailable).toBe(pageNumber < 25);
      const asc = await listResources(db, t.id, "investor", { pageSize: 10, pageNumber, sort: "asc" });
      expect(asc.items.map((r) => r.id)).toEqual([...newestFirst].reverse().slice((pageNumber - 1) * 10, pageNumber * 10));
    }
    const past = await listResources(db, t.id, "investor", { pageSize: 10, pageNumber: 26, sort: "desc" });
    expect(past).toEqual({ items: [], nextPageAvailable: false });
  });

  it("answers an empty page when the row offset would leave the safe-integer range", async () => {
    const t = await newTenant();
    await createInvestor(t);
    const db = database(env.DB);
    for (const page of [
      { pageSize: 15_000, pageNumber: 2 ** 53 },
      { pageSize: 2 ** 40, pageNumber: 2 ** 20 },
      { pageSize: 1000, pageNumber: 9_223_372_036_854_777 },
    ]) {
      expect(await listResources(db, t.id, "investor", { ...page, sort: "desc" })).toEqual({ items: [], nextPageAvailable: false });
      expect(await listResources(db, t.id, "investor", { ...page, sort: "asc" }, { terms: [term("workplace_employers", "wem-1")] })).toEqual({ items: [], nextPageAvailable: false });
    }
  });
});
