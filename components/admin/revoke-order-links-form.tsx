"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmCheckbox, fieldError, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { orderId: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** "Révoquer les liens envoyés": for a link that leaked; with a confirmation box (checked again on the server). */
export function RevokeOrderLinksForm({ orderId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <Card labelledBy={`${id}-title`}>
      <form action={formAction} className="flex flex-col gap-3" noValidate data-testid="admin-revoke-order-links">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Liens envoyés au client
        </h2>
        <p className="text-sm text-stone-600">
          Un lien de cette commande a fuité (e-mail transféré, capture d&apos;écran) ? Révoquez-les : les liens de suivi et de paiement déjà envoyés
          n&apos;ouvriront plus la commande. Le client garde son compte s&apos;il en a un, et les prochains e-mails porteront de nouveaux liens.
        </p>
        <input type="hidden" name="orderId" value={orderId} />
        {state.status === "success" ? null : (
          <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme : les liens déjà envoyés ne fonctionneront plus." error={fieldError(state, "confirm")} />
        )}
        <FormMessage state={state} />
        {state.status === "success" ? null : (
          <div>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Révocation…" : "Révoquer les liens envoyés"}
            </Button>
          </div>
        )}
      </form>
    </Card>
  );
}
