/**
 * Which URLs a webhook may point at. HTTPS only; in local development also plain HTTP to the
 * loopback host. Outside development, hosts that name this machine or a private network are
 * refused, so a tenant cannot make Coffer call into infrastructure it should not reach (SSRF).
 * Only literal addresses can be judged here: a Worker cannot resolve DNS names before it fetches.
 */

export const MAX_URL_LENGTH = 2048;

const LOCAL_HTTP_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const INTERNAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa"];

/** IPv4 ranges refused outside development: [network, prefix length, what it is]. */
const BLOCKED_V4: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "an unspecified address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a shared (carrier-grade NAT) address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "a reserved address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a reserved address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

function v4ToNumber(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function v4Problem(ip: string): string | null {
  const value = v4ToNumber(ip);
  if (value === null) return null;
  for (const [base, prefix, what] of BLOCKED_V4) {
    const size = 2 ** (32 - prefix);
    const start = v4ToNumber(base)!;
    if (value >= start && value < start + size) return what;
  }
  return null;
}

/**
 * The eight 16-bit groups of an IPv6 literal (without brackets), or `null`. URL parsing always
 * serialises IPv6 hosts in compressed hex (`[::ffff:127.0.0.1]` reads `[::ffff:7f00:1]`).
 */
function v6Groups(literal: string): number[] | null {
  const halves = literal.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === "" ? [] : s.split(":").map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some(Number.isNaN)) return null;
  const known = head.length + rest.length;
  if (known > 8 || (halves.length === 1 && known !== 8)) return null;
  return [...head, ...Array<number>(8 - known).fill(0), ...rest];
}

function v6Problem(literal: string): string | null {
  const g = v6Groups(literal);
  if (!g) return "not a valid IPv6 address";
  if (g.every((x) => x === 0)) return "an unspecified address";
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return "a loopback address";
  if ((g[0]! & 0xfe00) === 0xfc00) return "a private (unique local) address";
  if ((g[0]! & 0xffc0) === 0xfe80) return "a link-local address";
  if ((g[0]! & 0xff00) === 0xff00) return "a multicast address";
  const embedsV4 =
    (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) || // ::ffff:a.b.c.d (IPv4-mapped)
    (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)); // 64:ff9b::/96 (NAT64)
  if (embedsV4) {
    const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
    return v4Problem(v4);
  }
  return null;
}

/**
 * Why `raw` is not an acceptable webhook URL, or `null` when it is. `localDevelopment` is true
 * when the deployment is local development (`DEPLOYMENT = "development"`).
 */
export function webhookUrlProblem(raw: string, localDevelopment: boolean): string | null {
  if (raw.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.username || url.password) return "must not contain credentials";
  // WHATWG parsing has already normalised the host: `0x7f.1` and `2130706433` read 127.0.0.1.
  const host = url.hostname.toLowerCase();
  if (url.protocol === "http:") {
    if (localDevelopment && LOCAL_HTTP_HOSTS.has(host)) return null;
    return localDevelopment ? "must use https (plain http only to localhost, 127.0.0.1 or [::1])" : "must use https";
  }
  if (url.protocol !== "https:") return "must use https";
  if (localDevelopment) return null;
  if (host === "localhost" || INTERNAL_SUFFIXES.some((s) => host.endsWith(s))) return "must not point at a local or internal host";
  if (host.startsWith("[")) {
    const problem = v6Problem(host.slice(1, -1));
    return problem ? `must not point at ${problem.startsWith("not") ? "an invalid address" : problem}` : null;
  }
  const v4 = v4Problem(host);
  if (v4) return `must not point at ${v4}`;
  if (!host.includes(".")) return "must use a fully qualified host name";
  return null;
}
