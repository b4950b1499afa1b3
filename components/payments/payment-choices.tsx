"use client";

import { useActionState, useState, type ReactNode } from "react";
import { PaymentMethodPicker, type MethodOption } from "@/components/checkout/payment-method-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const SUBMIT_LABELS: Record<string, string> = {
  card: "Payer par carte bancaire",
  transfer: "Payer par virement",
  cheque: "Payer par chèque",
};

/**
 * "Payer autrement": the methods this customer may use for an order that already exists, and the
 * button that pays it with the one chosen (the server checks the order, the method and the amount
 * again). PayPal brings its own buttons (`paypal`), which pay the same order. Without JavaScript
 * the radios and the button still work; PayPal then says to use its buttons.
 */
export function PaymentChoices({
  reference,
  token,
  methods,
  legend,
  action,
  paypal,
  preselected = "",
}: {
  reference: string;
  token: string;
  methods: MethodOption[];
  legend: string;
  /** The method checked at first (PayPal after its window closed: its buttons are there at once). */
  preselected?: string;
  action: Action;
  /** The PayPal buttons for this order, when PayPal is among the methods. */
  paypal?: ReactNode;
}) {
  const [state, submit, pending] = useActionState(action, IDLE_FORM_STATE);
  const [method, setMethod] = useState(state.status === "error" ? (state.values.paymentMethod ?? "") : preselected);
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={submit} className="flex flex-col gap-4" data-testid="payment-choices" noValidate>
      <input type="hidden" name="reference" value={reference} />
      <input type="hidden" name="t" value={token} />
      <PaymentMethodPicker methods={methods} selected={method} onSelect={setMethod} legend={legend} />
      {error ? (
        <Alert tone="error" live>
          {error}
        </Alert>
      ) : null}
      {method === "paypal" && paypal ? (
        paypal
      ) : (
        <Button type="submit" size="lg" disabled={pending} data-testid="pay-with-choice">
          {pending ? "Un instant…" : (SUBMIT_LABELS[method] ?? "Payer avec ce moyen de paiement")}
        </Button>
      )}
    </form>
  );
}
