import "server-only";
import type { ApprovalView } from "@/lib/sandbox/paypal/approval";

/**
 * Where the buyer goes after choosing. In the SDK's popup: the window's own "done" view (the SDK
 * reads the outcome and closes it). Without the SDK (redirect flow): the order's return_url or
 * cancel_url with PayPal's query parameters, as PayPal does.
 */
export function afterApprovalUrl(view: ApprovalView, outcome: "approved" | "cancelled", popup: boolean): string {
  const target = outcome === "approved" ? view.returnUrl : view.cancelUrl;
  if (!popup && target) {
    const url = new URL(target);
    url.searchParams.set("token", view.orderId);
    if (outcome === "approved" && view.payerId) url.searchParams.set("PayerID", view.payerId);
    return url.toString();
  }
  const etat = outcome === "approved" ? "approuve" : "annule";
  return `/sandbox/paypal/checkout/${view.orderId}?${popup ? "popup=1&" : ""}etat=${etat}`;
}
