"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { ProTextArea } from "./pro-fields";

/** « Refuser la demande » with the reason the company receives by e-mail. */
export function ProRejectForm({ accountId, action }: { accountId: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Refuser la demande
      </h3>
      <input type="hidden" name="accountId" value={accountId} />
      <ProTextArea id={`${id}-reason`} name="reason" label="Motif du refus" hint="Envoyé tel quel au client par e-mail." required placeholder="Ex. : SIRET inconnu de l'INSEE" defaultValue={fieldValue(state, "reason")} error={fieldError(state, "reason")} />
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme le refus : le client reçoit ce motif par e-mail." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Enregistrement…" : "Refuser la demande"}
        </Button>
      </div>
    </form>
  );
}
