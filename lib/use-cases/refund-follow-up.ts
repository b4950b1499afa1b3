import "server-only";
import type { Tx } from "@/lib/db/client";
import type { orders } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderRefundMadeEmail } from "@/lib/mail/templates/refund-made";
import { orderPaymentUrls } from "@/lib/orders/access";
import { customerNameFor } from "@/lib/orders/customer-name";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { formatEur, type Cents } from "@/lib/shared/money";
import { creditedCents, issueCreditNoteInTx, type CreditNoteIssuer } from "@/lib/use-cases/credit-notes";
import { invoiceOfOrder } from "@/lib/use-cases/invoices";

/*
 * What follows money given back on an order, in the transaction that records it (a provider's
 * refund in reconcile-payment.ts, an offline refund in record-offline-refund.ts):
 * - an invoiced order gets a credit note (avoir) for what the refund took off the sale, once: the
 *   credit note's request key is the refund's own key, and a second run finds it;
 * - the customer gets an e-mail saying how much came back and how.
 * A refund that only gave back money the order never kept (a duplicate payment, an excess) takes
 * nothing off the sale: no credit note, and no e-mail (the duplicate's own e-mail says it).
 */

type OrderRow = typeof orders.$inferSelect;

/** What the order kept of its total, from net money: what a credit note may take off. Pure. */
export function keptCents(order: Pick<OrderRow, "totalCents" | "paidCents" | "refundedCents">): Cents {
  return Math.max(0, Math.min(order.totalCents, order.paidCents - order.refundedCents));
}

export async function followUpRefund(
  tx: Tx,
  input: {
    before: OrderRow;
    after: OrderRow;
    amountCents: Cents;
    /** « sur la carte utilisée pour la commande », « par virement (référence RB-42) ». */
    how: string;
    /** Unique per refund: a replay of the same refund issues nothing twice. */
    refundKey: string;
    issuer: CreditNoteIssuer;
  },
): Promise<{ creditNote: string | null }> {
  const takenOff = keptCents(input.before) - keptCents(input.after);
  const closed = input.after.status === "refunded" || input.after.status === "cancelled";
  if (takenOff <= 0 && !closed) return { creditNote: null };

  let creditNote: string | null = null;
  const invoice = takenOff > 0 ? await invoiceOfOrder(tx, input.after.id) : null;
  if (invoice) {
    const creditable = invoice.totalCents - (await creditedCents(tx, invoice.id));
    const amountCents = Math.min(takenOff, creditable);
    if (amountCents > 0) {
      const issued = await issueCreditNoteInTx(tx, input.issuer, invoice.id, {
        amountCents,
        reason: `Remboursement de ${formatEur(input.amountCents)} ${input.how}`,
        requestKey: `refund:${input.refundKey}`,
        settlement: "refunded",
      });
      if (issued.ok) creditNote = issued.number;
      // The refund happened whatever the document does: recorded, and an admin issues the avoir by hand.
      else log.error("refunds", "credit note for a refund not issued", { orderId: input.after.id, invoice: invoice.number, message: issued.message });
    }
  }

  await enqueueEmail(tx, {
    to: input.after.email,
    template: EMAIL_TEMPLATES.refundMade,
    orderId: input.after.id,
    email: renderRefundMadeEmail({
      reference: input.after.reference,
      customerName: await customerNameFor(tx, input.after),
      amount: formatEur(input.amountCents),
      how: input.how,
      totalRefunded: formatEur(input.after.refundedCents),
      creditNoteNumber: creditNote,
      orderUrl: orderPaymentUrls(input.after).orderUrl,
      signature: `L'équipe ${env.merchant.name}`,
    }),
  });
  return { creditNote };
}
