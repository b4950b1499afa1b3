"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { PayInvoicesState } from "@/components/pro/pay-invoices-form";
import { createAction } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { parseEurInput } from "@/lib/shared/money";
import { startInvoiceCardPayment } from "@/lib/use-cases/invoice-payments";

const input = z.object({
  requestKey: z.string().min(16).max(100),
  requests: z.array(z.object({ invoiceId: z.uuid(), amount: z.string() })).max(200),
});

function read(formData: FormData) {
  return {
    requestKey: formData.get("requestKey"),
    requests: formData
      .getAll("invoice")
      .filter((id): id is string => typeof id === "string")
      .map((id) => ({ invoiceId: id, amount: formData.get(`amount-${id}`) ?? "" })),
  };
}

/** Pays the chosen invoices by card: checked on the server against the pro's own open invoices (startInvoiceCardPayment). */
const payInvoices = createAction<FormData, typeof input, PayInvoicesState>(
  {
    name: "pay-invoices",
    access: "pro",
    schema: input,
    read,
    failed: (failure) => ({ status: "error", message: failure.message }),
  },
  async ({ requestKey, requests }, ctx) => {
    const user = (await ctx.user())!;
    const parsed = requests.map((r) => ({ invoiceId: r.invoiceId, amountCents: parseEurInput(r.amount) }));
    if (parsed.some((r) => r.amountCents === null)) return { status: "error", message: "Un montant n'est pas un montant en euros (exemple : 120,50)." };
    const started = await startInvoiceCardPayment(await getDb(), user.id, { requestKey, requests: parsed.map((r) => ({ invoiceId: r.invoiceId, amountCents: r.amountCents! })) });
    if (!started.ok) return { status: "error", message: started.message };
    redirect(started.redirectUrl!);
  },
);

export async function payInvoicesAction(_previous: PayInvoicesState, formData: FormData): Promise<PayInvoicesState> {
  return payInvoices(formData);
}
