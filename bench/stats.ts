/*
 * Pure helpers of the benchmark harness: statistics over samples, ratios, units, the printed table
 * and the command line. No database, no clock: unit-tested in tests/bench/stats.test.ts.
 */

/** Linear-interpolated percentile (the "type 7" of R and numpy's default), q in [0, 100]. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(q >= 0 && q <= 100)) throw new RangeError(`percentile out of range: ${q}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export type Summary = { n: number; median: number; p95: number; min: number; max: number; mean: number };

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { n: 0, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN, mean: Number.NaN };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const s of samples) {
    if (s < min) min = s;
    if (s > max) max = s;
    sum += s;
  }
  return { n: samples.length, median: median(samples), p95: percentile(samples, 95), min, max, mean: sum / samples.length };
}

/** How many times the baseline a value is; NaN when it cannot be said (no baseline, or not finite). */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) return Number.NaN;
  return value / baseline;
}

/** Operations per second from a duration in milliseconds for `ops` operations. */
export function throughput(ops: number, durationMs: number): number {
  if (!(durationMs > 0) || ops < 0) return Number.NaN;
  return (ops * 1000) / durationMs;
}

/** A byte delta measured over `ops` operations, scaled to 1 000 operations. */
export function perThousand(deltaBytes: number, ops: number): number {
  if (!(ops > 0)) return Number.NaN;
  return (deltaBytes * 1000) / ops;
}

/** Splits a total into per-operation shares: a batch of `inner` runs timed as one sample. */
export function perOperation(samples: readonly number[], inner: number): number[] {
  if (!(inner > 0)) throw new RangeError(`inner must be positive: ${inner}`);
  return samples.map((s) => s / inner);
}

/** 0.0123 → "12.3 µs", 4.56 → "4.56 ms", 1234 → "1.23 s" (input in milliseconds). */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  const abs = Math.abs(ms);
  if (abs < 0.001) return `${(ms * 1_000_000).toFixed(0)} ns`;
  if (abs < 1) return `${trim(ms * 1000)} µs`;
  if (abs < 1000) return `${trim(ms)} ms`;
  return `${trim(ms / 1000)} s`;
}

/** Three significant digits, at most one decimal past the unit for large values. */
function trim(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return "—";
  return `×${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}`;
}

/** Signed bytes in KiB/MiB: "+1.2 MiB", "-340 KiB", "+0 B". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "—";
  const sign = bytes < 0 ? "-" : "+";
  const abs = Math.abs(bytes);
  if (abs < 1024) return `${sign}${abs.toFixed(0)} B`;
  if (abs < 1024 * 1024) return `${sign}${trim(abs / 1024)} KiB`;
  return `${sign}${trim(abs / (1024 * 1024))} MiB`;
}

/** A plain-text table (also valid Markdown), columns padded to their widest cell. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? "").padEnd(w)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

export type BenchOptions = { quick: boolean; only: string[]; help: boolean };

/** `--quick`, `--only=orders,money` (or `--only orders`), `--help`. Unknown flags are an error. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { quick: false, only: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") options.quick = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--only") options.only.push(...splitList(argv[++i] ?? ""));
    else if (arg.startsWith("--only=")) options.only.push(...splitList(arg.slice("--only=".length)));
    else throw new Error(`unknown argument: ${arg} (try --help)`);
  }
  return options;
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The name of the benchmark's own database next to DATABASE_URL's: `caisse` → `caisse_bench`
 * (`caisse_http_bench` for the HTTP benchmark's suffix "http_bench", so both can run at once).
 */
export function benchDatabaseName(databaseUrl: string, suffix = "bench"): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) || "caisse";
  const bench = name.endsWith(`_${suffix}`) ? name : `${name}_${suffix}`;
  if (!/^[A-Za-z0-9_]{1,63}$/.test(bench)) throw new Error(`unsupported database name for the benchmark: ${bench}`);
  return bench;
}
