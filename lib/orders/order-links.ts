import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";
import { findOrderForRequest, orderPagePaths, orderPaymentToken, type OrderRow } from "@/lib/orders/access";

/*
 * The order's payment pages (return, receipt, its PDF, retry) open for exactly who may see the
 * order (lib/orders/access.ts, the one check): a holder of one of its link tokens, its signed-in
 * owner, or an admin. Anyone else gets a 404: we never confirm that a reference exists.
 */

export { orderPaymentToken, verifyOrderPaymentToken } from "@/lib/orders/access";

/** Absolute links for e-mails and provider return URLs, all with the order's signed link token. */
export function orderPaymentUrls(reference: string, orderId: string) {
  const token = orderPaymentToken(orderId);
  const paths = orderPagePaths(reference, token);
  return {
    token,
    orderUrl: `${env.appUrl}${paths.order}`,
    returnUrl: `${env.appUrl}${paths.paymentReturn}`,
    cancelUrl: `${env.appUrl}${paths.paymentReturn}&annulation=1`,
    receiptUrl: `${env.appUrl}${paths.receipt}`,
    receiptPdfUrl: `${env.appUrl}${paths.receiptPdf}`,
  };
}

/** The order if the caller may see its payments, else null (the page answers 404). */
export async function findOrderForPaymentPages(reference: string, token: string | undefined | null): Promise<OrderRow | null> {
  const found = await findOrderForRequest(await getDb(), reference, token);
  return found?.order ?? null;
}
