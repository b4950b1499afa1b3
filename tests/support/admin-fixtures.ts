import { hashToken, newOrderReference, newToken } from "@/lib/shared/tokens";
import type { Db } from "@/lib/db/client";
import { orders, users, type OrderStatus, type UserRole } from "@/lib/db/schema";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

/** A user with a throwaway (not argon2) hash: for tests that never sign in. */
export async function insertUser(db: Db, role: UserRole, email = `${role}-${newToken(6)}@example.fr`, name = role === "admin" ? "Alice Admin" : "Claire Cliente") {
  const [user] = await db.insert(users).values({ email, name, role, passwordHash: "x" }).returning();
  return user!;
}

/** An order of `totalCents` (no lines: these tests are about money received, not the basket). */
export async function insertOrder(db: Db, input: { status?: OrderStatus; totalCents?: number; userId?: string | null; email?: string } = {}) {
  const totalCents = input.totalCents ?? 5000;
  const [order] = await db
    .insert(orders)
    .values({
      reference: newOrderReference(),
      userId: input.userId ?? null,
      email: input.email ?? "jeanne@example.fr",
      phone: "+33612345678",
      billingAddress: address,
      shippingAddress: address,
      status: input.status ?? "awaiting_transfer",
      paymentMethod: input.status === "awaiting_cheque" ? "cheque" : "transfer",
      itemsCents: totalCents,
      shippingCents: 0,
      totalCents,
      vatCents: Math.round(totalCents / 6),
      accessTokenHash: hashToken(newToken()),
    })
    .returning();
  return order!;
}
