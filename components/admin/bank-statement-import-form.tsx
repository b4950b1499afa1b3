"use client";

import { useActionState, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, SelectField } from "@/components/ui/field";
import { FormMessage, fieldError } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  maxBytes: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** The columns the server found in a CSV it could not map, to choose from. */
function columnsOf(state: FormState): string[] {
  if (state.status !== "error" || !state.values.columns) return [];
  try {
    const parsed: unknown = JSON.parse(state.values.columns);
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === "string") : [];
  } catch {
    return [];
  }
}

/**
 * « Importer un relevé »: the file, and — only when the server could not tell a CSV's columns —
 * which column holds the date, the label and the amount (or debit and credit). The mapping is
 * remembered for that bank's export. The size is checked here before sending (the server checks
 * again): a file over the limit never leaves the browser.
 */
export function BankStatementImportForm({ maxBytes, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const id = useId();
  const columns = columnsOf(state);
  const options = [{ value: "", label: "— aucune —" }, ...columns.map((c) => ({ value: c, label: c }))];
  const limit = `${Math.round(maxBytes / 1024 / 1024)} Mo`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge(`Le fichier dépasse la taille maximale acceptée (${limit}) : exportez une période plus courte.`);
    } else setTooLarge(null);
  };
  const fileError = tooLarge ?? fieldError(state, "file");
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Importer un relevé
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium text-stone-800">
          Fichier du relevé
        </label>
        <p id={`${id}-file-hint`} className="text-sm text-stone-500">
          CFONB 120, CAMT.053 (XML), OFX ou CSV exporté de la banque en ligne ; {limit} au plus.
        </p>
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          required
          accept=".txt,.cfonb,.120,.xml,.ofx,.qfx,.csv,text/plain,text/csv,application/xml,text/xml,application/x-ofx"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ""}`}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
        />
        <FieldError id={`${id}-file`} error={fileError} />
      </div>
      {columns.length > 0 ? (
        <fieldset className="flex flex-col gap-3 rounded-lg border border-stone-200 p-3">
          <legend className="px-1 text-sm font-semibold">Colonnes du fichier CSV</legend>
          <p className="text-sm text-stone-600">Choisissez les colonnes puis sélectionnez à nouveau le fichier : ce choix sera retenu pour les prochains relevés de cette banque.</p>
          <div className="grid gap-3 sm:grid-cols-3">
            <SelectField id={`${id}-date`} name="mapDate" label="Date d'opération" required options={options} defaultValue="" />
            <SelectField id={`${id}-label`} name="mapLabel" label="Libellé" required options={options} defaultValue="" />
            <SelectField id={`${id}-amount`} name="mapAmount" label="Montant signé" hint="Ou bien débit et crédit" options={options} defaultValue="" />
            <SelectField id={`${id}-debit`} name="mapDebit" label="Débit" options={options} defaultValue="" />
            <SelectField id={`${id}-credit`} name="mapCredit" label="Crédit" options={options} defaultValue="" />
          </div>
        </fieldset>
      ) : null}
      {tooLarge ? null : <FormMessage state={state} />}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Import en cours…" : "Importer le relevé"}
        </Button>
      </div>
    </form>
  );
}
