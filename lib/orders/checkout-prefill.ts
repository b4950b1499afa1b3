import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { orders, users } from "@/lib/db/schema";
import type { PostalAddress } from "@/lib/shared/postal-address";
import { formatPhoneForDisplay } from "@/lib/shared/phone";
import type { CheckoutValues } from "./checkout-form";

function addressValues(prefix: "billing" | "shipping", a: PostalAddress): CheckoutValues {
  return {
    [`${prefix}FirstName`]: a.firstName,
    [`${prefix}LastName`]: a.lastName,
    [`${prefix}Company`]: a.company ?? "",
    [`${prefix}Line1`]: a.line1,
    [`${prefix}Line2`]: a.line2 ?? "",
    [`${prefix}PostalCode`]: a.postalCode,
    [`${prefix}City`]: a.city,
    [`${prefix}Country`]: a.country,
  };
}

/**
 * Initial values of the checkout form: a signed-in customer's last order (addresses, phone), else
 * their profile (e-mail, name). Guests start from an empty form with France selected.
 */
export async function checkoutPrefill(db: Executor, userId: string | null): Promise<CheckoutValues> {
  const base: CheckoutValues = { billingCountry: "FR", shippingCountry: "FR", sameAsBilling: "on" };
  if (!userId) return base;
  const [last] = await db
    .select({ email: orders.email, phone: orders.phone, billing: orders.billingAddress, shipping: orders.shippingAddress })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt))
    .limit(1);
  const [user] = await db.select({ email: users.email, name: users.name, company: users.companyName }).from(users).where(eq(users.id, userId));
  if (last) {
    const same = JSON.stringify(last.billing) === JSON.stringify(last.shipping);
    return {
      ...base,
      ...addressValues("billing", last.billing),
      ...(same ? {} : addressValues("shipping", last.shipping)),
      sameAsBilling: same ? "on" : "",
      email: user?.email ?? last.email,
      phone: formatPhoneForDisplay(last.phone),
    };
  }
  if (!user) return base;
  const [firstName, ...rest] = user.name.trim().split(/\s+/);
  return { ...base, email: user.email, billingFirstName: firstName ?? "", billingLastName: rest.join(" "), billingCompany: user.company ?? "" };
}
