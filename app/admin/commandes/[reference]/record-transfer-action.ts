"use server";

import { revalidatePath } from "next/cache";
import type { AdminFormState } from "@/components/admin/form-state";
import { describeSummary } from "@/lib/payments/describe-offline-summary";
import { runAdminForm } from "@/lib/actions/run-admin-form";
import { recordTransferForm } from "@/lib/payments/offline-forms";
import { recordTransfer } from "@/lib/use-cases/record-transfer";

/** "Virement reçu" (admin only, checked in runAdminForm and again in recordTransfer). */
export async function recordTransferAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { state, summary } = await runAdminForm(
    formData,
    recordTransferForm,
    (db, user, input) => recordTransfer(db, user, { orderId: input.orderId, amountCents: input.amount, receivedOn: input.receivedOn, bankReference: input.bankReference }),
    (s) => describeSummary("Virement enregistré.", s),
  );
  if (summary) revalidatePath(`/admin/commandes/${summary.reference}`);
  return state;
}
