import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orderEvents, orders, withdrawalRequests } from "@/lib/db/schema";
import { WITHDRAWAL_MESSAGES } from "@/lib/orders/withdrawal";
import { loadWithdrawal, requestWithdrawal } from "@/lib/use-cases/request-withdrawal";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";

/*
 * « Me rétracter » (issue 10): recorded once with the money to give back and the refund's
 * deadline, acknowledged by e-mail in the same transaction; never for a professional.
 */

beforeEach(async () => {
  await resetDatabase();
});

const customer = { type: "customer" as const, id: null };

async function paidOrder(userId: string | null = null) {
  const order = await insertOrder(await getDb(), { status: "paid", totalCents: 4580, userId });
  await (await getDb()).update(orders).set({ paidCents: 4580 }).where(eq(orders.id, order.id));
  return order;
}

describe("requesting a withdrawal", () => {
  it("records the request, the amount and the deadline, writes the event and sends the acknowledgement", async () => {
    const order = await paidOrder();
    const now = new Date();
    const result = await requestWithdrawal({ orderId: order.id, actor: customer, now });
    expect(result).toMatchObject({ ok: true });
    const db = await getDb();
    const [row] = await db.select().from(withdrawalRequests).where(eq(withdrawalRequests.orderId, order.id));
    expect(row).toMatchObject({ amountCents: 4580, requestedByType: "customer" });
    expect(row!.refundDueBy.getTime() - row!.requestedAt.getTime()).toBe(14 * 24 * 60 * 60 * 1000);
    expect(await db.select().from(orderEvents).where(eq(orderEvents.type, "withdrawal_requested"))).toHaveLength(1);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.orderId, order.id));
    expect(mail).toMatchObject({ template: "withdrawal-received", toAddress: "jeanne@example.fr" });
    expect(mail!.text).toContain("45,80");
    expect(await loadWithdrawal(order)).toMatchObject({ offered: false, request: { amountCents: 4580 } });
  });

  it("twice at once: one request, one e-mail", async () => {
    const order = await paidOrder();
    const results = await Promise.all([requestWithdrawal({ orderId: order.id, actor: customer }), requestWithdrawal({ orderId: order.id, actor: customer })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: WITHDRAWAL_MESSAGES.already });
    expect(await (await getDb()).select().from(emailOutbox)).toHaveLength(1);
  });

  it("never for a professional's order, nor an unpaid one: nothing written", async () => {
    const pro = await insertUser(await getDb(), "pro");
    const proOrder = await paidOrder(pro.id);
    expect(await loadWithdrawal(proOrder)).toMatchObject({ offered: false, request: null });
    expect(await requestWithdrawal({ orderId: proOrder.id, actor: customer })).toMatchObject({ ok: false, reason: "professional" });
    const unpaid = await insertOrder(await getDb(), { status: "awaiting_transfer" });
    expect(await requestWithdrawal({ orderId: unpaid.id, actor: customer })).toMatchObject({ ok: false, reason: "not_withdrawable" });
    expect(await (await getDb()).select().from(withdrawalRequests)).toHaveLength(0);
    expect(await (await getDb()).select().from(emailOutbox)).toHaveLength(0);
  });
});
