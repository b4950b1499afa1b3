import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CartTotalsList } from "@/components/shop/cart-totals";
import { AddressBlock } from "@/components/shop/address-block";
import { OrderHistory } from "@/components/shop/order-history";
import { OrderNextStep } from "@/components/shop/order-next-step";
import { OrderStatusPill } from "@/components/shop/order-status-pill";
import { OrderPaymentLinks } from "@/components/payments/order-payment-links";
import { RequestPaymentLinkForm } from "@/components/payments/request-payment-link-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { formatPhoneForDisplay } from "@/lib/shared/phone";
import { getDb } from "@/lib/db/client";
import { formatDateFr, formatIsoDateFr } from "@/lib/shared/dates";
import { findOrderDetailsForRequest, findOrderWithExpiredLink } from "@/lib/orders/access";
import { confirmationEmailRecipient } from "@/lib/use-cases/order-emails";
import { orderTotalsForDisplay } from "@/lib/orders/order-totals";
import { paymentMethodLabel } from "@/lib/payments/labels";
import { env } from "@/lib/shared/env";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { maskEmail } from "@/lib/use-cases/pay-with-link";
import { PayPalCheckoutButtons } from "@/components/checkout/paypal-buttons";
import { OrderPaymentChoices } from "@/components/payments/order-payment-choices";
import { getCurrentUser } from "@/lib/auth/session";
import { orderLinkToken } from "@/lib/orders/access";
import { paymentChoices } from "@/lib/payments/payability";
import { paypalButtonsConfig } from "@/lib/providers/paypal/browser-config";
import { capturePayPalOrderAction } from "../../commande/paypal-capture-order";
import { createPayPalOrderAction } from "../../commande/paypal-create-order";
import { changePaymentMethodAction } from "./change-payment-method-action";
import { requestOrderLinkAction } from "./request-order-link-action";
import { requestWithdrawalAction } from "./request-withdrawal-action";
import { WithdrawalForm } from "@/components/shop/withdrawal-form";
import { loadWithdrawal } from "@/lib/use-cases/request-withdrawal";

import { invoiceOfOrder } from "@/lib/use-cases/invoices";
import { shipmentsOfOrder } from "@/lib/use-cases/ship-order";
import { ShipmentList } from "@/components/shipping/shipment-list";
import { cardPlanView } from "@/lib/use-cases/card-instalment-plans";
import { chequeScheduleView } from "@/lib/use-cases/instalment-cheques";
import { InstalmentSchedule } from "@/components/orders/instalment-schedule";
import { orderStatusLabelWithPlan } from "@/lib/orders/labels";

export const dynamic = "force-dynamic";
// The URL carries an access token: keep it out of search engines.
export const metadata: Metadata = { title: "Votre commande", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ t?: string | string[] }> };

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ reference }, { t }, db] = await Promise.all([params, searchParams, getDb()]);
  // Either of the order's link tokens (checkout's, or the signed one of e-mails and receipts), else the session.
  const token = typeof t === "string" ? t : null;
  const found = await findOrderDetailsForRequest(db, reference, token);
  if (!found) {
    // One of the order's own links, past its time: say so and offer a fresh one; anything else is a 404.
    const expired = await findOrderWithExpiredLink(db, reference, token);
    if (!expired || !token) notFound();
    return <ExpiredOrderLink reference={expired.reference} email={expired.email} token={token} />;
  }
  const { order, lines, events, payments, viewerIsOwner } = found;
  // Who pays matters only to an account's own methods (net-30); a guest's request never reads the session.
  const [confirmationTo, user, withdrawal, invoice, shipments, cardPlan, chequePlan] = await Promise.all([
    confirmationEmailRecipient(db, order.id),
    viewerIsOwner ? getCurrentUser() : null,
    loadWithdrawal(order),
    invoiceOfOrder(db, order.id),
    shipmentsOfOrder(db, order.id),
    cardPlanView(order.id),
    chequeScheduleView(db, order.id),
  ]);
  const choices = paymentChoices({ order, payments, user });
  // The choices pay THIS order: a signed link token of it (a signed-in owner may have come without one).
  const payToken = token ?? orderLinkToken(order);
  const offersPayPal = choices.state === "choose" && choices.methods.some((m) => m.id === "paypal");
  const awaitingOffline = order.status === "awaiting_transfer" || order.status === "awaiting_cheque";

  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <header className="mb-6 flex flex-col gap-2">
        <p className="text-sm text-stone-600">Commande du {formatDateFr(order.createdAt)}</p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          Commande <span data-testid="order-reference">{order.reference}</span>
        </h1>
        <p>
          <OrderStatusPill status={order.status} label={orderStatusLabelWithPlan(order.status, cardPlan ?? chequePlan)} />
        </p>
        {confirmationTo ? (
          <p className="text-sm text-stone-700" data-testid="order-confirmation-sent">
            Un e-mail de confirmation, avec le lien pour suivre votre commande, a été envoyé à <strong className="break-all">{confirmationTo}</strong>.
          </p>
        ) : null}
      </header>

      <div className="flex flex-col gap-6">
        <OrderNextStep order={order} cardPlan={cardPlan} chequePlan={chequePlan} />
        {shipments.length ? (
          <Card labelledBy="shipping-title">
            <h2 id="shipping-title" className="mb-2 text-lg font-semibold">
              Livraison
            </h2>
            <ShipmentList shipments={shipments} testId="order-shipments" />
          </Card>
        ) : null}
        {cardPlan ? (
          <Card labelledBy="schedule-title">
            <InstalmentSchedule
              plan={cardPlan}
              note="Les échéances suivantes sont prélevées automatiquement sur la carte utilisée pour la première. Si l'une d'elles est refusée, vous recevrez un lien pour la régler."
            />
          </Card>
        ) : null}
        {chequePlan ? (
          <Card labelledBy="schedule-title">
            <InstalmentSchedule
              plan={chequePlan}
              note={order.status === "awaiting_cheques" ? "Nous déposons chaque chèque à sa date, pas avant ; votre commande part dès que nous les avons tous reçus." : "Nous déposons chaque chèque à sa date, pas avant."}
            />
          </Card>
        ) : null}
        {invoice || order.status === "paid" || order.status === "partially_refunded" ? (
          <Card labelledBy="invoice-title">
            <h2 id="invoice-title" className="mb-2 text-lg font-semibold">
              Facture
            </h2>
            <p className="text-sm text-stone-700">
              {invoice ? (
                <>
                  Facture <span className="font-mono">{invoice.number}</span>
                  {invoice.dueDate && !invoice.settledAt ? <> · à régler au plus tard le {formatIsoDateFr(invoice.dueDate)}</> : null}.{" "}
                </>
              ) : (
                "Votre facture acquittée est prête. "
              )}
              <a href={`/commandes/${encodeURIComponent(order.reference)}/facture${token ? `?t=${encodeURIComponent(token)}` : ""}`} className="font-medium text-brand-700 underline underline-offset-4" data-testid="order-invoice-pdf">
                Télécharger la facture (PDF)
              </a>
            </p>
          </Card>
        ) : null}
        {/* The one way to the payment ticket (and to retry), when the order has an online attempt. */}
        <OrderPaymentLinks reference={order.reference} token={token} payments={payments} retryable={order.status === "pending_payment" || order.status === "payment_failed"} />
        <OrderPaymentChoices
          reference={order.reference}
          token={payToken}
          choices={choices}
          title={awaitingOffline ? "Payer autrement" : "Régler ma commande"}
          intro={
            awaitingOffline
              ? "Vous préférez un autre moyen de paiement ? Si vous avez déjà envoyé votre paiement, attendez plutôt notre confirmation : il serait encaissé deux fois."
              : "Choisissez le moyen de paiement qui vous convient : c'est la même commande, rien n'est commandé en double."
          }
          action={changePaymentMethodAction}
          paypal={
            offersPayPal ? (
              <PayPalCheckoutButtons
                config={await paypalButtonsConfig()}
                actions={{ createOrder: createPayPalOrderAction, captureOrder: capturePayPalOrderAction }}
                placed={{ reference: order.reference, token: payToken }}
              />
            ) : undefined
          }
        />

        <Card labelledBy="lines-title">
          <h2 id="lines-title" className="mb-3 text-lg font-semibold">
            Articles
          </h2>
          <ul className="mb-4 flex flex-col gap-2 text-sm">
            {lines.map((l) => (
              <li key={l.id} className="flex justify-between gap-3">
                <span>
                  {l.name} <span className="text-stone-500">× {l.quantity}</span>
                </span>
                <Price cents={l.lineTotalCents} />
              </li>
            ))}
          </ul>
          <CartTotalsList totalTestId="order-total" totals={orderTotalsForDisplay(order, lines)} />
          <p className="mt-3 text-sm text-stone-600">Moyen de paiement : {chequePlan ? `${chequePlan.count} chèques` : paymentMethodLabel(order.paymentMethod)}</p>
        </Card>

        <Card labelledBy="addresses-title">
          <h2 id="addresses-title" className="mb-3 text-lg font-semibold">
            Coordonnées
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <h3 className="mb-1 text-sm font-medium">Livraison</h3>
              <AddressBlock address={order.shippingAddress} />
            </div>
            <div>
              <h3 className="mb-1 text-sm font-medium">Facturation</h3>
              <AddressBlock address={order.billingAddress} />
              <p className="mt-2 text-sm text-stone-700">
                {order.email}
                <br />
                {formatPhoneForDisplay(order.phone)}
              </p>
            </div>
          </div>
        </Card>

        {withdrawal.request || withdrawal.offered ? (
          <Card labelledBy="withdrawal-title">
            <h2 id="withdrawal-title" className="mb-2 text-lg font-semibold">
              Droit de rétractation
            </h2>
            {withdrawal.request ? (
              <p className="text-sm text-stone-700" data-testid="withdrawal-recorded">
                Votre rétractation a été enregistrée le {formatDateFr(withdrawal.request.requestedAt)}. Nous vous rembourserons au plus tard le{" "}
                {formatDateFr(withdrawal.request.refundDueBy)}.
              </p>
            ) : (
              <>
                <p className="mb-3 text-sm text-stone-700">Vous pouvez vous rétracter de cette commande jusqu&apos;à 14 jours après l&apos;avoir reçue, sans avoir à vous justifier.</p>
                <WithdrawalForm reference={order.reference} token={token} action={requestWithdrawalAction} />
              </>
            )}
          </Card>
        ) : null}

        <Card labelledBy="history-title">
          <h2 id="history-title" className="mb-3 text-lg font-semibold">
            Historique
          </h2>
          <OrderHistory events={events} payments={payments} />
        </Card>

        <p className="text-sm text-stone-500">
          Gardez le lien de cette page : il vous permet de suivre votre commande. Une question ? Écrivez-nous à{" "}
          <a href={`mailto:${env.merchant.email}`} className="underline underline-offset-2">
            {env.merchant.email}
          </a>{" "}
          en indiquant la référence <span className="whitespace-nowrap">{order.reference}</span>.
        </p>
      </div>
    </main>
  );
}

function ExpiredOrderLink({ reference, email, token }: { reference: string; email: string; token: string }) {
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-semibold tracking-tight" data-testid="order-link-expired">
        Ce lien a expiré
      </h1>
      <p className="text-sm text-stone-600">Commande {reference}</p>
      <Alert tone="info">
        Pour votre sécurité, un lien de suivi de commande n&apos;est valable que {paymentLinkValidity(env.orderLinkTtlDays)}. Votre commande n&apos;est pas
        modifiée : demandez un nouveau lien, il sera envoyé à l&apos;adresse e-mail de la commande.
      </Alert>
      <RequestPaymentLinkForm kind="order" fields={{ reference, t: token }} email={maskEmail(email)} validity={paymentLinkValidity(env.orderLinkTtlDays)} lead="Vous souhaitez toujours suivre cette commande ?" action={requestOrderLinkAction} />
      <p className="text-sm text-stone-700">
        Vous avez un compte ? <a className="font-medium text-brand-700 underline" href={`/connexion?retour=${encodeURIComponent(`/commandes/${reference}`)}`}>Connectez-vous</a> pour voir vos commandes. Une question ? Écrivez-nous à{" "}
        <a className="font-medium text-brand-700 underline" href={`mailto:${env.merchant.email}`}>
          {env.merchant.email}
        </a>{" "}
        en indiquant la référence <span className="whitespace-nowrap">{reference}</span>.
      </p>
    </main>
  );
}
