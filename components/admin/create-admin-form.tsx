"use client";

import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { requestKey: string; invitationHours: number; action: (state: FormState, formData: FormData) => Promise<FormState> };

/**
 * « Nouvel administrateur »: e-mail, name, and how the first password is set — a link e-mailed to
 * the new admin (the default: nobody else ever knows the password) or a password typed here.
 */
export function CreateAdminForm({ requestKey, invitationHours, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const [mode, setMode] = useState<"link" | "password">(fieldValue(state, "mode", "link") === "password" ? "password" : "link");
  const id = useId();
  return (
    <Card labelledBy={`${id}-title`}>
      <form action={formAction} className="flex flex-col gap-4" noValidate data-testid="admin-create">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          Nouvel administrateur
        </h2>
        <input type="hidden" name="requestKey" value={requestKey} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id={`${id}-email`} name="email" type="email" autoComplete="off" label="E-mail" required defaultValue={fieldValue(state, "email")} error={fieldError(state, "email")} />
          <TextField id={`${id}-name`} name="name" label="Nom" required defaultValue={fieldValue(state, "name")} error={fieldError(state, "name")} />
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Premier mot de passe</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value="link" checked={mode === "link"} onChange={() => setMode("link")} className="mt-1 size-4 accent-brand-700" />
            <span>Lui envoyer un lien pour le choisir (valable {invitationHours} heures) — recommandé : personne d&apos;autre ne le connaît</span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="mode" value="password" checked={mode === "password"} onChange={() => setMode("password")} className="mt-1 size-4 accent-brand-700" />
            <span>Le saisir ici et le lui transmettre</span>
          </label>
        </fieldset>
        {mode === "password" ? (
          <TextField
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            label="Mot de passe initial"
            hint="12 caractères au moins, pas un mot de passe courant."
            required
            error={fieldError(state, "password")}
          />
        ) : null}
        {state.status === "success" ? null : <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme : cette personne aura accès à tout le back-office (commandes, remboursements, comptes)." error={fieldError(state, "confirm")} />}
        <FormMessage state={state} />
        {state.status === "success" ? null : (
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Création…" : "Créer le compte"}
            </Button>
          </div>
        )}
      </form>
    </Card>
  );
}
