import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { PostalAddress } from "@/lib/shared/postal-address";

/*
 * How every e-mail greets the customer ("Bonjour …,"): the name of their account when the order
 * belongs to one, else the billing name, else the French formal greeting.
 */

const FALLBACK = "Madame, Monsieur";

/** The greeting name from what we know. Pure, unit-tested. */
export function customerDisplayName(accountName: string | null | undefined, billing: Pick<PostalAddress, "firstName" | "lastName">): string {
  const fromAccount = accountName?.trim();
  if (fromAccount) return fromAccount;
  return `${billing.firstName} ${billing.lastName}`.trim() || FALLBACK;
}

/** The greeting name of an order's customer (reads the account's name when the order has one). */
export async function customerNameFor(db: Executor, order: { userId: string | null; billingAddress: PostalAddress }): Promise<string> {
  let accountName: string | null = null;
  if (order.userId) {
    const [user] = await db.select({ name: users.name }).from(users).where(eq(users.id, order.userId));
    accountName = user?.name ?? null;
  }
  return customerDisplayName(accountName, order.billingAddress);
}
