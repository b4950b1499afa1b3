import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { payments, type PaymentStatus } from "@/lib/db/schema";
import { isPaidStatus, PAID_PAYMENT_STATUSES } from "@/lib/payments/attempt-status";

/*
 * An order paid in a provider's test store (the emulators, sk_test_ keys, PayPal's sandbox)
 * received no real money: whoever prepares parcels must see it. A live shop never marks an order
 * paid with a test payment (reconcile compares every provider object with the shop's configured
 * mode), so this mark only ever appears on a shop that runs in test mode.
 */

/** Shown on the back-office list and order page, the e-mails and the receipt of such an order. */
export const TEST_ORDER_MARK = "TEST — ne pas expédier";

export function isTestPayment(p: { provider: string | null; providerLive: boolean | null; status: PaymentStatus }): boolean {
  return p.provider !== null && p.providerLive === false && isPaidStatus(p.status);
}

/** Which of these orders hold money from a test-mode payment (the back-office list marks them). */
export async function ordersPaidInTestMode(db: Executor, orderIds: readonly string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ orderId: payments.orderId })
    .from(payments)
    .where(
      and(
        inArray(payments.orderId, [...orderIds]),
        isNotNull(payments.provider),
        eq(payments.providerLive, false),
        inArray(payments.status, [...PAID_PAYMENT_STATUSES]),
      ),
    );
  return new Set(rows.map((r) => r.orderId));
}
