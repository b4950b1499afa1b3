import { beforeEach, describe, expect, it } from "vitest";
import { checkoutPrefill } from "@/lib/orders/checkout-prefill";
import { hashToken, newToken } from "@/lib/shared/tokens";
import type { Db } from "@/lib/db/client";
import { orders, users } from "@/lib/db/schema";
import { resetDatabase } from "@/tests/support/db";

let db: Db;
let userId: string;

beforeEach(async () => {
  db = await resetDatabase();
  const [u] = await db.insert(users).values({ email: "claire@example.fr", passwordHash: "x", name: "Claire Cliente Dupont", companyName: "Atelier C" }).returning();
  userId = u!.id;
});

describe("checkoutPrefill", () => {
  it("starts guests from an empty form in France, same address", async () => {
    expect(await checkoutPrefill(db, null)).toEqual({ billingCountry: "FR", shippingCountry: "FR", sameAsBilling: "on" });
  });

  it("uses the profile of a customer without orders", async () => {
    expect(await checkoutPrefill(db, userId)).toMatchObject({ email: "claire@example.fr", billingFirstName: "Claire", billingLastName: "Cliente Dupont", billingCompany: "Atelier C" });
  });

  it("uses the last order of a returning customer", async () => {
    const billing = { firstName: "Claire", lastName: "Dupont", line1: "5 quai Est", postalCode: "69002", city: "Lyon", country: "FR" };
    const shipping = { ...billing, line1: "8 rue Ouest", line2: "Bât. B" };
    await db.insert(orders).values({
      reference: "CA-AAAAAAAA",
      userId,
      email: "claire@example.fr",
      phone: "+33612345678",
      billingAddress: billing,
      shippingAddress: shipping,
      status: "awaiting_cheque",
      paymentMethod: "cheque",
      itemsCents: 1000,
      shippingCents: 0,
      totalCents: 1000,
      vatCents: 167,
      accessTokenHash: hashToken(newToken()),
    });
    expect(await checkoutPrefill(db, userId)).toMatchObject({
      email: "claire@example.fr",
      phone: "06 12 34 56 78",
      billingLine1: "5 quai Est",
      sameAsBilling: "",
      shippingLine1: "8 rue Ouest",
      shippingLine2: "Bât. B",
    });
  });
});
