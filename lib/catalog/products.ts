import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { products } from "@/lib/db/schema";

export type CatalogProduct = {
  id: string;
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  vatRateBp: number;
  stock: number;
  imagePath: string | null;
};

const columns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  description: products.description,
  priceCents: products.priceCents,
  vatRateBp: products.vatRateBp,
  stock: products.stock,
  imagePath: products.imagePath,
};

/** Products on sale, in a stable order (by name). */
export async function listActiveProducts(db: Executor): Promise<CatalogProduct[]> {
  return db.select(columns).from(products).where(eq(products.active, true)).orderBy(asc(products.name));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A product on sale by its slug, or null (unknown, malformed or withdrawn). */
export async function findActiveProductBySlug(db: Executor, slug: string): Promise<CatalogProduct | null> {
  if (!SLUG.test(slug) || slug.length > 120) return null;
  const [row] = await db
    .select(columns)
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.active, true)));
  return row ?? null;
}

/** "Plus que 3 en stock", "En stock", "Épuisé". */
export function stockLabel(stock: number): string {
  if (stock <= 0) return "Épuisé";
  if (stock <= 5) return `Plus que ${stock} en stock`;
  return "En stock";
}

/**
 * Locks these products (FOR UPDATE) in ascending id order, inside the caller's transaction. Every
 * path that locks several products goes through here, so they all take the locks in the same
 * order: two transactions taking the same products in different orders (two carts filled in
 * opposite order, a checkout and a cancellation) would each hold one row and wait for the other,
 * and PostgreSQL would abort one of them as a deadlock (40P01). PostgreSQL locks the rows of
 * `ORDER BY … FOR UPDATE` in the sorted order. Unknown ids are skipped.
 */
export async function lockProductsById(tx: Executor, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await tx.select({ id: products.id }).from(products).where(inArray(products.id, unique)).orderBy(asc(products.id)).for("update");
}
