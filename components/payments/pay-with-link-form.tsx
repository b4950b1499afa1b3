"use client";

import { useActionState, useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Method = { method: string; label: string; description: string };

/** The methods a payment link allows; choosing one starts a new attempt and goes to the provider. */
export function PayWithLinkForm({ token, methods, action }: { token: string; methods: readonly Method[]; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">Moyen de paiement</legend>
        {methods.map((m, i) => (
          <label key={m.method} htmlFor={`${id}-${m.method}`} className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-600">
            <input id={`${id}-${m.method}`} type="radio" name="method" value={m.method} defaultChecked={i === 0} className="mt-1 size-4 accent-brand-700" aria-describedby={`${id}-${m.method}-desc`} />
            <span>
              <span className="font-medium">{m.label}</span>
              <span id={`${id}-${m.method}-desc`} className="block text-sm text-stone-600">
                {m.description}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {state.status === "error" ? (
        <Alert tone="error" live>
          {state.message}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" size="lg" disabled={pending} data-testid="pay-with-link">
          {pending ? "Préparation du paiement…" : "Payer maintenant"}
        </Button>
      </div>
    </form>
  );
}
