import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { orderEvents, orders, payments, products, users } from "@/lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_PRODUCTS } from "@/lib/demo/demo-data";
import { resetDatabase } from "@/tests/support/db";
import { seedDemoShop } from "./seed-demo";

describe("demo shop", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("creates the catalogue, the accounts and the professional's paid order, once", async () => {
    const db = await resetDatabase();
    expect(await seedDemoShop(db)).toEqual({ products: DEMO_PRODUCTS.length, users: 3, orders: 1 });
    expect(await seedDemoShop(db)).toEqual({ products: 0, users: 0, orders: 0 });

    expect(await db.select().from(products)).toHaveLength(DEMO_PRODUCTS.length);
    const [pro] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.pro));
    expect(pro).toMatchObject({ role: "pro", proStatus: "approved", net30Allowed: true });
    const proOrders = await db.select().from(orders).where(eq(orders.userId, pro!.id));
    expect(proOrders).toHaveLength(1);
    const order = proOrders[0]!;
    // 12 × 6,50 € + 6 × 12,90 € = 155,40 €, free shipping.
    expect(order).toMatchObject({ status: "paid", totalCents: 15540, shippingCents: 0, paidCents: 15540 });
    const paid = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(paid.filter((p) => p.status === "paid").map((p) => p.amountCents)).toEqual([15540]);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events.map((e) => e.toStatus)).toContain("paid");
  });
});
