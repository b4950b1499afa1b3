import "server-only";
import type { PlacedOrder } from "@/lib/use-cases/place-order";
import { startPayPalAfterOrder } from "@/lib/use-cases/paypal-checkout";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { startCardInstalmentPlan } from "@/lib/use-cases/card-instalment-plans";

/**
 * Where the customer goes once the order transaction has committed. Offline methods show the order
 * page with the payment instructions. An online method adds its own case here: start the payment
 * with its gateway (the order is already `pending_payment` with a payment row in status "created",
 * `placed.paymentId`) and return the provider's redirect URL — or the order page if starting failed,
 * where the customer can try again.
 */
export async function nextStepAfterOrder(placed: PlacedOrder): Promise<string> {
  switch (placed.method) {
    case "transfer":
    case "cheque":
      return placed.orderPath;
    case "card": {
      // In several times: PayPlug's installment plan, whose hosted page takes the first part.
      if (placed.cardInstalments) {
        const plan = await startCardInstalmentPlan(placed.orderId);
        return plan.ok ? plan.redirectUrl : placed.orderPath;
      }
      // PayPlug's hosted card page; if PayPlug cannot be reached, the return page explains it and
      // offers to try again (the same attempt: no second PayPlug payment).
      const started = await startOnlinePayment(placed.paymentId);
      return started.ok ? started.redirectUrl : `/commandes/${encodeURIComponent(placed.reference)}/retour?t=${encodeURIComponent(placed.accessToken)}`;
    }
    case "paypal":
      // Normally paid in the page by the PayPal buttons; this is the form submitted without them.
      return startPayPalAfterOrder(placed);
    case "net30":
      // Invoiced with the order (place-order): nothing to pay now; the order page shows the invoice.
      return Promise.resolve(placed.orderPath);
  }
}
