import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { OWNED_ENTITIES_SQL } from "../../../src/tenant/command-context";
import { newTenant } from "../../helpers/tenant";

// Commands list what an entity owns on every write (an investor's bank accounts when it is
// created or changed, a pot's orders, ...): that must be an index search, not a pass over every
// entity of the kind, or writes slow down as the tenant grows.

describe("the tenant object's entities by owner", () => {
  it("are read from the owner index, already in creation order", async () => {
    const t = await newTenant();
    const created = await t.fetch("/tenant/investors/v1", {
      method: "POST",
      headers: { "idempotency-key": crypto.randomUUID() },
      json: { first_name: "Ada", last_name: "Owner", nationality: "GBR", date_of_birth: "1990-12-20" },
    });
    expect(created.status).toBe(201);
    const plan = await runInDurableObject(env.TENANT.getByName(t.id), (_o, state) =>
      state.storage.sql.exec<{ detail: string }>(`EXPLAIN QUERY PLAN ${OWNED_ENTITIES_SQL}`, "bank_account", "inv-X").toArray().map((r) => r.detail),
    );
    // No "USE TEMP B-TREE FOR ORDER BY": the index holds the order.
    expect(plan).toEqual(["SEARCH entities USING INDEX entities_owner (kind=? AND owner_id=?)"]);
  });
});
