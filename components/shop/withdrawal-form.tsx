"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * « Me rétracter », with its short confirmation step: the button opens the confirmation (a
 * <details>, so it works before hydration too), which asks to tick one box and confirm.
 */
export function WithdrawalForm({ reference, token, action }: { reference: string; token: string | null; action: Action }) {
  const [state, submit, pending] = useActionState(action, IDLE_FORM_STATE);
  if (state.status === "success") {
    return (
      <div data-testid="withdrawal-done">
        <Alert tone="success" title="Rétractation enregistrée" live>
          {state.message}
        </Alert>
      </div>
    );
  }
  const error = state.status === "error" ? (state.fieldErrors.confirm ?? state.message) : undefined;
  return (
    <details className="group" open={state.status === "error"}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg border border-stone-300 bg-white px-4 font-medium text-stone-900 hover:bg-stone-100" data-testid="withdrawal-open">
        Me rétracter
      </summary>
      <form action={submit} className="mt-4 flex flex-col gap-3" noValidate>
        <input type="hidden" name="reference" value={reference} />
        {token ? <input type="hidden" name="t" value={token} /> : null}
        <p className="text-sm text-stone-700">
          Vous renoncez à cette commande : vous nous renvoyez les articles dans les 14 jours, et nous vous remboursons dans les 14 jours suivant votre demande.
        </p>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" name="confirm" className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" aria-invalid={error ? true : undefined} aria-describedby={error ? "confirm-error" : undefined} />
          <span>Je confirme me rétracter de la commande {reference}.</span>
        </label>
        <FieldError id="confirm" error={error} />
        <Button type="submit" variant="danger" disabled={pending} className="self-start border border-red-300" data-testid="withdrawal-confirm">
          {pending ? "Enregistrement…" : "Confirmer ma rétractation"}
        </Button>
      </form>
    </details>
  );
}
