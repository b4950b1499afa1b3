"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form-bits";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { to: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** The readiness page's e-mail check: one button, the answer under it. */
export function SendTestEmailForm({ to, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="send-test-email">
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Envoi…" : `M'envoyer un e-mail d'essai (${to})`}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
