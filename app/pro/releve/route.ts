import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notFoundResponse, pdfDownload } from "@/lib/documents/pdf-response";
import { statementPdf } from "@/lib/documents/statement-pdf";
import { accountIdOfUser, statementFor, statementPeriod } from "@/lib/use-cases/pro-portal";

export const dynamic = "force-dynamic";

/** The pro's own statement of account as a PDF, over ?du=YYYY-MM-DD&au=YYYY-MM-DD. */
export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (user?.role !== "pro") return notFoundResponse();
  const period = statementPeriod(new URL(request.url).searchParams);
  if (!period) return new Response("Période invalide : choisissez une date de début et une date de fin, la première avant la seconde.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const db = await getDb();
  const accountId = await accountIdOfUser(db, user.id);
  const statement = accountId ? await statementFor(db, accountId, period.from, period.to) : null;
  if (!statement) return notFoundResponse();
  return pdfDownload(await statementPdf(statement), `releve-${period.from}-${period.to}.pdf`);
}
