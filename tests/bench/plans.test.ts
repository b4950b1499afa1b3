import { describe, expect, it } from "vitest";
import { parseOrdersCount, scaleDatabaseUrl } from "@/bench/scale/database";
import { describePlan, planNodes, scanVerdict } from "@/bench/scale/plans";

/* The scale benchmark's pure helpers: reading EXPLAIN (FORMAT JSON), sizes, database names. No timing. */

const plan = (root: object) => JSON.stringify([{ Plan: root }]);

describe("planNodes, describePlan, scanVerdict", () => {
  const indexScan = plan({
    "Node Type": "Limit",
    Plans: [
      {
        "Node Type": "Nested Loop",
        Plans: [
          { "Node Type": "Index Scan", "Relation Name": "orders", "Index Name": "orders_created_idx" },
          { "Node Type": "Index Scan", "Relation Name": "users", "Index Name": "users_pkey" },
        ],
      },
    ],
  });

  it("flattens the plan outermost first, from a string or parsed JSON", () => {
    expect(planNodes(indexScan).map((n) => n.type)).toEqual(["Limit", "Nested Loop", "Index Scan", "Index Scan"]);
    expect(planNodes(JSON.parse(indexScan))).toEqual(planNodes(indexScan));
    expect(describePlan(planNodes(indexScan))).toBe("Limit > Nested Loop > Index Scan orders_created_idx > Index Scan users_pkey");
  });

  it("accepts an index read of orders (a bitmap index scan names only its index) and refuses a sequential scan", () => {
    expect(scanVerdict(planNodes(indexScan), "orders")).toEqual({ ok: true, why: "index" });
    const bitmap = plan({ "Node Type": "Bitmap Heap Scan", "Relation Name": "orders", Plans: [{ "Node Type": "Bitmap Index Scan", "Index Name": "orders_search_trgm_idx" }] });
    expect(scanVerdict(planNodes(bitmap), "orders").ok).toBe(true);
    const seq = plan({ "Node Type": "Limit", Plans: [{ "Node Type": "Seq Scan", "Relation Name": "orders" }] });
    expect(scanVerdict(planNodes(seq), "orders")).toEqual({ ok: false, why: "Seq Scan on orders" });
    const otherIndex = plan({ "Node Type": "Hash Join", Plans: [{ "Node Type": "Seq Scan", "Relation Name": "order_lines" }, { "Node Type": "Index Scan", "Relation Name": "users", "Index Name": "users_pkey" }] });
    expect(scanVerdict(planNodes(otherIndex), "orders")).toEqual({ ok: false, why: "no index read on orders" });
  });
});

describe("sizes and database names", () => {
  it.each([
    ["10000", 10_000],
    ["100_000", 100_000],
    ["100k", 100_000],
    ["1M", 1_000_000],
  ])("%s orders is %i", (text, n) => expect(parseOrdersCount(text)).toBe(n));

  it.each(["", "ten", "1.5m", "-3"])("refuses « %s »", (text) => expect(() => parseOrdersCount(text)).toThrow(/not a number of orders/));

  it("puts each size in its own database next to the one named", () => {
    expect(scaleDatabaseUrl("postgres://postgres@127.0.0.1:5432/caisse_bench", 1_000_000)).toBe("postgres://postgres@127.0.0.1:5432/caisse_bench_1000000");
    expect(() => scaleDatabaseUrl("postgres://h/bad-name", 10)).toThrow(/unsupported database name/);
  });
});
