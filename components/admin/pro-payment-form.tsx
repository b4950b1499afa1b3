"use client";

import { useActionState, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { spreadPayment } from "@/lib/billing/invoice-status";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, formatEurInput, parseEurInput } from "@/lib/shared/money";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";

export type ProOpenInvoice = { id: string; number: string; dueDate: string | null; remainingCents: number; overdue: boolean };

const spread = (amount: string, invoices: readonly ProOpenInvoice[]): Record<string, string> => {
  const cents = parseEurInput(amount) ?? 0;
  const { allocations } = spreadPayment(cents, invoices);
  return Object.fromEntries(invoices.map((i) => [i.id, formatEurInput(allocations.find((a) => a.invoiceId === i.id)?.amountCents ?? 0)]));
};

/**
 * A transfer or a cheque received for the account's invoices. Typing the amount spreads it over
 * the open invoices, oldest due first; the admin may change each invoice's share. What the
 * invoices do not take is shown as credit before the confirmation — the server decides again.
 */
export function ProPaymentForm({ accountId, invoices, today, action }: { accountId: string; invoices: ProOpenInvoice[]; today: string; action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const id = useId();
  const [method, setMethod] = useState<"transfer" | "cheque">(fieldValue(state, "method", "transfer") === "cheque" ? "cheque" : "transfer");
  const [amount, setAmount] = useState(fieldValue(state, "amount"));
  const [shares, setShares] = useState<Record<string, string>>(() => spread(amount, invoices));
  const [edited, setEdited] = useState(false);
  // After a payment is recorded, the form starts afresh for the next one (React's "adjust state
  // while rendering": no effect, no flash of the old amounts).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "success") {
      setAmount("");
      setShares(spread("", invoices));
      setEdited(false);
    }
  }

  const amountCents = parseEurInput(amount);
  const shareCents = invoices.map((i) => parseEurInput(shares[i.id] ?? "") ?? 0);
  const allocated = shareCents.reduce((s, c) => s + c, 0);
  const badShare = invoices.findIndex((i, n) => shareCents[n]! > i.remainingCents || (shares[i.id]?.trim() && parseEurInput(shares[i.id]!) === null));
  const excess = amountCents === null ? 0 : amountCents - allocated;

  const onAmount = (value: string) => {
    setAmount(value);
    if (!edited) setShares(spread(value, invoices));
  };

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        Enregistrer un virement ou un chèque reçu
      </h3>
      <input type="hidden" name="accountId" value={accountId} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium text-stone-800">Moyen</legend>
        {(["transfer", "cheque"] as const).map((m) => (
          <label key={m} className="flex min-h-10 items-center gap-2">
            <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} className="size-4 accent-brand-700" />
            {m === "transfer" ? "Virement" : "Chèque (encaissé)"}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${id}-amount`} name="amount" label="Montant reçu (€)" inputMode="decimal" autoComplete="off" required value={amount} onChange={(e) => onAmount(e.target.value)} error={fieldError(state, "amount")} hint="Par exemple 1 250,00" />
        <TextField
          id={`${id}-ref`}
          name="reference"
          label={method === "transfer" ? "Référence bancaire" : "Numéro du chèque"}
          autoComplete="off"
          required
          defaultValue={fieldValue(state, "reference")}
          error={fieldError(state, "reference")}
        />
        <TextField id={`${id}-date`} name="receivedOn" type="date" label={method === "transfer" ? "Reçu le" : "Encaissé le"} required max={today} defaultValue={fieldValue(state, "receivedOn", today)} error={fieldError(state, "receivedOn")} />
      </div>

      {invoices.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-stone-800">Répartition sur les factures (les plus anciennes d&apos;abord)</legend>
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200">
            {invoices.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-3 p-2">
                <label htmlFor={`${id}-alloc-${i.id}`} className="flex min-w-48 flex-1 flex-col text-sm">
                  <span className="font-mono font-medium">{i.number}</span>
                  <span className={i.overdue ? "font-medium text-red-700" : "text-stone-600"}>
                    {i.dueDate ? `${i.overdue ? "En retard, échue le" : "Échéance"} ${formatIsoDateFr(i.dueDate)}` : "Sans échéance"} · reste {formatEur(i.remainingCents)}
                  </span>
                </label>
                <span className="flex items-center gap-1">
                  <input
                    id={`${id}-alloc-${i.id}`}
                    name={`alloc-${i.id}`}
                    inputMode="decimal"
                    autoComplete="off"
                    value={shares[i.id] ?? ""}
                    onChange={(e) => {
                      setEdited(true);
                      setShares((s) => ({ ...s, [i.id]: e.target.value }));
                    }}
                    className="w-28 rounded-lg border border-stone-300 px-2 py-2 text-right tabular-nums"
                  />
                  <span aria-hidden>€</span>
                </span>
              </li>
            ))}
          </ul>
          {edited ? (
            <div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => {
                  setEdited(false);
                  setShares(spread(amount, invoices));
                }}
              >
                Répartir automatiquement
              </Button>
            </div>
          ) : null}
        </fieldset>
      ) : (
        <p className="text-sm text-stone-600">Aucune facture ouverte : tout le montant sera gardé en avoir sur le compte.</p>
      )}

      <div aria-live="polite" data-testid="pro-payment-summary">
        {amountCents === null || amountCents <= 0 ? null : badShare >= 0 ? (
          <Alert tone="error">La facture {invoices[badShare]!.number} ne doit plus que {formatEur(invoices[badShare]!.remainingCents)} : corrigez son montant.</Alert>
        ) : excess < 0 ? (
          <Alert tone="error">Les montants par facture ({formatEur(allocated)}) dépassent le montant reçu ({formatEur(amountCents)}).</Alert>
        ) : allocated === 0 && invoices.length > 0 ? (
          <Alert tone="info">Aucun montant par facture : le règlement sera réparti automatiquement, les factures les plus anciennes d&apos;abord.</Alert>
        ) : (
          <Alert tone={excess > 0 ? "warning" : "info"}>
            {formatEur(allocated)} sur {shareCents.filter((c) => c > 0).length} facture(s)
            {excess > 0 ? ` ; ${formatEur(excess)} de plus que ce que les factures choisies doivent : gardé en avoir sur le compte du client, imputé sur ses prochaines factures.` : "."}
          </Alert>
        )}
      </div>

      <ConfirmCheckbox id={`${id}-confirm`} label={method === "transfer" ? "Je confirme que ce virement apparaît sur le relevé du compte de la boutique." : "Je confirme que ce chèque est encaissé (crédité par la banque)."} error={fieldError(state, "confirm")} />
      <FormMessage state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : method === "transfer" ? "Enregistrer le virement" : "Enregistrer le chèque"}
        </Button>
      </div>
    </form>
  );
}
