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
import { availablePaymentMethods, findPaymentMethod } from "@/lib/payments/methods";
import { buyerContext, priceDisplayOf } from "@/lib/use-cases/pro-buyer";
import { cardInstalmentChoiceFor } from "@/lib/use-cases/card-instalment-plans";
import { cardInstalmentSchedule } from "@/lib/payments/card-instalments";
import { todayInParis } from "@/lib/shared/dates";
import { buildSchedule, INSTALMENT_COUNTS } from "@/lib/billing/instalments";
import { currentTime } from "@/lib/shared/clock";
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
  const buyer = await buyerContext(db, user?.id);
  const cart = await loadPricedCart(db, cartId, buyer.treatment);
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
  const net30 = buyer.net30(cart.totals.totalCents);
  const methods = availablePaymentMethods({ user, totalCents: cart.totals.totalCents, net30 });
  // A professional sees net-30 even when it cannot use it now, with why and what room is left.
  const net30Method = findPaymentMethod("net30")!;
  const net30Shown = buyer.account !== null || buyer.pendingAccount;
  const options = [
    ...methods.map(({ id, label, description }) => ({ id, label, description })),
    ...(net30Shown && !net30.allowed ? [{ id: net30Method.id, label: net30Method.label, description: net30Method.description, disabledReason: net30.message, disabledLink: net30.link }] : []),
  ];
  // « Payer en 2, 3 ou 4 fois par carte »: offered by the merchant's settings, shown with every schedule.
  const instalmentChoice = methods.some((m) => m.id === "card") ? cardInstalmentChoiceFor(buyer, cart.totals.totalCents) : null;
  const cardInstalments =
    instalmentChoice?.ok === true
      ? {
          options: instalmentChoice.counts.map((count) => ({
            count,
            parts: cardInstalmentSchedule({ totalCents: cart.totals.totalCents, count, buyer: buyer.account ? "pro" : "consumer", today: todayInParis() }),
          })),
          freeOfCharge: true,
        }
      : null;
  // Approved pros with the right: « Paiement en 2, 3 ou 4 fois par chèques », schedules from the server.
  const instalmentOptions = buyer.chequeInstalments(cart.totals.totalCents).allowed
    ? INSTALMENT_COUNTS.map((count) => ({ count, schedule: buildSchedule(cart.totals.totalCents, count, todayInParis(currentTime())) }))
    : [];
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
          methods={options}
          display={priceDisplayOf(buyer)}
          methodControls={methodControls}
          cardInstalments={cardInstalments}
          instalmentOptions={instalmentOptions}
        />
      )}
    </main>
  );
}
