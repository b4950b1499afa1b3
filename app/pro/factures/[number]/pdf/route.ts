import { getCurrentUser } from "@/lib/auth/session";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { getDb } from "@/lib/db/client";
import { invoicePdf } from "@/lib/documents/invoice-pdf";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";
import { invoiceOfAccount } from "@/lib/use-cases/invoices";
import { accountIdOfUser } from "@/lib/use-cases/pro-portal";

export const dynamic = "force-dynamic";

/** The pro's own invoice or credit note as a Factur-X PDF; any other number, or anyone else, gets a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "pro") return notFoundResponse();
  const db = await getDb();
  const accountId = await accountIdOfUser(db, user.id);
  const invoice = accountId ? await invoiceOfAccount(db, accountId, decodeURIComponent((await params).number)) : null;
  if (!invoice) return notFoundResponse();
  return pdfDownload(await invoicePdf(invoice.document as InvoiceDocument), `${invoice.kind === "invoice" ? "facture" : "avoir"}-${invoice.number}.pdf`);
}
