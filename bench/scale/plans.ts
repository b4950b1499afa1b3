/*
 * Reading an EXPLAIN (FORMAT JSON): the plan's nodes, flattened, and whether it reads the orders
 * table through an index only. Pure (the caller runs the EXPLAIN); unit-tested in
 * tests/bench/plans.test.ts.
 */

export type PlanNode = { type: string; relation?: string; index?: string };

type RawNode = { "Node Type"?: unknown; "Relation Name"?: unknown; "Index Name"?: unknown; Plans?: unknown };

/** The JSON an EXPLAIN (FORMAT JSON) returns, as postgres.js or PGlite hand it over (a string or parsed). */
export function planNodes(explain: unknown): PlanNode[] {
  const json: unknown = typeof explain === "string" ? JSON.parse(explain) : explain;
  const top = Array.isArray(json) ? (json[0] as { Plan?: RawNode } | undefined)?.Plan : undefined;
  const out: PlanNode[] = [];
  const walk = (node: RawNode | undefined) => {
    if (!node || typeof node !== "object") return;
    const n: PlanNode = { type: typeof node["Node Type"] === "string" ? node["Node Type"] : "?" };
    if (typeof node["Relation Name"] === "string") n.relation = node["Relation Name"];
    if (typeof node["Index Name"] === "string") n.index = node["Index Name"];
    out.push(n);
    if (Array.isArray(node.Plans)) for (const child of node.Plans as RawNode[]) walk(child);
  };
  walk(top);
  return out;
}

/** « Limit > Index Scan orders_created_idx » — one line per plan, in the order the plan nests. */
export function describePlan(nodes: readonly PlanNode[]): string {
  return nodes.map((n) => (n.index ? `${n.type} ${n.index}` : n.relation ? `${n.type} on ${n.relation}` : n.type)).join(" > ");
}

/** A sequential scan of that table, or no index read at all on it: what a list page must never do. */
export function scanVerdict(nodes: readonly PlanNode[], table: string): { ok: boolean; why: string } {
  if (nodes.some((n) => n.type === "Seq Scan" && n.relation === table)) return { ok: false, why: `Seq Scan on ${table}` };
  const indexed = nodes.some((n) => /Index/.test(n.type) && (n.relation === table || (n.index?.startsWith(`${table}_`) ?? false)));
  return indexed ? { ok: true, why: "index" } : { ok: false, why: `no index read on ${table}` };
}
