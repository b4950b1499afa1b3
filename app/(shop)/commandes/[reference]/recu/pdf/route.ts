import { findOrderForPaymentPages } from "@/lib/orders/access";
import { loadReceipt } from "@/lib/payments/receipt";
import { renderReceiptPdf } from "@/lib/documents/receipt-pdf";

export const dynamic = "force-dynamic";

/** The receipt as a PDF download; 404 to anyone who may not see the order. */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }): Promise<Response> {
  const { reference } = await params;
  const token = new URL(request.url).searchParams.get("t");
  const order = await findOrderForPaymentPages(reference, token);
  const receipt = order ? await loadReceipt(order.id) : null;
  if (!order || !receipt) return new Response("Introuvable", { status: 404, headers: { "Cache-Control": "no-store" } });
  const pdf = await renderReceiptPdf(receipt);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="ticket-${order.reference}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
