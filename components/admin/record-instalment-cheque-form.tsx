"use client";

import { useActionState, useId } from "react";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormFooter } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  instalmentId: string;
  /** « 2/3 ». */
  part: string;
  defaultAmount: string;
  today: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** « Chèque reçu » for one cheque of the schedule: who wrote it, on which bank, its number and amount. */
export function RecordInstalmentChequeForm({ instalmentId, part, defaultAmount, today, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-label={`Chèque ${part} reçu`} noValidate>
      <input type="hidden" name="instalmentId" value={instalmentId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${id}-drawer`} name="drawer" label="Tireur (titulaire du compte)" autoComplete="off" required defaultValue={fieldValue(state, "drawer")} error={fieldError(state, "drawer")} />
        <TextField id={`${id}-bank`} name="bank" label="Banque" autoComplete="off" required defaultValue={fieldValue(state, "bank")} error={fieldError(state, "bank")} />
        <TextField id={`${id}-number`} name="chequeNumber" label="Numéro du chèque" inputMode="numeric" autoComplete="off" required defaultValue={fieldValue(state, "chequeNumber")} error={fieldError(state, "chequeNumber")} />
        <TextField id={`${id}-amount`} name="amount" label="Montant du chèque (€)" inputMode="decimal" autoComplete="off" required defaultValue={fieldValue(state, "amount", defaultAmount)} error={fieldError(state, "amount")} hint="Celui de l'échéancier" />
        <TextField id={`${id}-date`} name="receivedOn" type="date" label="Reçu le" required max={today} defaultValue={fieldValue(state, "receivedOn", today)} error={fieldError(state, "receivedOn")} />
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label={`Je confirme avoir le chèque ${part} en main.`} error={fieldError(state, "confirm")} />
      <FormFooter state={state} pending={pending} label={`Enregistrer le chèque ${part}`} />
    </form>
  );
}
