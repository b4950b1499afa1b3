"use client";

import { useActionState, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { formatEur, parseEurInput } from "@/lib/shared/money";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { ProTextArea } from "./pro-fields";

export type CreditableChoice = { id: string; number: string; creditableCents: number; remainingCents: number };

/**
 * « Émettre un avoir » on one of these invoices: all that is left of it, or an amount. Before the
 * confirmation it says where the amount goes: first what the invoice still owes, then the
 * account's credit (a professional) or a refund made separately (a customer).
 */
export function ProCreditNoteForm({ invoices, hasProAccount, requestKey, action }: { invoices: CreditableChoice[]; hasProAccount: boolean; requestKey: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  const [invoiceId, setInvoiceId] = useState(fieldValue(state, "invoiceId", invoices[0]?.id ?? ""));
  const [mode, setMode] = useState<"full" | "partial">(fieldValue(state, "mode", "full") === "partial" ? "partial" : "full");
  const [amount, setAmount] = useState(fieldValue(state, "amount"));
  // After a credit note is issued, the form starts afresh (React's "adjust state while rendering").
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "success") {
      setAmount("");
      setMode("full");
    }
  }
  const invoice = invoices.find((i) => i.id === invoiceId) ?? invoices[0];
  if (!invoice) return null;

  const cents = mode === "full" ? invoice.creditableCents : (parseEurInput(amount) ?? 0);
  const paysInvoice = Math.min(cents, invoice.remainingCents);
  const rest = cents - paysInvoice;

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Émettre un avoir
      </h3>
      <input type="hidden" name="requestKey" value={requestKey} />
      {invoices.length > 1 ? (
        <SelectField
          id={`${id}-invoice`}
          name="invoiceId"
          label="Facture corrigée"
          required
          value={invoice.id}
          onChange={(e) => setInvoiceId(e.target.value)}
          options={invoices.map((i) => ({ value: i.id, label: `${i.number} — jusqu'à ${formatEur(i.creditableCents)}` }))}
          error={fieldError(state, "invoiceId")}
        />
      ) : (
        <>
          <input type="hidden" name="invoiceId" value={invoice.id} />
          <p className="text-sm">
            Facture <span className="font-mono">{invoice.number}</span> : avoir possible jusqu&apos;à {formatEur(invoice.creditableCents)}.
          </p>
        </>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-stone-800">Montant</legend>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" name="mode" value="full" checked={mode === "full"} onChange={() => setMode("full")} className="size-4 accent-brand-700" />
          Tout ce qui reste de la facture ({formatEur(invoice.creditableCents)})
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="radio" name="mode" value="partial" checked={mode === "partial"} onChange={() => setMode("partial")} className="size-4 accent-brand-700" />
          Un montant TTC
        </label>
      </fieldset>
      {mode === "partial" ? (
        <TextField id={`${id}-amount`} name="amount" label="Montant de l'avoir TTC (€)" inputMode="decimal" autoComplete="off" required value={amount} onChange={(e) => setAmount(e.target.value)} hint="Réparti sur les taux de TVA de la facture, en proportion." error={fieldError(state, "amount")} />
      ) : null}
      <ProTextArea id={`${id}-reason`} name="reason" label="Motif" hint="Imprimé sur l'avoir." required placeholder="Ex. : deux flacons arrivés cassés" defaultValue={fieldValue(state, "reason")} error={fieldError(state, "reason")} />
      <div aria-live="polite">
        {cents > 0 && cents <= invoice.creditableCents ? (
          <Alert tone={rest > 0 ? "warning" : "info"}>
            {paysInvoice > 0 ? `Réglé sur la facture, qui le devait encore : ${formatEur(paysInvoice)}. ` : ""}
            {rest > 0
              ? hasProAccount
                ? `Déjà payé, donc porté en avoir sur le compte du client (imputé sur ses prochaines factures) : ${formatEur(rest)}. S'il préfère un remboursement, faites-le à part.`
                : `Déjà payé, donc à rembourser au client : ${formatEur(rest)}. Le remboursement se fait à part, l'avoir ne le fait pas.`
              : ""}
          </Alert>
        ) : cents > invoice.creditableCents ? (
          <Alert tone="error">L&apos;avoir ne peut dépasser {formatEur(invoice.creditableCents)}.</Alert>
        ) : null}
      </div>
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme l'émission de cet avoir : il est numéroté et ne pourra plus être modifié." error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Émission…" : "Émettre l'avoir"}
        </Button>
      </div>
    </form>
  );
}
