"use client";

import { useActionState, useId, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmCheckbox, fieldError, fieldValue, FormFooter } from "./form-bits";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  orderId: string;
  today: string;
  /** The carriers, « La Poste / Colissimo »… then « Autre transporteur » (value "other"). */
  carriers: readonly { value: string; label: string }[];
  /** Fixed when the page rendered: a double click sends the same key, and the server records one parcel. */
  requestKey: string;
  /** A second parcel: the title says so. */
  parcel: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** « Expédier »: one parcel that left, with its carrier and tracking number; the customer is e-mailed the link. */
export function ShipOrderForm({ orderId, today, carriers, requestKey, parcel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const [carrier, setCarrier] = useState(fieldValue(state, "carrier", carriers[0]?.value ?? ""));
  const id = useId();
  const other = carrier === "other";
  return (
    <form action={formAction} className="flex flex-col gap-3" aria-labelledby={`${id}-title`} noValidate data-testid="ship-form">
      <h3 id={`${id}-title`} className="text-base font-semibold">
        {parcel > 1 ? `Expédier un autre colis (colis ${parcel})` : "Expédier"}
      </h3>
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${id}-date`} name="shippedOn" type="date" label="Expédié le" required max={today} defaultValue={fieldValue(state, "shippedOn", today)} error={fieldError(state, "shippedOn")} />
        <SelectField id={`${id}-carrier`} name="carrier" label="Transporteur" required options={carriers} value={carrier} onChange={(e) => setCarrier(e.target.value)} error={fieldError(state, "carrier")} />
        <TextField
          id={`${id}-tracking`}
          name="trackingNumber"
          label="Numéro de suivi"
          autoComplete="off"
          defaultValue={fieldValue(state, "trackingNumber")}
          error={fieldError(state, "trackingNumber")}
          hint="Tel qu'imprimé sur l'étiquette ; facultatif pour un envoi sans suivi"
        />
      </div>
      {other ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`${id}-carrier-name`} name="carrierName" label="Nom du transporteur" required defaultValue={fieldValue(state, "carrierName")} error={fieldError(state, "carrierName")} />
          <TextField
            id={`${id}-tracking-url`}
            name="trackingUrl"
            type="url"
            label="Lien de suivi"
            inputMode="url"
            defaultValue={fieldValue(state, "trackingUrl")}
            error={fieldError(state, "trackingUrl")}
            hint="https://… : la page du colis chez le transporteur (facultatif)"
          />
        </div>
      ) : null}
      <ConfirmCheckbox id={`${id}-confirm`} label="Je confirme que ce colis est parti : le client reçoit un e-mail avec le suivi." error={fieldError(state, "confirm")} />
      <FormFooter state={state} pending={pending} label="Enregistrer l'expédition" />
    </form>
  );
}
