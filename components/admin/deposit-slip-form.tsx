"use client";

import { useActionState, useId, useState } from "react";
import { ChequeFacts } from "@/components/admin/cheque-facts";
import { ConfirmCheckbox, fieldError, FormMessage } from "@/components/admin/form-bits";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { DepositReadiness } from "@/lib/payments/deposit-slips";
import { formatEur } from "@/lib/shared/money";
import type { BoardCheque } from "@/lib/use-cases/instalment-cheques";

export type ChequeToDeposit = BoardCheque & DepositReadiness & { value: string; dueLabel: string };
type SlipState = FormState | { status: "success"; message: string; slip: { id: string; number: number } };

/**
 * « Chèques à déposer »: the cheques in hand, those due today or before ticked already, the others
 * shown with their day and not selectable (the server refuses them too). The count and total of
 * the selection follow the ticks; the server recomputes both from the database. One confirmation,
 * one button disabled while it runs; a second submit of the same cheques finds the same slip.
 */
export function DepositSlipForm({ cheques, action }: { cheques: ChequeToDeposit[]; action: (state: SlipState, formData: FormData) => Promise<SlipState> }) {
  const [state, formAction, pending] = useActionState<SlipState, FormData>(action, IDLE_FORM_STATE);
  const [selected, setSelected] = useState(() => new Set(cheques.filter((c) => c.preselected).map((c) => c.value)));
  const id = useId();
  const chosen = cheques.filter((c) => c.selectable && selected.has(c.value));
  const total = chosen.reduce((sum, c) => sum + c.amountCents, 0);
  const toggle = (value: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate data-testid="deposit-slip-form">
      {state.status === "success" && "slip" in state ? (
        <div className="flex flex-col gap-2" data-testid="deposit-slip-made">
          <FormMessage state={state} />
          <p>
            <a href={`/admin/cheques/bordereaux/${state.slip.id}/pdf`} className="font-medium text-brand-700 underline underline-offset-4" data-testid="deposit-slip-pdf">
              Télécharger le bordereau n° {state.slip.number} (PDF)
            </a>
          </p>
        </div>
      ) : null}
      {cheques.length === 0 ? (
        <p className="text-sm text-stone-600">Aucun chèque reçu à déposer.</p>
      ) : (
        <>
          <fieldset className="flex flex-col gap-2">
            <legend className="sr-only">Chèques à mettre sur la remise</legend>
            <ul className="flex flex-col gap-2">
              {cheques.map((c) => (
                <li key={c.value} className="flex items-start gap-3 rounded-lg border border-stone-200 p-3" data-testid="cheque-to-deposit">
                  <input
                    id={`${id}-${c.value}`}
                    type="checkbox"
                    name="cheque"
                    value={c.value}
                    checked={c.selectable && selected.has(c.value)}
                    disabled={!c.selectable}
                    onChange={(e) => toggle(c.value, e.target.checked)}
                    aria-describedby={`${id}-${c.value}-state`}
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={`${id}-${c.value}`} className="flex min-w-0 flex-1">
                    <span className="sr-only">
                      Déposer le chèque {c.number ? `n° ${c.number} ` : ""}de la commande {c.orderReference}
                    </span>
                    <ChequeFacts cheque={c}>
                      <span id={`${id}-${c.value}-state`} className={c.selectable ? "" : "font-medium text-amber-900"}>
                        {c.note ?? c.dueLabel}
                      </span>
                    </ChequeFacts>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p className="text-sm font-medium" aria-live="polite" data-testid="deposit-selection">
            {chosen.length === 0 ? "Aucun chèque sélectionné." : `${chosen.length} chèque${chosen.length > 1 ? "s" : ""} sélectionné${chosen.length > 1 ? "s" : ""}, ${formatEur(total)}.`}
          </p>
          <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme remettre ces chèques à la banque avec le bordereau imprimé." error={fieldError(state, "confirm")} />
          {state.status === "error" ? <FormMessage state={state} /> : null}
          <div>
            <Button type="submit" disabled={pending}>
              {pending ? "Préparation…" : "Préparer le bordereau de remise"}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
