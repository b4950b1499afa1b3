import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { orderEvents, orders } from "@/lib/db/schema";
import { newOrderReference, newToken, hashToken } from "@/lib/shared/tokens";
import { resetDatabase } from "@/tests/support/db";
import { TransitionRefusedError, transitionOrder } from "./events";

const address = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };

async function insertOrder(status: "pending_payment" | "paid") {
  const db = await resetDatabase();
  const [order] = await db
    .insert(orders)
    .values({
      reference: newOrderReference(),
      email: "jeanne@example.fr",
      phone: "+33612345678",
      billingAddress: address,
      shippingAddress: address,
      status,
      paymentMethod: "card",
      itemsCents: 1000,
      shippingCents: 590,
      totalCents: 1590,
      vatCents: 265,
      accessTokenHash: hashToken(newToken()),
    })
    .returning();
  return { db, order: order! };
}

describe("transitionOrder", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("moves through the table and records the event", async () => {
    const { db, order } = await insertOrder("pending_payment");
    const moved = await db.transaction((tx) => transitionOrder(tx, { orderId: order.id, to: "paid", actor: { type: "provider", id: "payplug" }, reason: "test" }));
    expect(moved).toBe(true);
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after?.status).toBe("paid");
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: "pending_payment", toStatus: "paid", actorType: "provider", actorId: "payplug" });
  });

  it("treats a move to the current status as a replay", async () => {
    const { db, order } = await insertOrder("paid");
    const moved = await db.transaction((tx) => transitionOrder(tx, { orderId: order.id, to: "paid", actor: { type: "system" } }));
    expect(moved).toBe(false);
    expect(await db.select().from(orderEvents)).toHaveLength(0);
  });

  it("refuses a move outside the table and rolls the caller back", async () => {
    const { db, order } = await insertOrder("paid");
    await expect(
      db.transaction(async (tx) => {
        await tx.update(orders).set({ flag: "should be rolled back" }).where(eq(orders.id, order.id));
        await transitionOrder(tx, { orderId: order.id, to: "payment_failed", actor: { type: "system" } });
      }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after).toMatchObject({ status: "paid", flag: null });
  });
});
