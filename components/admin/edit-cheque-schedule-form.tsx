"use client";

import { useActionState, useId, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormFooter } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { buildSchedule, INSTALMENT_COUNTS, type InstalmentCount } from "@/lib/billing/instalments";
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
 * « Modifier l'échéancier »: the number of cheques, a deposit date and an amount per cheque, with
 * the running total against the order's (a convenience: the server checks the schedule and says
 * what is wrong, on the field at fault). Another number of cheques starts from the shop's usual
 * schedule for that number, which the admin then adjusts.
 */
export function EditChequeScheduleForm({ parts, totalCents, firstDay, lastDay, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  const [count, setCount] = useState<number>(parts.length);
  const rows = count === parts.length ? parts : buildSchedule(totalCents, count as InstalmentCount, firstDay);
  // After a refusal, what the admin typed comes back — for the number of cheques it was typed for.
  const echoed = Number(fieldValue(state, "count", String(parts.length))) === count;
  const [amounts, setAmounts] = useState<string[]>(() => parts.map((p) => formatEurInput(p.amountCents)));
  const sum = amounts.reduce((s, v) => s + (parseEurInput(v) ?? 0), 0);
  const changeCount = (next: number) => {
    setCount(next);
    const proposed = next === parts.length ? parts : buildSchedule(totalCents, next as InstalmentCount, firstDay);
    setAmounts(proposed.map((p) => formatEurInput(p.amountCents)));
  };
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="edit-cheque-schedule-form">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Modifier l&apos;échéancier
      </h3>
      <p className="text-sm text-stone-600">
        Avant réception des chèques : même total, de 2 à 4 chèques, dates du {formatIsoDateFr(firstDay)} au {formatIsoDateFr(lastDay)} au plus tard (60 jours). Le client reçoit le nouvel échéancier par
        e-mail.
      </p>
      <SelectField
        id={`${id}-count`}
        name="count"
        label="Nombre de chèques"
        value={String(count)}
        onChange={(e) => changeCount(Number(e.target.value))}
        options={INSTALMENT_COUNTS.map((n) => ({ value: String(n), label: `${n} chèques` }))}
        error={fieldError(state, "count")}
      />
      {rows.map((p, i) => (
        <fieldset key={`${count}-${p.position}`} className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">Chèque {p.position}</legend>
          <TextField
            id={`${id}-date-${p.position}`}
            name={`part${p.position}Date`}
            type="date"
            label={`Date de dépôt du chèque ${p.position}`}
            required
            min={firstDay}
            max={lastDay}
            defaultValue={echoed ? fieldValue(state, `part${p.position}Date`, p.dueOn) : p.dueOn}
            error={fieldError(state, `part${p.position}Date`)}
          />
          <TextField
            id={`${id}-amount-${p.position}`}
            name={`part${p.position}Amount`}
            label={`Montant du chèque ${p.position} (€)`}
            inputMode="decimal"
            autoComplete="off"
            required
            defaultValue={echoed ? fieldValue(state, `part${p.position}Amount`, formatEurInput(p.amountCents)) : formatEurInput(p.amountCents)}
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
