"use client";

import { useActionState, useMemo, useState } from "react";
import { useHydrated } from "@/components/auth/use-hydrated";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, formatEurInput, parseEurInput } from "@/lib/shared/money";

export type PayableInvoice = { id: string; number: string; dueDate: string | null; remainingCents: number; overdue: boolean };
export type PayInvoicesState = { status: "idle" } | { status: "error"; message: string };

type Props = { invoices: PayableInvoice[]; requestKey: string; action: (state: PayInvoicesState, formData: FormData) => Promise<PayInvoicesState> };

/**
 * The pro picks the invoices to pay and, for each, how much (what it still owes by default), then
 * pays the total by card on PayPlug's page. The total shown is a convenience: the server checks
 * every amount against what each invoice still owes and charges what it computes.
 */
export function PayInvoicesForm({ invoices, requestKey, action }: Props) {
  const ready = useHydrated();
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  const [amounts, setAmounts] = useState<Record<string, string>>(() => Object.fromEntries(invoices.map((i) => [i.id, formatEurInput(i.remainingCents)])));
  const total = useMemo(() => invoices.reduce((sum, i) => sum + (chosen[i.id] ? (parseEurInput(amounts[i.id] ?? "") ?? 0) : 0), 0), [invoices, chosen, amounts]);

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="requestKey" value={requestKey} />
      {state.status === "error" ? (
        <Alert tone="error" live>
          {state.message}
        </Alert>
      ) : null}
      <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200">
        {invoices.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-3 p-3">
            <label className="flex min-h-10 flex-1 items-center gap-3">
              <input
                type="checkbox"
                name="invoice"
                value={i.id}
                checked={Boolean(chosen[i.id])}
                onChange={(e) => setChosen((c) => ({ ...c, [i.id]: e.target.checked }))}
                className="h-5 w-5 accent-brand-700"
                data-testid={`pay-invoice-${i.number}`}
              />
              <span className="flex flex-col">
                <span className="font-mono font-medium">{i.number}</span>
                <span className={`text-sm ${i.overdue ? "font-medium text-red-700" : "text-stone-600"}`}>
                  {i.dueDate ? `${i.overdue ? "En retard : échue le" : "Échéance"} ${formatIsoDateFr(i.dueDate)}` : "Sans échéance"} · reste {formatEur(i.remainingCents)}
                </span>
              </span>
            </label>
            <label className="flex items-center gap-2 text-sm">
              <span>Montant</span>
              <input
                name={`amount-${i.id}`}
                inputMode="decimal"
                value={amounts[i.id] ?? ""}
                onChange={(e) => setAmounts((a) => ({ ...a, [i.id]: e.target.value }))}
                disabled={!chosen[i.id]}
                aria-label={`Montant à régler pour la facture ${i.number}, en euros`}
                className="w-28 rounded-lg border border-stone-300 px-2 py-2 text-right tabular-nums disabled:bg-stone-100"
              />
              <span aria-hidden>€</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-lg">
          Total à régler : <strong className="tabular-nums" data-testid="pay-invoices-total">{formatEur(total)}</strong>
        </p>
        <Button type="submit" size="lg" disabled={pending || !ready || total <= 0}>
          {pending ? "Préparation du paiement…" : "Payer par carte"}
        </Button>
      </div>
      <p className="text-sm text-stone-600">Paiement sur la page sécurisée de PayPlug (3-D Secure). Pour un virement ou un chèque, indiquez les numéros de facture : nous l&apos;enregistrons à réception.</p>
    </form>
  );
}
