import "server-only";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { PAID_ORDER_CONFIRMATION_TEMPLATE } from "@/lib/use-cases/paid-order-confirmation";

/** The outbox templates that confirm an order to its customer: offline at checkout, online once paid. */
const CONFIRMATION_TEMPLATES = ["order_confirmation", PAID_ORDER_CONFIRMATION_TEMPLATE];

/**
 * The address the order's confirmation e-mail went to (queued or sent, the latest one), or null
 * when none was queued or it failed for good: the order page says "envoyé à …" only when true.
 */
export async function confirmationEmailRecipient(db: Executor, orderId: string): Promise<string | null> {
  const [row] = await db
    .select({ to: emailOutbox.toAddress })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.orderId, orderId), inArray(emailOutbox.template, CONFIRMATION_TEMPLATES), ne(emailOutbox.status, "failed")))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  return row?.to ?? null;
}
