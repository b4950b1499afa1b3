import { describe, expect, it } from "vitest";
import { rowsAgainstBaseline, timeInterleaved, type Measured } from "@/bench/harness";
import {
  benchDatabaseName,
  formatBytes,
  formatDuration,
  formatRatio,
  median,
  parseArgs,
  percentile,
  perOperation,
  perThousand,
  ratio,
  renderTable,
  summarize,
  throughput,
} from "@/bench/stats";

// The benchmark harness's pure helpers. No timing is asserted here, ever: timings live in bench/.

describe("percentile and median", () => {
  it("interpolates linearly between ranks (numpy's default)", () => {
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(oneToHundred, 95)).toBeCloseTo(95.05, 10);
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([10, 20], 25)).toBe(12.5);
  });

  it("does not depend on the order of the samples, nor change them", () => {
    const samples = [5, 1, 4, 2, 3];
    expect(median(samples)).toBe(3);
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it.each([
    [[7], 7],
    [[1, 2], 1.5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])("median of %j is %d", (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it("is NaN without samples, and refuses a percentile outside 0..100", () => {
    expect(median([])).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("gives n, median, p95, min, max and mean", () => {
    const s = summarize([4, 1, 3, 2, 10]);
    expect(s).toEqual({ n: 5, median: 3, p95: percentile([1, 2, 3, 4, 10], 95), min: 1, max: 10, mean: 4 });
    expect(s.p95).toBeCloseTo(8.8, 10);
  });

  it("is all NaN for no samples", () => {
    expect(summarize([])).toMatchObject({ n: 0, median: NaN, p95: NaN });
  });
});

describe("ratios and rates", () => {
  it("divides by the baseline, NaN when there is no usable baseline", () => {
    expect(ratio(15, 5)).toBe(3);
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(1, Number.NaN)).toBeNaN();
    expect(ratio(Infinity, 1)).toBeNaN();
  });

  it("turns batch durations into per-operation figures, throughput and per-1000 deltas", () => {
    expect(perOperation([100, 50], 100)).toEqual([1, 0.5]);
    expect(() => perOperation([1], 0)).toThrow(RangeError);
    expect(throughput(50, 250)).toBe(200);
    expect(throughput(50, 0)).toBeNaN();
    expect(perThousand(2048, 200)).toBe(10_240);
    expect(perThousand(1, 0)).toBeNaN();
  });
});

describe("rows against the baseline", () => {
  const measured = (name: string, samples: number[]): Measured => ({ name, samples, summary: summarize(samples) });

  it("compares medians and p95s with the first subject, which is the baseline", () => {
    const rows = rowsAgainstBaseline("g", [measured("base", [1, 2, 3]), measured("x", [4, 6, 8])], new Map(), { x: "note" });
    expect(rows[0]).toMatchObject({ group: "g", name: "base", isBaseline: true, ratioMedian: 1, ratioP95: 1 });
    expect(rows[1]).toMatchObject({ name: "x", isBaseline: false, ratioMedian: 3, note: "note" });
    expect(rows[1]!.ratioP95).toBeCloseTo(rows[1]!.summary.p95 / rows[0]!.summary.p95, 10);
  });

  it("is empty without subjects", () => {
    expect(rowsAgainstBaseline("g", [], new Map())).toEqual([]);
  });
});

describe("interleaved sampling (order and counts only, never durations)", () => {
  it("rotates the subjects each iteration, prepares before each sample and drops the warm-up", async () => {
    const calls: string[] = [];
    const subject = (name: string, inner?: number) => ({
      name,
      inner,
      prepare: () => {
        calls.push(`prepare ${name}`);
        return () => calls.push(`run ${name}`);
      },
    });
    const measured = await timeInterleaved([subject("a"), subject("b", 10), subject("c")], { iterations: 2, warmup: 1 });
    expect(calls.filter((c) => c.startsWith("run")).join(",")).toBe(["a", "b", "c", "b", "c", "a", "c", "a", "b"].map((n) => `run ${n}`).join(","));
    expect(calls.slice(0, 2)).toEqual(["prepare a", "run a"]);
    expect(measured.map((m) => [m.name, m.samples.length])).toEqual([
      ["a", 2],
      ["b", 2],
      ["c", 2],
    ]);
  });
});

describe("formatting", () => {
  it.each([
    [0.0000005, "1 ns"],
    [0.0123, "12.3 µs"],
    [0.5, "500 µs"],
    [4.567, "4.57 ms"],
    [45.67, "45.7 ms"],
    [1234, "1.23 s"],
    [Number.NaN, "—"],
  ])("duration %d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it("formats ratios and signed byte deltas", () => {
    expect(formatRatio(1)).toBe("×1.00");
    expect(formatRatio(15.54)).toBe("×15.5");
    expect(formatRatio(534.2)).toBe("×534");
    expect(formatRatio(Number.NaN)).toBe("—");
    expect(formatBytes(0)).toBe("+0 B");
    expect(formatBytes(-1536)).toBe("-1.50 KiB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("+5.00 MiB");
  });

  it("renders an aligned Markdown table", () => {
    expect(renderTable(["case", "n"], [["long name", "1"], ["x", "100"]])).toBe(
      ["| case      | n   |", "|-----------|-----|", "| long name | 1   |", "| x         | 100 |"].join("\n"),
    );
  });
});

describe("command line and database name", () => {
  it("reads --quick, --only (both spellings) and --help", () => {
    expect(parseArgs([])).toEqual({ quick: false, only: [], help: false });
    expect(parseArgs(["--quick", "--only=orders, money", "--only", "reconcile"])).toEqual({ quick: true, only: ["orders", "money", "reconcile"], help: false });
    expect(parseArgs(["-h"]).help).toBe(true);
    expect(() => parseArgs(["--fast"])).toThrow(/unknown argument/);
  });

  it("names the benchmark's own database after DATABASE_URL's, and nothing else", () => {
    expect(benchDatabaseName("postgres://u:p@127.0.0.1:5432/caisse")).toBe("caisse_bench");
    expect(benchDatabaseName("postgres://u:p@127.0.0.1:5432/caisse_bench")).toBe("caisse_bench");
    expect(benchDatabaseName("postgres://u:p@127.0.0.1:5432")).toBe("caisse_bench");
    expect(() => benchDatabaseName('postgres://u:p@h/x"; drop database y; --')).toThrow(/unsupported/);
  });
});
