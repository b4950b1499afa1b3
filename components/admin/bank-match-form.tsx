"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmCheckbox, fieldError, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  lineId: string;
  kind: string;
  targetId: string;
  /** « Commande CA-… · Jeanne Martin », read in the confirmation. */
  targetLabel: string;
  amount: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** One proposal of a statement line: confirmed by a tick, then recorded on the server from the line itself. */
export function BankMatchForm({ lineId, kind, targetId, targetLabel, amount, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="targetId" value={targetId} />
      <ConfirmCheckbox id={`${id}-confirm`} label={`Je confirme que ce crédit de ${amount} règle ${targetLabel}.`} error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Enregistrement…" : "Confirmer le rapprochement"}
        </Button>
      </div>
    </form>
  );
}
