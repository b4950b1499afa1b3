"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmCheckbox, fieldError, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** What the server needs (ids, the request key drawn when the page rendered). */
  fields: Record<string, string>;
  confirmLabel: string;
  submitLabel: string;
  pendingLabel: string;
  testId: string;
  variant?: "primary" | "secondary" | "danger";
};

/**
 * One back-office action on one thing (« Retraiter », « Renvoyer », « Désactiver »): a
 * confirmation box (checked again on the server), one button disabled while the request runs,
 * and the server's answer announced. The request key in `fields` makes a double click harmless.
 */
export function ConfirmedActionForm({ action, fields, confirmLabel, submitLabel, pendingLabel, testId, variant = "primary" }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "success" ? null : <ConfirmCheckbox id={`${id}-confirm`} label={confirmLabel} error={fieldError(state, "confirm")} />}
      <FormMessage state={state} />
      {state.status === "success" ? null : (
        <div>
          <Button type="submit" variant={variant} disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
