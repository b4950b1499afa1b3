"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** « Mot de passe oublié ? »: the address, then one sentence whatever the answer. */
export function PasswordResetRequestForm({ action }: { action: Action }) {
  const [state, submit, pending] = useActionState(action, IDLE_FORM_STATE);
  if (state.status === "success") {
    return (
      <div data-testid="password-reset-sent">
        <Alert tone="success" live>
          {state.message}
        </Alert>
      </div>
    );
  }
  const error = state.status === "error" ? (state.fieldErrors.email ?? state.message) : undefined;
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <TextField id="reset-email" name="email" type="email" label="Adresse e-mail" autoComplete="email" required defaultValue={state.status === "error" ? state.values.email : ""} error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : "Recevoir un lien"}
      </Button>
    </form>
  );
}

/** The new password, twice; the server checks the link and the password policy. */
export function NewPasswordForm({ token, action }: { token: string; action: Action }) {
  const [state, submit, pending] = useActionState(action, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const general = state.status === "error" && Object.keys(errors).length === 0 ? state.message : null;
  return (
    <form action={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="t" value={token} />
      {general ? (
        <Alert tone="error" live>
          {general}
        </Alert>
      ) : null}
      <TextField
        id="password"
        name="password"
        type="password"
        label="Nouveau mot de passe"
        hint="8 caractères au moins (12 pour un compte administrateur). Une phrase de plusieurs mots est facile à retenir et difficile à deviner."
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <TextField id="confirmation" name="confirmation" type="password" label="Confirmez le mot de passe" autoComplete="new-password" required error={errors.confirmation} />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Changer mon mot de passe"}
      </Button>
    </form>
  );
}
