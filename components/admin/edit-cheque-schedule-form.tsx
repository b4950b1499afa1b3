"use client";

import { useActionState, useId, useState } from "react";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormFooter } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, formatEurInput, parseEurInput } from "@/lib/shared/money";

type Props = {
  parts: readonly { position: number; dueOn: string; amountCents: number }[];
  totalCents: number;
  /** The order's day and the last day allowed (60 days): the date pickers' bounds; the server checks again. */
  firstDay: string;
  lastDay: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/**
 * « Modifier l'échéancier »: a deposit date and an amount per cheque, with the running total
 * against the order's (a convenience: the server checks the schedule and says what is wrong, on
 * the field at fault).
 */
export function EditChequeScheduleForm({ parts, totalCents, firstDay, lastDay, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  const [amounts, setAmounts] = useState<string[]>(() => parts.map((p) => formatEurInput(p.amountCents)));
  const sum = amounts.reduce((s, v) => s + (parseEurInput(v) ?? 0), 0);
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="edit-cheque-schedule-form">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Modifier l&apos;échéancier
      </h3>
      <p className="text-sm text-stone-600">
        Avant réception des chèques : mêmes total et nombre de chèques, dates du {formatIsoDateFr(firstDay)} au {formatIsoDateFr(lastDay)} au plus tard (60 jours). Le client reçoit le nouvel échéancier par e-mail.
      </p>
      <input type="hidden" name="count" value={parts.length} />
      {parts.map((p, i) => (
        <fieldset key={p.position} className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">Chèque {p.position}</legend>
          <TextField
            id={`${id}-date-${p.position}`}
            name={`part${p.position}Date`}
            type="date"
            label={`Date de dépôt du chèque ${p.position}`}
            required
            min={firstDay}
            max={lastDay}
            defaultValue={fieldValue(state, `part${p.position}Date`, p.dueOn)}
            error={fieldError(state, `part${p.position}Date`)}
          />
          <TextField
            id={`${id}-amount-${p.position}`}
            name={`part${p.position}Amount`}
            label={`Montant du chèque ${p.position} (€)`}
            inputMode="decimal"
            autoComplete="off"
            required
            defaultValue={fieldValue(state, `part${p.position}Amount`, formatEurInput(p.amountCents))}
            onChange={(e) => setAmounts((a) => a.map((v, j) => (j === i ? e.target.value : v)))}
            error={fieldError(state, `part${p.position}Amount`)}
          />
        </fieldset>
      ))}
      <p className={`text-sm ${sum === totalCents ? "text-stone-700" : "font-medium text-red-700"}`} aria-live="polite" data-testid="edit-cheque-schedule-total">
        Total des chèques : {formatEur(sum)} — total de la commande : {formatEur(totalCents)}
        {sum === totalCents ? "" : ` (écart ${formatEur(sum - totalCents)})`}
      </p>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme ce nouvel échéancier, convenu avec le client." error={fieldError(state, "confirm")} />
      <FormFooter state={state} pending={pending} label="Enregistrer l'échéancier" />
    </form>
  );
}
