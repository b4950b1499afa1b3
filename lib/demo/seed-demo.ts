import "server-only";
import { eq } from "drizzle-orm";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { invoices, orders, products, proAccounts, users } from "@/lib/db/schema";
import { checkProApplication } from "@/lib/billing/pro-application";
import { atTime } from "@/lib/shared/clock";
import { recordInvoicePayment } from "@/lib/use-cases/invoice-payments";
import { applyForProAccount, approveProAccount } from "@/lib/use-cases/pro-accounts";
import { buyerContext } from "@/lib/use-cases/pro-buyer";
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

  // The professional's account, applied for and approved through the same use cases as a real one.
  const [account] = await db.select({ id: proAccounts.id }).from(proAccounts).where(eq(proAccounts.userId, pro.id));
  let accountId = account?.id;
  if (!accountId) {
    const application = checkProApplication(DEMO_PRO_APPLICATION);
    if (!application.ok) throw new Error(`Compte pro de démonstration invalide : ${JSON.stringify(application.errors)}`);
    const applied = await applyForProAccount(db, pro.id, application.application);
    if (!applied.ok) throw new Error(applied.message);
    accountId = applied.accountId;
    await approveProAccount(db, admin, accountId, { terms: { kind: "net", days: 30 }, creditLimitCents: 500_000, chequeInstalmentsAllowed: true });
  }

  // Its history, "as it happened": the first order paid upfront 75 days ago, an order at 30 days
  // placed 60 days ago and still unpaid (overdue), one placed 20 days ago and partly paid.
  const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000);
  const first = await atTime(daysAgo(75), () => placeDemoOrder(db, pro.id, "transfer", [["savon-lavande", 12], ["creme-mains-karite", 6]]));
  const paid = await atTime(daysAgo(73), () =>
    recordTransfer(db, { id: admin.id, role: admin.role }, { orderId: first.orderId, amountCents: first.totalCents, receivedOn: todayInParis(daysAgo(73)), bankReference: "DEMO-VIR-0001" }),
  );
  if (!paid.ok) throw new Error(`Paiement de démonstration impossible : ${paid.message}`);
  await atTime(daysAgo(60), () => placeDemoOrder(db, pro.id, "net30", [["savon-lavande", 20]]));
  const recent = await atTime(daysAgo(20), () => placeDemoOrder(db, pro.id, "net30", [["creme-mains-karite", 10], ["huile-seche-argan", 4]]));
  const [recentInvoice] = await db.select().from(invoices).where(eq(invoices.orderId, recent.orderId));
  if (recentInvoice) {
    const partly = await recordInvoicePayment(db, admin, {
      accountId,
      method: "transfer",
      amountCents: 5000,
      reference: "DEMO-VIR-0002",
      receivedOn: todayInParis(daysAgo(5)),
      allocations: [{ invoiceId: recentInvoice.id, amountCents: 5000 }],
    });
    if (!partly.ok) throw new Error(`Règlement de démonstration impossible : ${partly.message}`);
  }
  return { ...seeded, orders: 3 };
}

const DEMO_PRO_APPLICATION = {
  companyName: "Institut Beauté Paul",
  country: "FR",
  siret: "55210055400013",
  vatNumber: "FR96552100554",
  registrationNumber: "",
  contactName: "Paul Pro",
  contactEmail: DEMO_ACCOUNTS.pro,
  phone: "+33611223344",
  line1: "8 cours Mirabeau",
  line2: "",
  postalCode: "13100",
  city: "Aix-en-Provence",
};

async function placeDemoOrder(db: Db, userId: string, paymentMethod: "transfer" | "net30", lines: readonly (readonly [string, number])[]) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  const cart = await createCart(db, userId);
  for (const [slug, quantity] of lines) {
    const [product] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug));
    if (product) await addToCart(db, { token: cart.token, productId: product.id, quantity, userId });
  }
  const buyer = await buyerContext(db, userId);
  const priced = await loadPricedCart(db, cart.id, buyer.treatment);
  const address = { firstName: "Paul", lastName: "Pro", company: "Institut Beauté Paul", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence", country: "FR" };
  const placed = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: user!.email,
    phone: "+33611223344",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod,
    user: { id: user!.id, role: user!.role, proStatus: user!.proStatus, net30Allowed: user!.net30Allowed },
  });
  if (!placed.ok) throw new Error(`Commande de démonstration impossible : ${placed.message}`);
  return placed.order;
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
