"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { ProTextArea } from "./pro-fields";

/** Suspends net-30 on the account (a reason, e-mailed) or lifts the suspension. */
export function ProHoldForm({ accountId, onHold, action }: { accountId: string; onHold: boolean; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {onHold ? "Rétablir le paiement à 30 jours" : "Suspendre le paiement à 30 jours"}
      </h3>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="hold" value={onHold ? "retablir" : "suspendre"} />
      <ProTextArea
        id={`${id}-reason`}
        name="reason"
        label={onHold ? "Commentaire" : "Motif de la suspension"}
        hint={onHold ? "Gardé dans l'historique du compte." : "Envoyé au client par e-mail ; ses commandes restent possibles en paiement à la commande."}
        required={!onHold}
        placeholder={onHold ? "" : "Ex. : facture F-2026-000012 impayée depuis 45 jours"}
        defaultValue={fieldValue(state, "reason")}
        error={fieldError(state, "reason")}
      />
      <ConfirmCheckbox id={`${id}-confirm`} label={onHold ? "Je confirme rétablir le paiement à 30 jours." : "Je confirme suspendre le paiement à 30 jours de ce compte."} error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant={onHold ? "primary" : "secondary"} disabled={pending}>
          {pending ? "Enregistrement…" : onHold ? "Rétablir" : "Suspendre"}
        </Button>
      </div>
    </form>
  );
}
