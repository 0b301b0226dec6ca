import { describe, expect, it } from "vitest";
import { get } from "../../helpers/money";
import { openSocket, subscribe } from "../../helpers/socket";
import { newTenant } from "../../helpers/tenant";
import { partnerKey, seedBooks, withKey } from "./seed";

const CHANNELS = ["investors", "payments", "transactions", "holdings", "reconciliations", "notifications"];

function idsIn(text: string, ids: string[]): string[] {
  return ids.filter((id) => text.includes(id));
}

describe("partner keys on the activity feed and the socket", () => {
  it("receive the events of their book only, replayed and live", async () => {
    const t = await newTenant();
    const seed = await seedBooks(t);
    const firmA = (await partnerKey(t, seed.firmA)).api_key;
    const ifaA1 = (await partnerKey(t, seed.ifaA1)).api_key;
    const outsideA = [seed.b.investorId, seed.b.potId, seed.b.accountId, seed.cOtherPot];
    const outsideA1 = [...outsideA, seed.a2.investorId, seed.a2.potId, seed.c.potId];

    // The feed: the tenant key sees everything, a partner key only events naming its book.
    const feed = async (key: string) => (await get(withKey(t, key), "/tenant/activity/v1?limit=1000")) as { events: Array<{ payload: unknown }> };
    const all = await feed(t.apiKey);
    const firm = await feed(firmA);
    const ifa = await feed(ifaA1);
    expect(idsIn(JSON.stringify(all), outsideA1)).toEqual(outsideA1);
    expect(firm.events.length).toBeGreaterThan(0);
    expect(idsIn(JSON.stringify(firm), outsideA)).toEqual([]);
    expect(JSON.stringify(firm)).toContain(seed.a2.potId);
    expect(idsIn(JSON.stringify(ifa), outsideA1)).toEqual([]);
    expect(JSON.stringify(ifa)).toContain(seed.a1.potId);
    expect(ifa.events.length).toBeLessThan(firm.events.length);
    expect(firm.events.length).toBeLessThan(all.events.length);

    // The socket: replay from the start, then live events of both books.
    const socket = await openSocket(t, { token: ifaA1 });
    const tenantSocket = await openSocket(t);
    for (const ch of CHANNELS) {
      expect((await subscribe(socket, ch, -1)).status).toBe("ACK");
      expect((await subscribe(tenantSocket, ch, -1)).status).toBe("ACK");
    }
    const patch = async (investorId: string, lastName: string) => {
      const current = await get(t, `/tenant/investors/v1/${investorId}`);
      const res = await t.fetch(`/tenant/investors/v1/${investorId}`, { method: "PATCH", json: { reference_version: current.reference_version, last_name: lastName } });
      expect(res.status, await res.clone().text()).toBe(200);
    };
    await patch(seed.b.investorId, "Outsider");
    await patch(seed.a1.investorId, "Insider");
    await tenantSocket.waitFor((f) => f.type === "investor_updated" && JSON.stringify(f).includes("Outsider"));
    await socket.waitFor((f) => f.type === "investor_updated" && JSON.stringify(f).includes("Insider"));
    const seen = JSON.stringify(socket.frames);
    expect(seen).not.toContain("Outsider");
    expect(idsIn(seen, outsideA1)).toEqual([]);
    expect(socket.frames.filter((f) => f.resend === true).length).toBeGreaterThan(0);
    socket.ws.close();
    tenantSocket.ws.close();
  });
});
