"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormMessage } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** For one received cheque: "Chèque encaissé" or "Chèque impayé" (with the reason). */
export function ChequeDecisionForms({ paymentId, label, cashAction, bounceAction }: { paymentId: string; label: string; cashAction: Action; bounceAction: Action }) {
  const [cashState, cash, cashing] = useActionState(cashAction, IDLE_FORM_STATE);
  const [bounceState, bounce, bouncing] = useActionState(bounceAction, IDLE_FORM_STATE);
  const id = useId();
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-stone-200 p-4" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {label}
      </h3>
      <div className="grid gap-6 md:grid-cols-2">
        <form action={cash} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="paymentId" value={paymentId} />
          <ConfirmCheckbox id={`${id}-cash-confirm`} label="Je confirme que la banque a crédité ce chèque." error={fieldError(cashState, "confirm")} />
          <FormMessage state={cashState} />
          <div>
            <Button type="submit" disabled={cashing || bouncing}>
              Chèque encaissé
            </Button>
          </div>
        </form>
        <form action={bounce} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="paymentId" value={paymentId} />
          <TextField id={`${id}-reason`} name="reason" label="Motif du rejet" required placeholder="Ex. : provision insuffisante" defaultValue={fieldValue(bounceState, "reason")} error={fieldError(bounceState, "reason")} />
          <ConfirmCheckbox id={`${id}-bounce-confirm`} label="Je confirme que la banque a rejeté ce chèque." error={fieldError(bounceState, "confirm")} />
          <FormMessage state={bounceState} />
          <div>
            <Button type="submit" variant="secondary" disabled={cashing || bouncing}>
              Chèque impayé
            </Button>
          </div>
        </form>
      </div>
    </div>
  );
}
