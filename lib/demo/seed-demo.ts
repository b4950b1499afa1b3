import "server-only";
import { eq } from "drizzle-orm";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { orders, products, users } from "@/lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "@/lib/demo/demo-data";
import { createOrder } from "@/lib/use-cases/place-order";
import { todayInParis } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";

/**
 * The demo shop of DESIGN.md: catalogue, the three accounts, and the professional's one paid order
 * — placed and paid through the same code a real customer and admin use, so its history is real.
 * Idempotent.
 */
export async function seedDemoShop(db: Db): Promise<{ products: number; users: number; orders: number }> {
  const seeded = await seedDemoData(db);
  const [pro] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.pro));
  const [admin] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.admin));
  if (!pro || !admin) return { ...seeded, orders: 0 };
  const [existing] = await db.select({ id: orders.id }).from(orders).where(eq(orders.userId, pro.id)).limit(1);
  if (existing) return { ...seeded, orders: 0 };

  const cart = await createCart(db, pro.id);
  for (const [slug, quantity] of [["savon-lavande", 12], ["creme-mains-karite", 6]] as const) {
    const [product] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug));
    if (product) await addToCart(db, { token: cart.token, productId: product.id, quantity, userId: pro.id });
  }
  const priced = await loadPricedCart(db, cart.id);
  const address = { firstName: "Paul", lastName: "Pro", company: pro.companyName ?? undefined, line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence", country: "FR" };
  const placed = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: pro.email,
    phone: "+33611223344",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: "transfer",
    user: { id: pro.id, role: pro.role, proStatus: pro.proStatus, net30Allowed: pro.net30Allowed },
  });
  if (!placed.ok) throw new Error(`Commande de démonstration impossible : ${placed.message}`);
  const paid = await recordTransfer(db, { id: admin.id, role: admin.role }, {
    orderId: placed.order.orderId,
    amountCents: placed.order.totalCents,
    receivedOn: todayInParis(),
    bankReference: "DEMO-VIR-0001",
  });
  if (!paid.ok) throw new Error(`Paiement de démonstration impossible : ${paid.message}`);
  return { ...seeded, orders: 1 };
}

export type DemoSeedOutcome = { seeded: { products: number; users: number; orders: number } | null; lines: string[] };

/**
 * `npm run db:seed`: the demo shop only where the configuration allows it (env.demoData, see
 * demoDataDecision in lib/shared/env.ts), and in every case what was done and why, in lines for
 * stdout: a person must be able to tell that no admin with a public password went into their
 * database, or exactly why one did. The database is opened (and migrated) only once allowed.
 */
export async function seedDemoShopIfAllowed(openDb: () => Promise<Db>, decision = { enabled: env.demoData, reason: env.demoDataReason }): Promise<DemoSeedOutcome> {
  if (!decision.enabled) {
    return {
      seeded: null,
      lines: [
        `Données de démonstration NON créées : ${decision.reason}.`,
        "Pour une boutique de démonstration ou de recette, définissez DEMO_DATA=true. Jamais sur une vraie boutique : le mot de passe des comptes de démonstration est public.",
      ],
    };
  }
  const seeded = await seedDemoShop(await openDb());
  return {
    seeded,
    lines: [
      `Données de démonstration créées, car ${decision.reason} : ${seeded.products} produit(s), ${seeded.users} compte(s) et ${seeded.orders} commande(s) (les existants sont conservés).`,
      `Comptes : ${Object.values(DEMO_ACCOUNTS).join(", ")} — mot de passe ${DEMO_PASSWORD} (public : jamais sur une vraie boutique).`,
    ],
  };
}
