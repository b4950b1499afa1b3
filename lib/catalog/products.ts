import "server-only";
import { and, asc, eq } from "drizzle-orm";
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
