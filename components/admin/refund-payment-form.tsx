"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  paymentId: string;
  /** « Carte — PayPlug pay_… » */
  paymentLabel: string;
  refundableLabel: string;
  /** What may still be refunded, typed as an admin would ("12,50"): the default is a full refund. */
  defaultAmount: string;
  refundableCents: number;
  /** Fixed when the page rendered: a double click sends the same key, and the server refunds once. */
  requestKey: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** « Rembourser » one card or PayPal payment, fully or in part, through its provider. */
export function RefundPaymentForm({ paymentId, paymentLabel, refundableLabel, defaultAmount, refundableCents, requestKey, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="refund-form">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Rembourser — {paymentLabel}
      </h3>
      <p className="text-sm text-stone-600">Remboursable : {refundableLabel}</p>
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <input type="hidden" name="seenRefundableCents" value={refundableCents} />
      <div className="max-w-xs">
        <TextField
          id={`${id}-amount`}
          name="amount"
          label="Montant à rembourser (€)"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={fieldValue(state, "amount", defaultAmount)}
          error={fieldError(state, "amount")}
          hint="Tout, ou une partie : par exemple 12,50"
        />
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme ce remboursement : l'argent sera rendu au client par le prestataire." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Remboursement…" : "Rembourser"}
        </Button>
      </div>
    </form>
  );
}
