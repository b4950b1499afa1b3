import Link from "next/link";
import type { ReactNode } from "react";
import { OrderPaymentChoices } from "@/components/payments/order-payment-choices";
import { CartTotalsList } from "@/components/shop/cart-totals";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Price } from "@/components/ui/price";
import type { FormState } from "@/lib/actions/form-state";
import type { CartTotals } from "@/lib/cart/pricing";
import { PAYMENT_METHOD_IN_SENTENCE } from "@/lib/payments/labels";
import type { PaymentChoices } from "@/lib/payments/payability";
import type { PaymentMethod } from "@/lib/db/schema";
import type { PayPalOutcome } from "./paypal-outcome";

/** What the checkout says after the PayPal window closed without a payment (PayPalOutcome). */
const OUTCOME_NOTICES: Record<Exclude<PayPalOutcome, "attente">, { tone: "warning" | "error"; title: string; body: string; testid: string }> = {
  annule: {
    tone: "warning",
    title: "Paiement PayPal annulé",
    body: "Vous avez fermé la fenêtre PayPal sans payer. Votre commande est enregistrée et reste à régler : payez-la ci-dessous, avec PayPal ou un autre moyen de paiement.",
    testid: "paypal-cancelled",
  },
  refuse: {
    tone: "warning",
    title: "Paiement refusé par PayPal",
    body: "PayPal a refusé la carte ou le compte choisi, et aucun montant n'a été débité. Vous pouvez payer avec une autre carte ou un autre compte PayPal (bouton PayPal ci-dessous), ou choisir un autre moyen de paiement.",
    testid: "paypal-declined",
  },
  erreur: {
    tone: "error",
    title: "Le paiement PayPal n'a pas abouti",
    body: "Aucun montant n'a été débité. Votre commande est enregistrée et reste à régler : réessayez ou choisissez un autre moyen de paiement.",
    testid: "paypal-error",
  },
};

/**
 * The checkout once the cart became an order that is not paid yet (a PayPal window closed, the
 * back button from PayPlug's page): that order, and its payment choices — never a form that would
 * order the same things again.
 */
export function PlacedOrder({
  reference,
  lines,
  totals,
  awaiting,
  orderPath,
  token,
  choices,
  outcome,
  action,
  paypal,
}: {
  reference: string;
  lines: { id: string; name: string; quantity: number; lineTotalCents: number }[];
  totals: CartTotals;
  /** The offline method the order waits for, if any. */
  awaiting: PaymentMethod | null;
  orderPath: string;
  token: string;
  choices: PaymentChoices;
  outcome: PayPalOutcome | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  paypal?: ReactNode;
}) {
  const notice = outcome && outcome !== "attente" && choices.state === "choose" ? OUTCOME_NOTICES[outcome] : null;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]" data-testid="placed-order">
      <Card as="aside" labelledBy="placed-summary-title" className="h-fit lg:order-last">
        <h2 id="placed-summary-title" className="mb-3 text-lg font-semibold">
          Commande <span data-testid="order-reference">{reference}</span>
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
        <CartTotalsList totals={totals} totalTestId="order-total" />
        <p className="mt-4 text-sm">
          <Link href={orderPath} className="font-medium text-brand-700 underline underline-offset-2" data-testid="placed-order-link">
            Voir ma commande {reference}
          </Link>
        </p>
      </Card>

      <div className="flex flex-col gap-6">
        {notice ? (
          <div data-testid={notice.testid}>
            <Alert tone={notice.tone} title={notice.title} live>
              {notice.body}
            </Alert>
          </div>
        ) : null}
        {choices.state === "verifying" ? (
          <div data-testid="paypal-pending">
            <Alert tone="info" title="Paiement en attente de confirmation" live>
              <p>Votre paiement est en cours de vérification : vous n&apos;avez rien d&apos;autre à faire. Nous vous écrirons dès qu&apos;il sera confirmé.</p>
              <p className="mt-2">
                <Link href={orderPath} className="font-medium underline underline-offset-2">
                  Suivre ma commande {reference}
                </Link>
              </p>
            </Alert>
          </div>
        ) : awaiting ? (
          <Alert tone="info" title={`Votre commande attend votre ${PAYMENT_METHOD_IN_SENTENCE[awaiting]}`}>
            Les instructions sont sur{" "}
            <Link href={orderPath} className="font-medium underline underline-offset-2">
              la page de votre commande
            </Link>{" "}
            et dans l&apos;e-mail de confirmation.
          </Alert>
        ) : (
          <Alert tone="info" title="Votre commande est enregistrée">
            Il ne reste qu&apos;à la régler : vos articles vous sont réservés en attendant.
          </Alert>
        )}
        <OrderPaymentChoices
          reference={reference}
          token={token}
          choices={choices}
          title={awaiting ? "Payer autrement" : "Régler ma commande"}
          action={action}
          paypal={paypal}
          preselected={outcome ? "paypal" : undefined}
        />
      </div>
    </div>
  );
}
