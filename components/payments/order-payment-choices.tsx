import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import type { PaymentChoices as Choices } from "@/lib/payments/payability";
import { PaymentChoices } from "./payment-choices";

/**
 * The payment choices of an existing unpaid order, as a section: on the checkout once the cart
 * became this order, on the order page and on the receipt. Renders nothing when there is nothing
 * to choose (paid, cancelled, a payment being verified: the page says so itself).
 */
export function OrderPaymentChoices({
  reference,
  token,
  choices,
  title,
  intro,
  action,
  paypal,
  preselected,
}: {
  reference: string;
  token: string;
  choices: Choices;
  title: string;
  intro?: ReactNode;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  paypal?: ReactNode;
  preselected?: string;
}) {
  if (choices.state !== "choose" || choices.methods.length === 0) return null;
  const methods = choices.methods.map(({ id, label, description }) => ({ id, label, description }));
  return (
    <Card labelledBy="payment-choices-title" className="print:hidden">
      <h2 id="payment-choices-title" className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {intro ? <div className="mb-4 text-sm text-stone-700">{intro}</div> : null}
      <PaymentChoices
        reference={reference}
        token={token}
        methods={methods}
        legend="Choisissez votre moyen de paiement"
        action={action}
        paypal={methods.some((m) => m.id === "paypal") ? paypal : undefined}
        preselected={methods.some((m) => m.id === preselected) ? preselected : undefined}
      />
    </Card>
  );
}
