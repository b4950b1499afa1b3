"use server";

import { revalidatePath } from "next/cache";
import { formError, formSuccess, type FormState } from "@/lib/actions/form-state";
import { createAction, formObject, formValues } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { formatEur, parseEurInput } from "@/lib/shared/money";
import { recordInvoicePayment } from "@/lib/use-cases/invoice-payments";
import { offlineAccountPaymentOf } from "@/lib/use-cases/pro-portal";
import { readAllocations, recordPaymentForm } from "../pro-forms";

const WORDS = { transfer: "Virement", cheque: "Chèque" } as const;

/**
 * A transfer or a cheque received for one or several invoices (admin only). The amounts per
 * invoice are checked by recordInvoicePayment against what each still owes; what exceeds them is
 * kept as the account's credit. The same entry sent twice (a double click) finds the first.
 */
const recordPayment = createAction<FormData, typeof recordPaymentForm, FormState>(
  {
    name: "record-invoice-payment",
    access: "admin",
    schema: recordPaymentForm,
    read: (formData) => ({ ...formObject(formData), allocations: readAllocations(formData) }),
    failed: (failure, formData) =>
      failure.kind === "invalid" ? { status: "error", message: failure.message, fieldErrors: failure.fieldErrors, values: formValues(formData) } : formError(failure.message, formValues(formData)),
  },
  async (input, ctx, formData) => {
    const user = (await ctx.user())!;
    const allocations = input.allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amount.trim() === "" ? 0 : parseEurInput(a.amount) }));
    if (allocations.some((a) => a.amountCents === null)) return formError("Un montant par facture n'est pas un montant en euros (exemple : 120,50).", formValues(formData));
    const db = await getDb();
    const result = await recordInvoicePayment(db, { id: user.id, name: user.name }, {
      accountId: input.accountId,
      method: input.method,
      amountCents: input.amount,
      reference: input.reference,
      receivedOn: input.receivedOn,
      allocations: allocations.map((a) => ({ invoiceId: a.invoiceId, amountCents: a.amountCents! })),
    });
    if (!result.ok) {
      const earlier = await offlineAccountPaymentOf(db, input.accountId, input.method, input.reference);
      if (earlier && earlier.amountCents === input.amount && earlier.receivedOn === input.receivedOn) {
        return formSuccess(`${WORDS[input.method]} ${input.reference} déjà enregistré (${earlier.reference}) : rien n'a été ajouté.`);
      }
      return formError(result.message, formValues(formData));
    }
    revalidatePath("/admin/professionnels", "layout");
    const credit = result.creditCents ? ` ${formatEur(result.creditCents)} gardé en avoir sur le compte.` : "";
    return formSuccess(`${WORDS[input.method]} de ${formatEur(input.amount)} enregistré et réparti sur les factures.${credit}`);
  },
);

export async function recordPaymentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return recordPayment(formData);
}
