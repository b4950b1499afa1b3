import { eq } from "drizzle-orm";
import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import type { InvoiceDocument } from "@/lib/billing/invoice-document";
import { getDb } from "@/lib/db/client";
import { invoices } from "@/lib/db/schema";
import { invoicePdf } from "@/lib/documents/invoice-pdf";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";

export const dynamic = "force-dynamic";

/** Any invoice or credit note, for an admin (second factor on, as every back-office page); 404 to anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "admin" || adminMustEnrolSecondFactor(user)) return notFoundResponse();
  const [invoice] = await (await getDb()).select().from(invoices).where(eq(invoices.number, decodeURIComponent((await params).number)));
  if (!invoice) return notFoundResponse();
  return pdfDownload(await invoicePdf(invoice.document as InvoiceDocument), `${invoice.kind === "invoice" ? "facture" : "avoir"}-${invoice.number}.pdf`);
}
