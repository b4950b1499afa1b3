import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PaymentRetryForms } from "@/components/payments/payment-retry-forms";
import { PrintButton } from "@/components/payments/print-button";
import { ReceiptOrderDetails, ReceiptTicket } from "@/components/payments/receipt-ticket";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { env } from "@/lib/shared/env";
import { findOrderForPaymentPages, findOrderWithExpiredLink, orderPagePaths } from "@/lib/orders/access";
import { getDb } from "@/lib/db/client";
import { loadReceipt } from "@/lib/payments/receipt";
import { PayPalCheckoutButtons } from "@/components/checkout/paypal-buttons";
import { OrderPaymentChoices } from "@/components/payments/order-payment-choices";
import { getCurrentUser } from "@/lib/auth/session";
import { orderLinkToken } from "@/lib/orders/access";
import { loadPaymentChoices } from "@/lib/payments/payability";
import { paypalButtonsConfig } from "@/lib/providers/paypal/browser-config";
import { capturePayPalOrderAction } from "../../../commande/paypal-capture-order";
import { createPayPalOrderAction } from "../../../commande/paypal-create-order";
import { changePaymentMethodAction } from "../change-payment-method-action";
import { requestPaymentLinkAction } from "./request-payment-link-action";
import { retryPaymentAction } from "./retry-payment-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ticket de paiement", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ t?: string | string[] }> };

// Printing shows the ticket alone: no site header, footer or buttons.
const PRINT_CSS = "@media print { body > header, body > footer, #contenu > header, nav { display: none !important; } body { background: #fff !important; } }";

export default async function ReceiptPage({ params, searchParams }: Props) {
  const [{ reference }, { t }] = await Promise.all([params, searchParams]);
  const token = typeof t === "string" ? t : "";
  const order = await findOrderForPaymentPages(reference, token);
  if (!order) {
    // An old e-mail's receipt link, past its time: the order page explains and offers a fresh link.
    const expired = await findOrderWithExpiredLink(await getDb(), reference, token);
    if (expired) redirect(orderPagePaths(expired.reference, token).order);
    notFound();
  }
  const receipt = await loadReceipt(order.id);
  // The token the visitor came with opens the order page too (lib/orders/access.ts): keep it in every link.
  const paths = orderPagePaths(order.reference, token);
  // Who pays matters only to an account's own methods (net-30); a guest's request never reads the session.
  const choices = receipt?.canRetry ? await loadPaymentChoices(await getDb(), order, order.userId && !token ? await getCurrentUser() : null) : null;
  const payToken = token || orderLinkToken(order);

  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
      <style>{PRINT_CSS}</style>
      {!receipt ? (
        <Alert tone="info" title="Aucun paiement en ligne pour cette commande">
          Cette commande n&apos;a pas été réglée par carte ou PayPal : il n&apos;y a donc pas de ticket de paiement.
        </Alert>
      ) : (
        <>
          <ReceiptTicket receipt={receipt} />
          <ReceiptOrderDetails receipt={receipt} />
          {receipt.result === "pending" ? (
            <Alert tone="info" title="Paiement en cours de vérification">
              Nous attendons la confirmation de votre banque.{" "}
              <Link className="font-medium underline" href={paths.paymentReturn}>
                Suivre la vérification
              </Link>
            </Alert>
          ) : null}
          <div className="flex flex-wrap justify-center gap-3 print:hidden">
            <PrintButton />
            <a className={buttonClasses("secondary")} href={paths.receiptPdf} data-testid="receipt-pdf">
              Télécharger le PDF
            </a>
          </div>
          {receipt.canRetry ? (
            <section aria-labelledby="retry-title" className="rounded-xl border border-stone-200 bg-white p-6 print:hidden">
              <h2 id="retry-title" className="mb-2 text-lg font-semibold">
                Votre commande vous attend
              </h2>
              <p className="mb-4 text-sm text-stone-700">
                Aucun montant n&apos;a été débité pour cette tentative. Vous pouvez réessayer maintenant, avec la même carte ou une autre, ou recevoir un lien de paiement sécurisé par e-mail.
              </p>
              <PaymentRetryForms reference={order.reference} token={token} email={order.email} linkValidity={paymentLinkValidity(env.paymentLinkTtlDays)} retryAction={retryPaymentAction} linkAction={requestPaymentLinkAction} />
            </section>
          ) : null}
          {choices ? (
            <OrderPaymentChoices
              reference={order.reference}
              token={payToken}
              choices={choices}
              title="Payer autrement"
              intro="Avec le moyen de paiement de votre choix : c'est la même commande, rien n'est commandé en double."
              action={changePaymentMethodAction}
              paypal={
                choices.state === "choose" && choices.methods.some((m) => m.id === "paypal") ? (
                  <PayPalCheckoutButtons
                    config={await paypalButtonsConfig()}
                    actions={{ createOrder: createPayPalOrderAction, captureOrder: capturePayPalOrderAction }}
                    placed={{ reference: order.reference, token: payToken }}
                  />
                ) : undefined
              }
            />
          ) : null}
        </>
      )}
      <p className="text-center print:hidden">
        <Link className="font-medium underline underline-offset-2" href={paths.order} data-testid="receipt-order-link">
          Voir la commande {order.reference}
        </Link>
      </p>
    </main>
  );
}
