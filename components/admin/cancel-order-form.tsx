"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { orderId: string; action: (state: FormState, formData: FormData) => Promise<FormState>; notice?: string };

/** "Annuler la commande": an unpaid order, with a confirmation box (checked again on the server). */
export function CancelOrderForm({ orderId, action, notice }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="admin-cancel-order">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Annuler la commande
      </h3>
      <p className="text-sm text-stone-600">
        Les articles sont remis en stock, un paiement en ligne en cours est interrompu chez le prestataire, et le client reçoit un e-mail. Impossible si de
        l&apos;argent a été reçu ou si un chèque reçu n&apos;est pas encore traité.
      </p>
      {notice ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="admin-cancel-returned-cheques">
          {notice}
        </p>
      ) : null}
      <input type="hidden" name="orderId" value={orderId} />
      <TextField id={`${id}-note`} name="note" label="Motif (pour l'historique)" maxLength={300} defaultValue={fieldValue(state, "note")} error={fieldError(state, "note")} />
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme l'annulation de cette commande." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Annulation…" : "Annuler la commande"}
        </Button>
      </div>
    </form>
  );
}
