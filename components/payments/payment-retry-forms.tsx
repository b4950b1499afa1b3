"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PAYMENT_ACTION_IDLE, type PaymentActionState } from "./action-state";

type Action = (state: PaymentActionState, formData: FormData) => Promise<PaymentActionState>;

/**
 * After a refusal or a cancellation: try again now (a new attempt on the same order), or receive a
 * new secure payment link by e-mail. The order is identified by its reference and the page's
 * token; the server checks both again.
 */
export function PaymentRetryForms({ reference, token, email, retryAction, linkAction }: { reference: string; token: string; email: string; retryAction: Action; linkAction: Action }) {
  const [retryState, retry, retrying] = useActionState(retryAction, PAYMENT_ACTION_IDLE);
  const [linkState, requestLink, sending] = useActionState(linkAction, PAYMENT_ACTION_IDLE);
  return (
    <div className="flex flex-col gap-4 print:hidden">
      <form action={retry} className="flex flex-col gap-2">
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="t" value={token} />
        <Button type="submit" size="lg" disabled={retrying} data-testid="retry-payment">
          {retrying ? "Préparation du paiement…" : "Réessayer le paiement"}
        </Button>
        {retryState.status === "error" ? (
          <Alert tone="error" live>
            {retryState.message}
          </Alert>
        ) : null}
      </form>
      <form action={requestLink} className="flex flex-col gap-2">
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="t" value={token} />
        <p className="text-sm text-stone-700">
          Vous préférez payer plus tard ? Nous pouvons vous envoyer un nouveau lien de paiement sécurisé à <strong>{email}</strong>, valable quelques jours.
        </p>
        <div>
          <Button type="submit" variant="secondary" disabled={sending} data-testid="request-payment-link">
            {sending ? "Envoi…" : "Recevoir un nouveau lien de paiement par e-mail"}
          </Button>
        </div>
        {linkState.status !== "idle" ? (
          <Alert tone={linkState.status === "success" ? "success" : "error"} live>
            {linkState.message}
          </Alert>
        ) : null}
      </form>
    </div>
  );
}
