import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Dependencies point one way (DESIGN.md, "Layout"): app → components → lib. A component that
 * imports from app/ (a server action, a page) ties a reusable piece to one route: the page passes
 * its action down as a prop instead, as every admin form does.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Known exceptions, not to grow: shop and checkout client components that still bind their
 * route's server action themselves (to be passed down by their pages like the admin forms).
 */
const KNOWN: ReadonlySet<string> = new Set([
  "components/checkout/checkout-form.tsx",
  "components/checkout/paypal-buttons.tsx",
  "components/shop/add-to-cart-form.tsx",
  "components/shop/cart-line-quantity.tsx",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2] ?? "");
}

describe("layers: app → components → lib", () => {
  it.each([
    ["components", "@/app/"],
    ["lib", "@/app/"],
  ] as const)("nothing in %s/ imports from %s", (dir, forbidden) => {
    const offending = sourceFiles(dir)
      .filter((file) => !KNOWN.has(file))
      .flatMap((file) => importsOf(file).filter((spec) => spec.startsWith(forbidden)).map((spec) => `${file} → ${spec}`));
    expect(offending).toEqual([]);
  });
});
