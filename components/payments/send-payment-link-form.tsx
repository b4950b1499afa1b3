"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/admin/form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

/** Back-office: "Envoyer un lien de paiement" to the order's e-mail address. */
export function SendPaymentLinkForm({ orderId, email, validity, action }: { orderId: string; email: string; validity: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Lien de paiement sécurisé
      </h3>
      <p className="text-sm text-stone-700">
        Envoie à <strong>{email}</strong> un lien pour payer cette commande au choix par carte, PayPal, virement ou chèque. Valable {validity}, utilisable une seule fois.
      </p>
      <input type="hidden" name="orderId" value={orderId} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending} data-testid="send-payment-link">
          {pending ? "Envoi…" : "Envoyer un lien de paiement"}
        </Button>
      </div>
    </form>
  );
}
