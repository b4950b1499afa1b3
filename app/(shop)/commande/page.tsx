import type { Metadata } from "next";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { PayPalCheckoutButtons } from "@/components/checkout/paypal-buttons";
import { PAYPAL_OUTCOME_PARAM, PAYPAL_OUTCOMES } from "@/components/checkout/paypal-outcome";
import { PlacedOrder } from "@/components/checkout/placed-order";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { findCartId, findPlacedOrderOfCart, loadPricedCart } from "@/lib/cart/cart";
import { readCartToken } from "@/lib/cart/cookie";
import { checkoutPrefill } from "@/lib/orders/checkout-prefill";
import { getDb } from "@/lib/db/client";
import { availablePaymentMethods } from "@/lib/payments/methods";
import { loadPaymentChoices } from "@/lib/payments/payability";
import { orderLinkToken, orderPagePaths } from "@/lib/orders/access";
import { orderTotalsForDisplay } from "@/lib/orders/order-totals";
import { isUnpaid } from "@/lib/orders/transitions";
import { changePaymentMethodAction } from "../commandes/[reference]/change-payment-method-action";
import { paypalButtonsConfig } from "@/lib/providers/paypal/browser-config";
import { capturePayPalOrderAction } from "./paypal-capture-order";
import { createPayPalOrderAction } from "./paypal-create-order";
import { placeOrderAction } from "./place-order";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Commande" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckoutPage({ searchParams }: Props) {
  const db = await getDb();
  const [user, token, query] = await Promise.all([getCurrentUser(), readCartToken(), searchParams]);
  const cartId = await findCartId(db, token);
  const cart = await loadPricedCart(db, cartId);
  const placed = cart.lines.length === 0 ? await findPlacedOrderOfCart(db, cartId) : null;
  if (placed && isUnpaid(placed.order.status)) {
    const { order, lines } = placed;
    const outcome = PAYPAL_OUTCOMES.find((o) => o === query[PAYPAL_OUTCOME_PARAM]) ?? null;
    const orderToken = orderLinkToken(order);
    const choices = await loadPaymentChoices(db, order, user);
    const offersPayPal = choices.state === "choose" && choices.methods.some((m) => m.id === "paypal");
    return (
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">Commande</h1>
        <PlacedOrder
          reference={order.reference}
          lines={lines}
          totals={orderTotalsForDisplay(order, lines)}
          awaiting={order.status === "awaiting_transfer" || order.status === "awaiting_cheque" ? order.paymentMethod : null}
          orderPath={orderPagePaths(order.reference, orderToken).order}
          token={orderToken}
          choices={choices}
          outcome={outcome}
          action={changePaymentMethodAction}
          paypal={
            offersPayPal ? (
              <PayPalCheckoutButtons
                config={await paypalButtonsConfig()}
                actions={{ createOrder: createPayPalOrderAction, captureOrder: capturePayPalOrderAction }}
                placed={{ reference: order.reference, token: orderToken }}
              />
            ) : undefined
          }
        />
      </main>
    );
  }
  const methods = availablePaymentMethods({ user, totalCents: cart.totals.totalCents });
  // Methods paid inside the page bring their own controls instead of the "Commander" button.
  const methodControls = methods.some((m) => m.id === "paypal") ? { paypal: <PayPalCheckoutButtons config={await paypalButtonsConfig()} actions={{ createOrder: createPayPalOrderAction, captureOrder: capturePayPalOrderAction }} /> } : {};

  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight sm:text-3xl">Commande</h1>
      {cart.lines.length === 0 ? (
        <Card>
          <p className="text-stone-700">Votre panier est vide : il n&apos;y a rien à commander pour le moment.</p>
          <ButtonLink href="/" className="mt-4">
            Découvrir le catalogue
          </ButtonLink>
        </Card>
      ) : cart.hasProblems ? (
        <Card>
          <Alert tone="warning" title="Votre panier doit être ajusté">
            Un article n&apos;est plus disponible dans la quantité demandée.
          </Alert>
          <ButtonLink href="/panier" className="mt-4">
            Revoir mon panier
          </ButtonLink>
        </Card>
      ) : (
        <CheckoutForm
          placeOrder={placeOrderAction}
          cart={cart}
          initialValues={await checkoutPrefill(db, user?.id ?? null)}
          methods={methods.map(({ id, label, description }) => ({ id, label, description }))}
          methodControls={methodControls}
        />
      )}
    </main>
  );
}
