import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { getDb } from "@/lib/db/client";
import { invoicePdf } from "@/lib/documents/invoice-pdf";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";
import { findOrderForPaymentPages } from "@/lib/orders/access";
import { invoiceForOrderPage } from "@/lib/use-cases/invoices";

export const dynamic = "force-dynamic";

/**
 * The order's invoice as a Factur-X PDF, for whoever may see the order (its link or its account):
 * the invoice issued with it, or — a paid order without one yet — issued now, « Acquittée ».
 * Before the order is paid (or on account) there is none: 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  const { reference } = await params;
  const order = await findOrderForPaymentPages(reference, new URL(request.url).searchParams.get("t"));
  const invoice = order ? await invoiceForOrderPage(await getDb(), order.id) : null;
  if (!invoice) return notFoundResponse();
  return pdfDownload(await invoicePdf(invoice.document as InvoiceDocument), `facture-${invoice.number}.pdf`);
}
