"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** What the link opens: a payment page, or the order page (an expired order link's page). */
const WORDING = {
  payment: { what: "un nouveau lien de paiement sécurisé", button: "Recevoir un nouveau lien de paiement par e-mail", testId: "request-payment-link" },
  order: { what: "un nouveau lien pour suivre votre commande", button: "Recevoir un nouveau lien par e-mail", testId: "request-order-link" },
} as const;

/**
 * "Recevoir un nouveau lien de paiement par e-mail" (or, `kind="order"`, a new link to the order
 * page), always to the order's own address (the server picks it; nothing typed here). `fields` identify the order for the action (reference and page
 * token on a receipt, the expired link's token on /paiement/[token]); the server checks them again.
 */
export function RequestPaymentLinkForm({
  fields,
  email,
  validity,
  lead = "Vous préférez payer plus tard ?",
  kind = "payment",
  action,
}: {
  fields: Readonly<Record<string, string>>;
  /** The address as shown to this visitor (possibly masked). */
  email: string;
  /** "7 jours", from PAYMENT_LINK_TTL_DAYS (lib/shared/duration.ts). */
  validity: string;
  lead?: string;
  kind?: keyof typeof WORDING;
  action: Action;
}) {
  const [state, requestLink, sending] = useActionState(action, IDLE_FORM_STATE);
  const wording = WORDING[kind];
  return (
    <form action={requestLink} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-stone-700">
        {lead} Nous pouvons vous envoyer {wording.what} à <strong className="break-all">{email}</strong>, valable {validity}.
      </p>
      <div>
        <Button type="submit" variant="secondary" disabled={sending} data-testid={wording.testId}>
          {sending ? "Envoi…" : wording.button}
        </Button>
      </div>
      {state.status !== "idle" ? (
        <Alert tone={state.status === "success" ? "success" : "error"} live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
