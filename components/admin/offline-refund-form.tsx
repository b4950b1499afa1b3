"use client";

import { useActionState, useId } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormFooter } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  paymentId: string;
  /** « Virement VIR-42 de 50,00 € », « Chèque n° 1234567 de 42,00 € ». */
  paymentLabel: string;
  refundableLabel: string;
  defaultAmount: string;
  methods: readonly { value: string; label: string }[];
  /** Fixed when the page rendered: a double click sends the same key, and the server records once. */
  requestKey: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** A refund the shop made itself (transfer back, cheque sent) on a transfer or cheque payment, recorded with its reference. */
export function OfflineRefundForm({ paymentId, paymentLabel, refundableLabel, defaultAmount, methods, requestKey, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="offline-refund-form">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Remboursement fait par la boutique — {paymentLabel}
      </h3>
      <p className="text-sm text-stone-600">Encore remboursable sur ce paiement : {refundableLabel}</p>
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${id}-amount`} name="amount" label="Montant remboursé (€)" inputMode="decimal" autoComplete="off" required defaultValue={fieldValue(state, "amount", defaultAmount)} error={fieldError(state, "amount")} hint="Par exemple 12,50" />
        <SelectField id={`${id}-method`} name="method" label="Remboursé par" required options={methods} defaultValue={fieldValue(state, "method", methods[0]?.value ?? "")} error={fieldError(state, "method")} />
        <TextField id={`${id}-reference`} name="reference" label="Référence (virement ou n° de chèque)" autoComplete="off" required defaultValue={fieldValue(state, "reference")} error={fieldError(state, "reference")} />
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme que cet argent a été rendu au client (le client en est prévenu par e-mail)." error={fieldError(state, "confirm")} />
      <FormFooter state={state} pending={pending} label="Enregistrer le remboursement" variant="secondary" />
    </form>
  );
}
