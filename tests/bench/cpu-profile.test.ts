import { describe, expect, it } from "vitest";
import { packageOf, summarizeCpuProfile, type CpuProfile } from "@/bench/http/cpu-profile";

// The HTTP benchmark's profile summary: which package a frame belongs to, and self time per
// package and function inside a window. No timing of anything is asserted.

describe("packageOf", () => {
  it.each([
    ["file:///app/node_modules/postgres/src/connection.js", "postgres"],
    ["file:///app/node_modules/@electric-sql/pglite/dist/index.js", "@electric-sql/pglite"],
    ["file:///app/node_modules/next/dist/compiled/next-server/app-route.runtime.prod.js", "next"],
    ["file:///app/node_modules/.pnpm/zod@4/node_modules/zod/index.js", "zod"],
    ["node:internal/streams/readable", "node"],
    ["file:///app/.next-bench/server/chunks/node_modules_drizzle-orm_0a1b2c3d._.js", "app bundle: drizzle-orm"],
    ["file:///app/.next-bench/server/chunks/[root-of-the-server]__12ab34cd._.js", "app bundle: our code and inlined packages"],
  ])("%s → %s", (url, expected) => {
    expect(packageOf(url)).toBe(expected);
  });

  it("keeps V8's pseudo-frames by name", () => {
    expect(packageOf("", "(garbage collector)")).toBe("(garbage collector)");
    expect(packageOf("", "parseInt")).toBe("(V8 / native)");
  });
});

describe("summarizeCpuProfile", () => {
  // Three frames; samples every 10 ms (10 000 µs): a sample lasts until the next one.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: { functionName: "query", url: "file:///x/node_modules/postgres/src/q.js", lineNumber: 9, columnNumber: 0 } },
      { id: 2, callFrame: { functionName: "parse", url: "file:///x/node_modules/zod/index.js", lineNumber: 0, columnNumber: 0 } },
      { id: 3, callFrame: { functionName: "(garbage collector)", url: "", lineNumber: -1, columnNumber: -1 } },
    ],
    startTime: 1_000_000,
    endTime: 1_060_000,
    samples: [1, 1, 2, 3, 1, 2],
    timeDeltas: [0, 10_000, 10_000, 10_000, 10_000, 10_000],
  };

  it("adds self time per package and per function, largest first", () => {
    const s = summarizeCpuProfile(profile);
    // The last sample has no successor: it counts for nothing.
    expect(s.totalMs).toBe(50);
    expect(s.byPackage.map((p) => [p.name, p.selfMs])).toEqual([
      ["postgres", 30],
      ["zod", 10],
      ["(garbage collector)", 10],
    ]);
    expect(s.byFunction[0]).toEqual({ name: "query — postgres:10", selfMs: 30, share: 0.6 });
  });

  it("counts only the samples inside the window", () => {
    // Samples at 1 020 000 (zod) and 1 030 000 (gc).
    const s = summarizeCpuProfile(profile, { fromUs: 1_015_000, toUs: 1_035_000 });
    expect(s.byPackage.map((p) => p.name)).toEqual(["zod", "(garbage collector)"]);
    expect(s.totalMs).toBe(20);
  });
});
