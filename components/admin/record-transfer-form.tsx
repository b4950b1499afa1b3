"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  orderId: string;
  /** What is still missing, typed as an admin would ("12,50"). */
  defaultAmount: string;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** "Virement reçu": amount, date received, bank reference, confirmation. */
export function RecordTransferForm({ orderId, defaultAmount, today, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Virement reçu
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${id}-amount`} name="amount" label="Montant reçu (€)" inputMode="decimal" autoComplete="off" required defaultValue={fieldValue(state, "amount", defaultAmount)} error={fieldError(state, "amount")} hint="Par exemple 12,50" />
        <TextField id={`${id}-date`} name="receivedOn" type="date" label="Reçu le" required max={today} defaultValue={fieldValue(state, "receivedOn", today)} error={fieldError(state, "receivedOn")} />
        <TextField id={`${id}-ref`} name="bankReference" label="Référence bancaire" autoComplete="off" required defaultValue={fieldValue(state, "bankReference")} error={fieldError(state, "bankReference")} />
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme que ce virement apparaît sur le relevé du compte de la boutique." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : "Enregistrer le virement"}
        </Button>
      </div>
    </form>
  );
}
