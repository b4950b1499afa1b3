"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { IDLE_TOTP_ENROLMENT, type TotpEnrolmentState } from "./totp-enrolment-state";

type Props = { action: (state: TotpEnrolmentState, formData: FormData) => Promise<TotpEnrolmentState> };

/**
 * The last step of enrolment: the first code from the app, then the ten recovery codes, shown once
 * (only their hashes are kept) with what to do with them.
 */
export function TotpEnrolmentForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_TOTP_ENROLMENT);
  if (state.status === "enabled") {
    return (
      <div className="flex flex-col gap-3" data-testid="recovery-codes">
        <Alert tone="success" live title="La double authentification est activée.">
          Voici vos 10 codes de secours. Chacun permet une seule connexion si vous n&apos;avez plus votre téléphone. Ils ne seront plus jamais affichés : imprimez-les
          ou rangez-les dans votre gestionnaire de mots de passe maintenant.
        </Alert>
        <ul className="grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Codes de secours">
          {state.recoveryCodes.map((code) => (
            <li key={code} className="rounded border border-stone-300 bg-white px-3 py-1 text-center">
              {code}
            </li>
          ))}
        </ul>
        <div>
          <ButtonLink href="/admin">J&apos;ai noté mes codes : aller au back-office</ButtonLink>
        </div>
      </div>
    );
  }
  const codeError = state.status === "error" ? state.codeError : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {state.status === "error" && !codeError ? (
        <Alert tone="error" live>
          {state.message}
        </Alert>
      ) : null}
      <TextField
        id="totp-code"
        name="code"
        label="Code affiché par l'application"
        hint="6 chiffres, renouvelés toutes les 30 secondes."
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        required
        error={codeError}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Vérification…" : "Activer la double authentification"}
        </Button>
      </div>
    </form>
  );
}
