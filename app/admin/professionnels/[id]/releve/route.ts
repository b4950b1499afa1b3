import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";
import { statementPdf } from "@/lib/documents/statement-pdf";
import { statementFor, statementPeriod } from "@/lib/use-cases/pro-portal";

export const dynamic = "force-dynamic";

/** Any professional's statement of account, for an admin; 404 to anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "admin" || adminMustEnrolSecondFactor(user)) return notFoundResponse();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return notFoundResponse();
  const period = statementPeriod(new URL(request.url).searchParams);
  if (!period) return new Response("Période invalide.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const statement = await statementFor(await getDb(), id, period.from, period.to);
  if (!statement) return notFoundResponse();
  return pdfDownload(await statementPdf(statement), `releve-${statement.company.name.replace(/[^A-Za-z0-9]+/g, "-")}-${period.from}-${period.to}.pdf`);
}
