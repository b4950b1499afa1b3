import { and, eq } from "drizzle-orm";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import type { Db } from "@/lib/db/client";
import { invoices, products, users, type UserRole } from "@/lib/db/schema";
import { checkProApplication } from "@/lib/billing/pro-application";
import { todayInParis } from "@/lib/shared/dates";
import { newToken } from "@/lib/shared/tokens";
import { createOrder } from "@/lib/use-cases/place-order";
import { applyForProAccount, approveProAccount, type Admin } from "@/lib/use-cases/pro-accounts";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { buyerContext } from "@/lib/use-cases/pro-buyer";
import { insertUser } from "./admin-fixtures";

/*
 * Professional accounts and their orders the way the shop makes them: an application checked by
 * the real rules, an admin's approval, real checkouts (carts, prices and VAT from the database),
 * a first order paid by transfer, then net-30 orders with their invoices.
 */

export const PRO_FIELDS = {
  companyName: "Institut Beauté Paul",
  country: "FR",
  siret: "55210055400013",
  vatNumber: "FR96552100554",
  registrationNumber: "",
  contactName: "Paul Martin",
  contactEmail: "compta@institut.fr",
  phone: "04 72 00 00 00",
  line1: "8 cours Mirabeau",
  line2: "",
  postalCode: "13100",
  city: "Aix-en-Provence",
};

const address = { firstName: "Paul", lastName: "Martin", company: "Institut Beauté Paul", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence", country: "FR" };
export const NET30_TERMS = { terms: { kind: "net" as const, days: 30 }, creditLimitCents: 500_000, chequeInstalmentsAllowed: false };

/** A customer who applied for a professional account (pending). */
export async function proApplicant(db: Db, over: Partial<typeof PRO_FIELDS> = {}) {
  const user = await insertUser(db, "customer", `pro-${newToken(6)}@example.fr`, "Paul Martin");
  const check = checkProApplication({ ...PRO_FIELDS, ...over });
  if (!check.ok) throw new Error(JSON.stringify(check.errors));
  const applied = await applyForProAccount(db, user.id, check.application);
  if (!applied.ok) throw new Error(applied.message);
  return { user, accountId: applied.accountId };
}

export async function approvedPro(db: Db, admin: Admin, over: Partial<typeof PRO_FIELDS> = {}) {
  const pro = await proApplicant(db, over);
  const approved = await approveProAccount(db, admin, pro.accountId, NET30_TERMS);
  if (!approved.ok) throw new Error(approved.message);
  return pro;
}

async function sessionUser(db: Db, userId: string) {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  return { id: u!.id, role: u!.role, proStatus: u!.proStatus, net30Allowed: u!.net30Allowed };
}

export type BasketLine = { priceCents: number; vatRateBp: number; quantity: number };

/** A real checkout of these products (created for it), paid with `method`. */
export async function placeProOrder(db: Db, userId: string, method: string, basket?: readonly BasketLine[], options: { instalments?: number } = {}) {
  const placed = await tryProOrder(db, userId, method, basket, options);
  if (!placed.ok) throw new Error(placed.message);
  return placed.order;
}

/** The same checkout, its refusal returned rather than thrown (tampered requests). */
export async function tryProOrder(db: Db, userId: string, method: string, basket: readonly BasketLine[] = [{ priceCents: 2400, vatRateBp: 2000, quantity: 1 }], options: { instalments?: number } = {}) {
  const cart = await createCart(db);
  for (const line of basket) {
    const [product] = await db
      .insert(products)
      .values({ slug: `produit-${newToken(6).toLowerCase()}`, name: `Produit à ${line.vatRateBp / 100} %`, description: "…", priceCents: line.priceCents, stock: 100, vatRateBp: line.vatRateBp })
      .returning();
    await addToCart(db, { token: cart.token, productId: product!.id, quantity: line.quantity });
  }
  const buyer = await buyerContext(db, userId);
  const priced = await loadPricedCart(db, cart.id, buyer.treatment);
  const placed = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "compta@institut.fr",
    phone: "+33472000000",
    billingAddress: address,
    shippingAddress: address,
    paymentMethod: method,
    ...(options.instalments !== undefined ? { instalments: options.instalments } : {}),
    user: await sessionUser(db, userId),
  });
  return placed;
}

/** The first order, paid upfront by transfer: it opens net-30 and gets an « Acquittée » invoice. */
export async function paidFirstOrder(db: Db, admin: Admin & { role: UserRole }, userId: string, basket?: readonly BasketLine[]) {
  const placed = await placeProOrder(db, userId, "transfer", basket);
  const paid = await recordTransfer(db, admin, { orderId: placed.orderId, amountCents: placed.totalCents, bankReference: `VIR-${placed.reference}`, receivedOn: todayInParis() });
  if (!paid.ok) throw new Error(paid.message);
  return placed;
}

export async function invoiceOfOrder(db: Db, orderId: string) {
  const [row] = await db.select().from(invoices).where(and(eq(invoices.orderId, orderId), eq(invoices.kind, "invoice")));
  return row!;
}
