import { ProductCard } from "@/components/shop/product-card";
import { listActiveProducts } from "@/lib/catalog/products";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";

export const dynamic = "force-dynamic";

export default async function CataloguePage() {
  const [products, user] = await Promise.all([listActiveProducts(await getDb()), getCurrentUser()]);
  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Nos cosmétiques</h1>
        <p className="mt-1 text-stone-600">
          Fabriqués en France, livrés chez vous. Livraison offerte dès {formatEur(env.shipping.freeFromCents)} d&apos;achat.
        </p>
      </div>
      {products.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-6 text-stone-600">Le catalogue est vide pour le moment. Revenez bientôt !</p>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
          {products.map((p) => (
            <ProductCard key={p.id} product={p} showNet={user?.role === "pro"} />
          ))}
        </ul>
      )}
    </main>
  );
}
