import "server-only";
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { orderEvents, payments } from "@/lib/db/schema";
import { loadReceipt, pickReceiptPayment, type ReceiptView } from "@/lib/payments/receipt";
import { log } from "@/lib/shared/log";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { cardPlanChargeRefs } from "@/lib/use-cases/card-instalment-plans";

export type ReturnCheck =
  | { state: "final"; receipt: ReceiptView }
  | { state: "pending"; receipt: ReceiptView }
  | { state: "not_started"; receipt: ReceiptView; message: string | null }
  | { state: "none" };

/**
 * What the return page does when the customer's browser comes back from the provider: the query
 * string proves nothing, so it asks the provider (reconcilePayment) about the attempt it shows,
 * then reads our records. A provider that does not answer leaves the attempt "pending"; the page
 * says "en cours de vérification" and refreshes, never "refusé" without a confirmed failure.
 */
export async function checkPaymentOnReturn(orderId: string): Promise<ReturnCheck> {
  const db = await getDb();
  // A card instalment plan: the first part's charge has an id only PayPlug's plan knows yet.
  for (const ref of await cardPlanChargeRefs(orderId)) {
    try {
      await reconcilePayment("payplug", ref, { source: "return" });
    } catch (error) {
      log.warn("payments", "reconcile of a plan charge on return failed; the page will try again", { orderId, providerRef: ref, error });
    }
  }
  const rows = await db.select().from(payments).where(eq(payments.orderId, orderId));
  const payment = pickReceiptPayment(rows);
  if (!payment) return { state: "none" };
  if ((payment.status === "pending" || payment.status === "created") && payment.provider && payment.providerRef) {
    try {
      await reconcilePayment(payment.provider, payment.providerRef, { source: "return" });
    } catch (error) {
      log.warn("payments", "reconcile on return failed; the page will try again", { orderId, providerRef: payment.providerRef, error });
    }
  }
  const receipt = await loadReceipt(orderId);
  if (!receipt) return { state: "none" };
  if (receipt.result === "pending") return { state: "pending", receipt };
  if (receipt.result === "not_started") {
    const [last] = await db
      .select({ type: orderEvents.type, reason: orderEvents.reason })
      .from(orderEvents)
      .where(and(eq(orderEvents.paymentId, receipt.paymentId), inArray(orderEvents.type, ["payment_start_failed", "payment_start_requested"]), isNotNull(orderEvents.type)))
      .orderBy(desc(orderEvents.id))
      .limit(1);
    return { state: "not_started", receipt, message: last?.type === "payment_start_failed" ? last.reason : null };
  }
  return { state: "final", receipt };
}
