"use server";

import { revalidatePath } from "next/cache";
import type { AdminFormState } from "@/components/admin/form-state";
import { describeSummary } from "@/lib/payments/describe-offline-summary";
import { runAdminForm } from "@/lib/actions/run-admin-form";
import { recordChequeForm } from "@/lib/payments/offline-forms";
import { recordCheque } from "@/lib/use-cases/record-cheque";

/** "Chèque reçu": the cheque is in hand, not yet cashed. */
export async function recordChequeAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { state, summary } = await runAdminForm(
    formData,
    recordChequeForm,
    (db, user, input) => recordCheque(db, user, { orderId: input.orderId, amountCents: input.amount, receivedOn: input.receivedOn, chequeNumber: input.chequeNumber }),
    (s) => describeSummary("Chèque enregistré : il comptera une fois encaissé.", s),
  );
  if (summary) revalidatePath(`/admin/commandes/${summary.reference}`);
  return state;
}
