// Small statistics helpers for the benchmark. Only plain JavaScript.

/** Nearest-rank percentile (p in 0..100) of an array of numbers; NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** p50 / p99 / max / mean of latencies in milliseconds, rounded to 0.01 ms. */
export function summarize(values) {
  const round = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
  const sorted = Float64Array.from(values).sort();
  const at = (p) => (sorted.length ? sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] : Number.NaN);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN;
  return {
    count: sorted.length,
    p50_ms: round(at(50)),
    p99_ms: round(at(99)),
    max_ms: round(sorted.length ? sorted[sorted.length - 1] : Number.NaN),
    mean_ms: round(mean),
  };
}

/** Formats a number with at most `digits` decimals, or "n/a". */
export function fmt(value, digits = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "n/a";
  return value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
