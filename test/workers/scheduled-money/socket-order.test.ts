import { describe, expect, it } from "vitest";
import { fund, post, runJobs } from "../../helpers/money";
import { openSocket, subscribe } from "../../helpers/socket";
import { advanceTo, contribution, decide, setup } from "../recurring-contributions/support";

const payload = (f: Record<string, unknown>) => f.payload as Record<string, any>;

describe("scheduled money on the socket", () => {
  it("delivers every recurring-contribution type on notifications and bulk_payment_update on payments, in order", async () => {
    const { t, investorId, potId } = await setup("2027-01-04T09:00:00Z");
    const socket = await openSocket(t);
    await subscribe(socket, "notifications");
    await subscribe(socket, "payments");

    const dd = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { purpose: "cash" }, { date: 1, start_date: "2027-02-01", count: 6 }));
    const id = dd.body.contribution_id;
    await decide(t, dd.body.service_provider_params.authorization_url, "approve");
    await post(t, `/tenant/recurring-contributions/v1/${id}/pause`, { pause_cycles: 1 });
    await post(t, `/tenant/recurring-contributions/v1/${id}/resume`, {});
    expect((await post(t, `/tenant/sandbox/v1/recurring-contributions/${id}/replace-mandate`, {})).body.service_provider_params.status).toBe("Mandate replaced");
    await post(t, `/tenant/recurring-contributions/v1/${id}/cancel`, { reason: "moved provider" });
    const declined = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { purpose: "cash" }, { start_date: "2027-02-01" }));
    await decide(t, declined.body.service_provider_params.authorization_url, "reject");
    const once = await post(t, "/tenant/recurring-contributions/v1", contribution(potId, investorId, { payment_type: "manual", service_provider: "none", purpose: "cash" }, { date: 15, start_date: "2027-01-05", count: 1 }));
    await advanceTo(t, "2027-01-16T00:00:00Z");

    await fund(t, potId, "1.00");
    const batch = await post(t, "/tenant/bulk-payments/v1", { request_id: crypto.randomUUID(), currency: "GBP", amount: "5.00", payment_type: "manual", payments: [{ investor_id: investorId, pot_id: potId, amount: "5.00" }] });
    await runJobs(t, ["payment_batch.evaluate", "payment_batch.track"]);

    const expected: Array<[string, string]> = [
      ["recurring_contribution_authorization_url_received", id],
      ["recurring_contribution_activated", id],
      ["recurring_contribution_updated", id],
      ["recurring_contribution_resumed", id],
      ["recurring_contribution_updated", id],
      ["recurring_contribution_cancelled", id],
      ["recurring_contribution_authorization_url_received", declined.body.contribution_id],
      ["recurring_contribution_rejected", declined.body.contribution_id],
      ["recurring_contribution_activated", once.body.contribution_id],
      ["recurring_contribution_finished", once.body.contribution_id],
    ];
    const isContribution = (f: Record<string, unknown>) => typeof f.type === "string" && f.type.startsWith("recurring_contribution_");
    const frames = await socket.waitForCount(isContribution, expected.length);
    expect(frames.map((f) => [f.type, payload(f).contribution_id])).toEqual(expected);
    expect(frames.every((f) => f.ch === "notifications")).toBe(true);
    expect(payload(frames[0]!).service_provider_params).toMatchObject({ authorization_url: dd.body.service_provider_params.authorization_url, request_id: expect.any(String) });
    expect(payload(frames[7]!)).toMatchObject({ status: "Rejected", reason: expect.any(String) });
    // Socket ts rises within the channel.
    const ts = frames.map((f) => Number(f.ts));
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);

    const batchFrames = await socket.waitForCount((f) => f.type === "bulk_payment_update", 2);
    expect(batchFrames.map((f) => [f.ch, payload(f).batch_id, payload(f).status])).toEqual([
      ["payments", batch.body.batch_id, "pending"],
      ["payments", batch.body.batch_id, "payments_created"],
    ]);
    socket.ws.close();
  }, 60_000);
});
