import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { renderDepositSlipPdf } from "@/lib/documents/deposit-slip-pdf";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";
import { depositSlipView } from "@/lib/use-cases/instalment-cheques";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A deposit slip's PDF, for an admin (second factor on, as every back-office page); 404 to anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "admin" || adminMustEnrolSecondFactor(user)) return notFoundResponse();
  const { id } = await params;
  if (!UUID.test(id)) return notFoundResponse();
  const slip = await depositSlipView(await getDb(), id);
  if (!slip) return notFoundResponse();
  const { bytes } = await renderDepositSlipPdf(slip);
  return pdfDownload(bytes, `remise-cheques-${slip.number}-${slip.depositedOn}.pdf`);
}
