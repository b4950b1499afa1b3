"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { RequestPaymentLinkForm } from "./request-payment-link-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * After a refusal or a cancellation: try again now (a new attempt on the same order), or receive a
 * new secure payment link by e-mail. The order is identified by its reference and the page's
 * token; the server checks both again.
 */
export function PaymentRetryForms({
  reference,
  token,
  email,
  linkValidity,
  retryAction,
  linkAction,
}: {
  reference: string;
  token: string;
  email: string;
  /** "7 jours", from PAYMENT_LINK_TTL_DAYS (lib/shared/duration.ts). */
  linkValidity: string;
  retryAction: Action;
  linkAction: Action;
}) {
  const [retryState, retry, retrying] = useActionState(retryAction, IDLE_FORM_STATE);
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
      <RequestPaymentLinkForm fields={{ reference, t: token }} email={email} validity={linkValidity} action={linkAction} />
    </div>
  );
}
