import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The house's walls (docs/architecture.md). Dependencies point one way: app → components → lib;
 * inside lib, use-cases → domains (orders, payments, billing) and providers and mail → db →
 * shared. Each rule below is a list of offending imports that must stay empty; the test fails
 * with the offending file and import so the fix is obvious.
 *
 * Only real imports count (`import … from`, `export … from`, `import()`): a type-only import of
 * the database schema's enums is not a dependency on the database, and is allowed where said.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

type Import = { from: string; to: string; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const IMPORT = /\b(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every import of `file`, resolved to a repository path (without extension) when it is ours. */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? "";
    let to: string | null = null;
    if (spec.startsWith("@/")) to = spec.slice(2);
    else if (spec.startsWith("./") || spec.startsWith("../")) to = path.normalize(path.join(path.dirname(file), spec));
    if (to) out.push({ from: file, to, typeOnly: Boolean(m[2]) });
  }
  return out;
}

const ALL = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].filter((f) => !/\.test\.tsx?$/.test(f));
const IMPORTS = ALL.flatMap(importsOf);

const under = (p: string, dir: string) => p === dir || p.startsWith(`${dir}/`);
/** The top folder of lib/ a path belongs to ("orders" for lib/orders/ledger), or null. */
const libFolder = (p: string) => (p.startsWith("lib/") ? (p.split("/")[1] ?? null) : null);
const show = (list: Import[]) => list.map((i) => `${i.from} → ${i.to}`);

function offending(rule: (i: Import) => boolean): string[] {
  return show(IMPORTS.filter(rule));
}

/** Who may import the emulators: their HTTP surface, the delivery job, and nothing else (tests may). */
const SANDBOX_IMPORTERS = ["app/sandbox", "lib/jobs/sandbox-deliveries.ts"];

describe("import rules", () => {
  it("lib imports neither app nor components; components do not import app", () => {
    expect(offending((i) => under(i.from, "lib") && (under(i.to, "app") || under(i.to, "components")))).toEqual([]);
    expect(offending((i) => under(i.from, "components") && under(i.to, "app"))).toEqual([]);
  });

  it("domain folders (orders, payments, billing, bank) do not import use cases, mail or providers", () => {
    const domains = ["lib/orders", "lib/payments", "lib/billing", "lib/bank"];
    const forbidden = ["lib/use-cases", "lib/mail", "lib/providers", "lib/actions", "lib/jobs"];
    expect(offending((i) => domains.some((d) => under(i.from, d)) && forbidden.some((f) => under(i.to, f)))).toEqual([]);
  });

  it("billing rules are pure: they import only shared helpers", () => {
    expect(offending((i) => under(i.from, "lib/billing") && under(i.to, "lib") && !under(i.to, "lib/billing") && !under(i.to, "lib/shared"))).toEqual([]);
  });

  it("providers speak HTTP only: no database (but its enum types), no domain, no mail, no use case", () => {
    const forbidden = ["lib/orders", "lib/payments", "lib/billing", "lib/mail", "lib/use-cases", "lib/actions", "lib/auth"];
    expect(
      offending((i) => under(i.from, "lib/providers") && (forbidden.some((f) => under(i.to, f)) || (under(i.to, "lib/db") && !(i.typeOnly && i.to === "lib/db/schema")))),
    ).toEqual([]);
  });

  it("mail templates and the outbox know nothing of orders, payments or use cases", () => {
    const forbidden = ["lib/orders", "lib/payments", "lib/billing", "lib/use-cases", "lib/providers"];
    expect(offending((i) => under(i.from, "lib/mail") && forbidden.some((f) => under(i.to, f)))).toEqual([]);
  });

  it("shared helpers import nothing of the shop; the database layer only shared helpers", () => {
    expect(offending((i) => under(i.from, "lib/shared") && under(i.to, "lib") && !under(i.to, "lib/shared"))).toEqual([]);
    expect(offending((i) => under(i.from, "lib/db") && under(i.to, "lib") && !under(i.to, "lib/db") && !under(i.to, "lib/shared"))).toEqual([]);
  });

  it(`only ${SANDBOX_IMPORTERS.join(" and ")} reach the emulators`, () => {
    expect(offending((i) => under(i.to, "lib/sandbox") && !under(i.from, "lib/sandbox") && !SANDBOX_IMPORTERS.some((s) => under(i.from, s)))).toEqual([]);
  });

  it("the emulators stand in for other companies: they import only the database and the bearer check", () => {
    expect(
      offending((i) => under(i.from, "lib/sandbox") && under(i.to, "lib") && !under(i.to, "lib/sandbox") && !under(i.to, "lib/db") && i.to !== "lib/shared/bearer"),
    ).toEqual([]);
  });

  it("no two folders of lib import each other, directly or through others", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of IMPORTS) {
      const a = libFolder(i.from);
      const b = libFolder(i.to);
      if (!a || !b || a === b || a.endsWith(".ts") || b.endsWith(".ts")) continue;
      if (!edges.has(a)) edges.set(a, new Set());
      edges.get(a)!.add(b);
    }
    const cycles: string[] = [];
    const reach = (start: string, target: string, seen = new Set<string>()): string[] | null => {
      for (const next of edges.get(start) ?? []) {
        if (next === target) return [start, next];
        if (seen.has(next)) continue;
        seen.add(next);
        const via = reach(next, target, seen);
        if (via) return [start, ...via];
      }
      return null;
    };
    for (const folder of edges.keys()) {
      const loop = reach(folder, folder);
      if (loop) cycles.push(loop.join(" → "));
    }
    expect(cycles).toEqual([]);
  });
  it("every server action outside the emulators goes through the one wrapper (lib/actions/safe-action)", () => {
    const bare = ALL.filter((f) => !under(f, "app/sandbox"))
      .filter((f) => /^\s*["']use server["'];?/m.test(readFileSync(path.join(ROOT, f), "utf8").split("\n").slice(0, 3).join("\n")))
      .filter((f) => !importsOf(f).some((i) => i.to === "lib/actions/safe-action"));
    expect(bare).toEqual([]);
  });
});
