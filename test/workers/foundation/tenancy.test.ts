import { describe, expect, it } from "vitest";
import { resolveHost } from "../../../src/platform/tenancy";

const BASE = "coffer.example";

describe("resolveHost", () => {
  it.each([
    ["coffer.example", { kind: "apex" }],
    ["coffer.example:443", { kind: "apex" }],
    ["COFFER.Example", { kind: "apex" }],
    ["coffer.example.", { kind: "apex" }],
  ])("%s is the apex", (host, expected) => {
    expect(resolveHost(host, BASE)).toEqual(expected);
  });

  it.each([
    ["acme.coffer.example", "acme"],
    ["acme.coffer.example:8787", "acme"],
    ["ACME.Coffer.Example", "acme"],
    ["acme.coffer.example.", "acme"],
    ["acme-wealth.coffer.example", "acme-wealth"],
    ["a1.coffer.example", "a1"],
    ["7.coffer.example", "7"],
  ])("%s is tenant %s", (host, tenantId) => {
    expect(resolveHost(host, BASE)).toEqual({ kind: "tenant", tenantId, socketHost: false });
  });

  it.each([
    ["acme-ws.coffer.example", "acme"],
    ["acme-ws.coffer.example:8787", "acme"],
    ["Acme-WS.coffer.example", "acme"],
    ["acme-wealth-ws.coffer.example", "acme-wealth"],
  ])("%s is the socket host of tenant %s", (host, tenantId) => {
    expect(resolveHost(host, BASE)).toEqual({ kind: "tenant", tenantId, socketHost: true });
  });

  it.each([
    [undefined],
    [""],
    ["example.com"],
    ["coffer.example.evil.com"],
    ["evilcoffer.example"],
    ["acme.evilcoffer.example"],
    ["a.b.coffer.example"],
    [".coffer.example"],
    ["-ws.coffer.example"],
    ["acme-ws-ws.coffer.example"],
    ["-acme.coffer.example"],
    ["acme-.coffer.example"],
    ["acme_co.coffer.example"],
    [`${"a".repeat(64)}.coffer.example`],
    ["[::1]:8787"],
    ["127.0.0.1:8787"],
  ])("%s addresses no tenant", (host) => {
    expect(resolveHost(host, BASE)).toEqual({ kind: "other" });
  });

  it("works with localhost as the base domain", () => {
    expect(resolveHost("localhost:8787", "localhost")).toEqual({ kind: "apex" });
    expect(resolveHost("acme.localhost:8787", "localhost")).toEqual({ kind: "tenant", tenantId: "acme", socketHost: false });
    expect(resolveHost("acme-ws.localhost", "localhost")).toEqual({ kind: "tenant", tenantId: "acme", socketHost: true });
    expect(resolveHost("acme.127.0.0.1", "localhost")).toEqual({ kind: "other" });
  });

  it("accepts a base domain given in capitals", () => {
    expect(resolveHost("acme.coffer.example", "Coffer.Example")).toEqual({ kind: "tenant", tenantId: "acme", socketHost: false });
  });
});
