"use client";

import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type ProTermsValues = { termsKind: "net" | "net_eom"; termsDays: number; creditLimit: string; chequeInstalments: boolean };

const KIND_OPTIONS = [
  { value: "net", label: "N jours à compter de la date de facture" },
  { value: "net_eom", label: "N jours fin de mois" },
] as const;

/**
 * The terms an admin grants: on approval (« Valider le compte ») and later (« Enregistrer les
 * conditions »). The legal cap under the days follows the kind chosen; the server checks it again.
 */
export function ProTermsForm({ accountId, initial, mode, hints, action }: { accountId: string; initial: ProTermsValues; mode: "approve" | "update"; hints: Record<"net" | "net_eom", string>; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  const [kind, setKind] = useState<"net" | "net_eom">(initial.termsKind);
  const instalments = state.status === "error" ? state.values.chequeInstalments === "oui" : initial.chequeInstalments;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {mode === "approve" ? "Valider avec ces conditions" : "Modifier les conditions"}
      </h3>
      <input type="hidden" name="accountId" value={accountId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`${id}-kind`}
          name="termsKind"
          label="Délai de paiement"
          required
          options={KIND_OPTIONS}
          defaultValue={fieldValue(state, "termsKind", initial.termsKind)}
          onChange={(e) => setKind(e.target.value === "net_eom" ? "net_eom" : "net")}
          error={fieldError(state, "termsKind")}
        />
        <TextField
          id={`${id}-days`}
          name="termsDays"
          label="Nombre de jours (N)"
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={fieldValue(state, "termsDays", String(initial.termsDays))}
          hint={hints[kind]}
          error={fieldError(state, "termsDays")}
        />
        <TextField
          id={`${id}-limit`}
          name="creditLimit"
          label="Encours autorisé (€)"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={fieldValue(state, "creditLimit", initial.creditLimit)}
          hint="Factures ouvertes + nouvelle commande à 30 jours ne dépassent pas ce montant. 0 : pas de paiement à 30 jours."
          error={fieldError(state, "creditLimit")}
        />
        <div className="flex items-start gap-2 self-end pb-2">
          <input id={`${id}-instalments`} name="chequeInstalments" type="checkbox" value="oui" defaultChecked={instalments} className="mt-1 size-4 accent-brand-700" />
          <label htmlFor={`${id}-instalments`} className="text-sm text-stone-800">
            Paiement en plusieurs chèques autorisé
          </label>
        </div>
      </div>
      <ConfirmCheckbox
        id={`${id}-confirm`}
        label={mode === "approve" ? "Je confirme avoir vérifié l'entreprise (Kbis, n° de TVA) : le client est prévenu par e-mail." : "Je confirme ces nouvelles conditions (elles valent pour les prochaines factures)."}
        error={fieldError(state, "confirm")}
      />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : mode === "approve" ? "Valider le compte" : "Enregistrer les conditions"}
        </Button>
      </div>
    </form>
  );
}
