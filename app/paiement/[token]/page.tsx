import type { Metadata } from "next";
import { PayWithLinkForm } from "@/components/payments/pay-with-link-form";
import { RequestPaymentLinkForm } from "@/components/payments/request-payment-link-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import { env } from "@/lib/shared/env";
import { formatDeadlineFr } from "@/lib/shared/dates";
import { shippingLabel } from "@/lib/shared/shipping-label";
import { paymentLinkValidity } from "@/lib/shared/duration";
import { linkStateMessage, maskEmail, NOT_FOUND_LINK } from "@/lib/use-cases/pay-with-link";
import { findPaymentLink, paymentLinkMethodsFor } from "@/lib/payments/payment-links";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { payWithLinkAction } from "./pay-with-link-action";
import { requestNewLinkAction } from "./request-new-link-action";

export const dynamic = "force-dynamic";
// The URL is a bearer credential: keep it out of search engines and other sites' referrers.
export const metadata: Metadata = { title: "Paiement sécurisé", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** A secure payment link: the order summary and the allowed methods, or a clear page saying why not. */
export default async function PaymentLinkPage({ params }: Props) {
  const { token } = await params;
  const view = await findPaymentLink(token);
  const contact = env.merchant.email;

  if (!view || view.state !== "valid") {
    const text = view && view.state !== "valid" ? linkStateMessage(view.state, undefined, view) : NOT_FOUND_LINK;
    return (
      <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-12">
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="payment-link-state">
          {text.title}
        </h1>
        {view ? <p className="text-sm text-stone-600">Commande {view.order.reference}</p> : null}
        <Alert tone={view?.state === "paid" ? "success" : "info"}>{text.body}</Alert>
        {view?.state === "expired" ? (
          <RequestPaymentLinkForm
            fields={{ token }}
            email={maskEmail(view.order.email)}
            validity={paymentLinkValidity(env.paymentLinkTtlDays)}
            lead="Vous souhaitez toujours régler cette commande ?"
            action={requestNewLinkAction}
          />
        ) : null}
        <p className="text-sm text-stone-700">
          Une question ? Écrivez-nous à{" "}
          <a className="font-medium text-brand-700 underline" href={`mailto:${contact}`}>
            {contact}
          </a>
          .
        </p>
      </main>
    );
  }

  const { order } = view;
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-6 px-4 py-10">
      <header>
        <p className="text-sm text-stone-600">Paiement sécurisé</p>
        <h1 className="text-2xl font-semibold tracking-tight">Commande {order.reference}</h1>
      </header>
      <Card labelledBy="summary-title">
        <h2 id="summary-title" className="mb-3 text-lg font-semibold">
          Récapitulatif
        </h2>
        <ul className="mb-3 flex flex-col gap-2 text-sm">
          {order.lines.map((l, i) => (
            <li key={i} className="flex justify-between gap-3">
              <span>
                {l.name} <span className="text-stone-500">× {l.quantity}</span>
              </span>
              <Price cents={l.lineTotalCents} />
            </li>
          ))}
          <li className="flex justify-between gap-3 text-stone-600">
            <span>Livraison</span>
            <span className="whitespace-nowrap tabular-nums">{shippingLabel(order.shippingCents)}</span>
          </li>
        </ul>
        <p className="flex justify-between border-t border-stone-200 pt-3 text-lg font-semibold">
          <span>
            {view.instalment
              ? `Échéance ${view.instalment.position} sur ${view.instalment.count} (prévue le ${formatIsoDateFr(view.instalment.dueOn)})`
              : order.dueCents === order.totalCents
                ? "Total TTC"
                : "Reste à payer"}
          </span>
          <span data-testid="payment-link-amount">
            <Price cents={order.dueCents} />
          </span>
        </p>
      </Card>
      {view.instalment ? (
        <p className="text-sm text-stone-700" data-testid="payment-link-instalment">
          Ce lien règle uniquement cette échéance de votre paiement en {view.instalment.count} fois ; les échéances suivantes restent prélevées sur votre carte à leurs dates.
        </p>
      ) : null}
      <PayWithLinkForm token={token} methods={paymentLinkMethodsFor(view)} action={payWithLinkAction} />
      <p className="text-xs text-stone-500">Ce lien est valable jusqu&apos;au {formatDeadlineFr(view.expiresAt)} et ne sert qu&apos;une fois.</p>
    </main>
  );
}
