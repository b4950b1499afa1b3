import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox, payments } from "@/lib/db/schema";
import { paypalClient } from "@/lib/providers/paypal/client";
import { approveWithPaypalAccount, cancelApproval } from "@/lib/sandbox/paypal/approval";
import { changePaymentMethod } from "@/lib/use-cases/change-payment-method";
import { capturePayPalApproval } from "@/lib/use-cases/paypal-checkout";
import { placePayPalOrder, readOrder, readPayments, setUpPayPalShop } from "@/tests/support/paypal-shop";

/*
 * « Payer autrement » after PayPal (issue 10), over real HTTP to the PayPal emulator. An order
 * with intent CAPTURE cannot be voided: switching closes our attempt under the order's lock and
 * the shop never captures it afterwards; an approval that came first is captured and recorded,
 * and then nothing else is asked; money being verified blocks the switch.
 */

setUpPayPalShop();

const buyer = { email: "acheteur@sandbox.caisse.fr", password: "sandbox" };
const guest = { actor: { type: "customer" as const, id: null }, user: null };

describe("switching away from PayPal", () => {
  it("window cancelled, then the transfer: the PayPal attempt closed, a late approval never captured, the instructions sent", async () => {
    const placed = await placePayPalOrder();
    await cancelApproval(placed.paypalOrderId);

    const switched = await changePaymentMethod({ orderId: placed.order.id, method: "transfer", ...guest });
    expect(switched).toMatchObject({ ok: true, kind: "offline", method: "transfer" });
    const attempts = await readPayments(placed.order.id);
    expect(attempts.find((p) => p.id === placed.payment.id)).toMatchObject({ status: "cancelled" });
    expect(attempts.filter((p) => p.method === "transfer")).toMatchObject([{ status: "pending", amountCents: placed.totalCents }]);
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "awaiting_transfer", paymentMethod: "transfer", paidCents: 0 });

    // The buyer approves the old PayPal order in a forgotten window: never captured.
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("APPROVED");
    const late = await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId });
    expect(late.status).not.toBe("paid");
    expect((await paypalClient().orders.get(placed.paypalOrderId)).data.status).toBe("APPROVED");
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "awaiting_transfer", paidCents: 0 });
    const mails = await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, placed.order.id));
    expect(mails.map((m) => m.template)).toEqual(["order-confirmation"]);
  });

  it("approved in another tab before the switch: captured once and recorded, the order paid, the switch refused", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, buyer);
    const switched = await changePaymentMethod({ orderId: placed.order.id, method: "cheque", ...guest });
    expect(switched).toMatchObject({ ok: false, code: "not_payable" });
    expect(await readOrder(placed.order.id)).toMatchObject({ status: "paid", paidCents: placed.totalCents });
    const cheques = await (await getDb()).select().from(payments).where(and(eq(payments.orderId, placed.order.id), eq(payments.method, "cheque")));
    expect(cheques).toHaveLength(0);
  });

  it("a capture PayPal is still verifying: no switch, nothing half-done", async () => {
    const placed = await placePayPalOrder();
    await approveWithPaypalAccount(placed.paypalOrderId, { email: "attente@sandbox.caisse.fr", password: "sandbox" });
    expect(await capturePayPalApproval({ reference: placed.reference, token: placed.token, paypalOrderId: placed.paypalOrderId })).toMatchObject({ status: "pending" });
    const switched = await changePaymentMethod({ orderId: placed.order.id, method: "transfer", ...guest });
    expect(switched).toMatchObject({ ok: false, code: "in_progress" });
    const attempts = await readPayments(placed.order.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ status: "pending" });
    expect((await readOrder(placed.order.id)).status).toBe("pending_payment");
  });
});
