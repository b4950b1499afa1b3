import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { AutoRefresh } from "@/components/payments/auto-refresh";
import { PaymentRetryForms } from "@/components/payments/payment-retry-forms";
import { Alert } from "@/components/ui/alert";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { env } from "@/lib/shared/env";
import { orderPagePaths } from "@/lib/orders/access";
import { findOrderForPaymentPages } from "@/lib/orders/access";
import { checkPaymentOnReturn } from "@/lib/use-cases/check-payment-on-return";
import { requestPaymentLinkAction } from "../recu/request-payment-link-action";
import { retryPaymentAction } from "../recu/retry-payment-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Vérification du paiement", robots: { index: false, follow: false } };

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ t?: string | string[]; annulation?: string | string[] }> };

/**
 * Where the provider sends the customer back (return_url and cancel_url). The query string proves
 * nothing: besides the access token, only `annulation` is read, and only to choose the wording.
 * The outcome comes from reconciling with the provider.
 */
export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const [{ reference }, { t, annulation }] = await Promise.all([params, searchParams]);
  const token = typeof t === "string" ? t : "";
  const order = await findOrderForPaymentPages(reference, token);
  if (!order) notFound();
  const check = await checkPaymentOnReturn(order.id);
  const paths = orderPagePaths(order.reference, token);
  if (check.state === "final") redirect(paths.receipt);
  if (check.state === "none") redirect(paths.order);

  const retry = <PaymentRetryForms reference={order.reference} token={token} email={order.email} linkValidity={paymentLinkValidity(env.paymentLinkTtlDays)} retryAction={retryPaymentAction} linkAction={requestPaymentLinkAction} />;

  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Commande {order.reference}</h1>
      {check.state === "not_started" ? (
        <>
          <Alert tone="warning" title="Le paiement n'a pas pu commencer" live>
            {check.message ?? "Le service de paiement n'a pas pu être joint. Votre commande est enregistrée et n'a pas été débitée."}
          </Alert>
          {retry}
        </>
      ) : annulation === "1" ? (
        <>
          <Alert tone="info" title="Paiement interrompu">
            Vous avez quitté la page de paiement. Aucun paiement n&apos;a été confirmé pour l&apos;instant ; si vous l&apos;avez terminé dans une autre fenêtre, votre ticket s&apos;affichera ici dès la confirmation de votre banque.
          </Alert>
          {retry}
        </>
      ) : (
        <section aria-live="polite" className="flex flex-col items-center gap-4 rounded-xl border border-amber-200 bg-amber-50 p-8 text-center">
          <span aria-hidden="true" className="size-10 animate-spin rounded-full border-4 border-amber-300 border-t-amber-700" />
          <p className="text-lg font-semibold text-amber-900" data-testid="payment-verifying">
            Paiement en cours de vérification
          </p>
          <p className="text-sm text-amber-900">Nous attendons la confirmation de votre banque. Cette page se met à jour toute seule : ne payez pas une seconde fois.</p>
          <AutoRefresh />
        </section>
      )}
    </main>
  );
}
