"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { formatEur, formatEurInput } from "@/lib/shared/money";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";

/** Records the credit paid back to the pro (a transfer or cheque the shop made), up to what the account holds. */
export function ProRefundCreditForm({ accountId, creditCents, today, action }: { accountId: string; creditCents: number; today: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <p className="text-sm text-stone-700">
        Le compte détient {formatEur(creditCents)} d&apos;avoir. Faites le virement ou le chèque, puis enregistrez-le ici : cet avoir ne réglera plus de factures.
      </p>
      <input type="hidden" name="accountId" value={accountId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${id}-amount`} name="amount" label="Montant remboursé (€)" inputMode="decimal" required defaultValue={fieldValue(state, "amount", formatEurInput(creditCents))} error={fieldError(state, "amount")} />
        <SelectField
          id={`${id}-method`}
          name="method"
          label="Par"
          required
          options={[
            { value: "transfer", label: "Virement" },
            { value: "cheque", label: "Chèque" },
          ]}
          defaultValue={fieldValue(state, "method", "transfer")}
          error={fieldError(state, "method")}
        />
        <TextField id={`${id}-reference`} name="reference" label="Référence du virement ou n° du chèque" required defaultValue={fieldValue(state, "reference")} error={fieldError(state, "reference")} />
        <TextField id={`${id}-paid-on`} name="paidOn" type="date" label="Date" required max={today} defaultValue={fieldValue(state, "paidOn", today)} error={fieldError(state, "paidOn")} />
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme avoir remboursé ce montant au client." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Enregistrement…" : "Enregistrer le remboursement"}
        </Button>
      </div>
    </form>
  );
}
