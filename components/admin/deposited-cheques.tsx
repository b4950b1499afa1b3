"use client";

import { useActionState, useId } from "react";
import { ChequeFacts } from "@/components/admin/cheque-facts";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "@/components/admin/form-bits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { BoardCheque } from "@/lib/use-cases/instalment-cheques";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
export type DepositedCheque = BoardCheque & { value: string; depositedLabel: string };

/**
 * « Chèques déposés »: each cheque at the bank with « Encaissé » and « Impayé » (the bank's reason
 * required), each confirmed. The answer is shown above the list, not in the cheque's card: once
 * recorded, the cheque leaves this list for « Réglés récemment » and its card with it. A refusal
 * shows its field errors on the card that was submitted.
 */
export function DepositedCheques({ cheques, cashAction, bounceAction }: { cheques: DepositedCheque[]; cashAction: Action; bounceAction: Action }) {
  const [cashState, cash, cashing] = useActionState(cashAction, IDLE_FORM_STATE);
  const [bounceState, bounce, bouncing] = useActionState(bounceAction, IDLE_FORM_STATE);
  const id = useId();
  const busy = cashing || bouncing;
  const submitted = (state: FormState, value: string) => state.status === "error" && state.values.cheque === value;
  return (
    <div className="flex flex-col gap-3">
      <FormMessage state={cashState} />
      <FormMessage state={bounceState} />
      {cheques.length === 0 ? (
        <p className="text-sm text-stone-600">Aucun chèque déposé en attente d&apos;encaissement.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {cheques.map((c, i) => {
            const cashError = submitted(cashState, c.value) ? cashState : IDLE_FORM_STATE;
            const bounceError = submitted(bounceState, c.value) ? bounceState : IDLE_FORM_STATE;
            return (
              <li key={c.value} className="flex flex-col gap-3 rounded-lg border border-stone-200 p-3" data-testid="deposited-cheque" data-order={c.orderReference}>
                <ChequeFacts cheque={c}>{c.depositedLabel}</ChequeFacts>
                <div className="grid gap-4 md:grid-cols-2">
                  <form action={cash} className="flex flex-col gap-2" noValidate>
                    <input type="hidden" name="cheque" value={c.value} />
                    <ConfirmCheckbox id={`${id}-${i}-cash`} label="Je confirme que la banque a crédité ce chèque." error={fieldError(cashError, "confirm")} />
                    <div>
                      <Button type="submit" size="sm" disabled={busy}>
                        Encaissé
                      </Button>
                    </div>
                  </form>
                  <details className="rounded-md bg-stone-50 p-2" open={bounceError.status === "error"}>
                    <summary className="cursor-pointer text-sm font-medium text-red-800">Déclarer impayé…</summary>
                    <form action={bounce} className="mt-2 flex flex-col gap-2" noValidate>
                      <input type="hidden" name="cheque" value={c.value} />
                      <TextField
                        id={`${id}-${i}-reason`}
                        name="reason"
                        label="Motif du rejet"
                        required
                        placeholder="Ex. : provision insuffisante"
                        defaultValue={fieldValue(bounceError, "reason")}
                        error={fieldError(bounceError, "reason")}
                      />
                      <ConfirmCheckbox id={`${id}-${i}-bounce`} label="Je confirme que la banque a rejeté ce chèque." error={fieldError(bounceError, "confirm")} />
                      <div>
                        <Button type="submit" size="sm" variant="secondary" disabled={busy}>
                          Impayé
                        </Button>
                      </div>
                    </form>
                  </details>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
