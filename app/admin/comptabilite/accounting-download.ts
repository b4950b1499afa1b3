import "server-only";
import { adminMustEnrolSecondFactor, getCurrentUser } from "@/lib/auth/session";
import { fecFileName } from "@/lib/billing/accounting-fec";
import { parseAccountingPeriod } from "@/lib/billing/accounting-period";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/shared/env";
import { accountingCsvFileName, accountingCsvStream, accountingFecStream } from "@/lib/use-cases/accounting-export";

/*
 * The two downloads of /admin/comptabilite (route handlers csv/ and fec/), with JSON errors for
 * machines (the page itself only links to a period that parsed): 401 signed out; 403 for a
 * customer, a professional, or an admin who must still enrol the second factor the shop
 * requires; 400 for a period that does not parse; 409 when the SIRET gives no SIREN to name the FEC.
 */

const HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" } as const;

const jsonError = (status: number, error: string) => Response.json({ error }, { status, headers: HEADERS });

export async function accountingDownload(request: Request, format: "csv" | "fec"): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return jsonError(401, "Connectez-vous avec un compte administrateur.");
  if (user.role !== "admin" || adminMustEnrolSecondFactor(user)) return jsonError(403, "Réservé aux administrateurs.");
  const params = new URL(request.url).searchParams;
  const parsed = parseAccountingPeriod({ du: params.get("du"), au: params.get("au"), mois: params.get("mois") });
  if ("error" in parsed) return jsonError(400, parsed.error);
  const { period } = parsed;
  const options = { ...env.accounting, shippingVatRateBp: env.shipping.vatRateBp };
  const db = await getDb();
  if (format === "csv") {
    return new Response(accountingCsvStream(db, period, options), {
      headers: { ...HEADERS, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${accountingCsvFileName(period)}"` },
    });
  }
  const fileName = fecFileName(env.merchant.siret, period.to);
  if (!fileName) return jsonError(409, "Le SIRET de la boutique (MERCHANT_SIRET) est absent ou mal formé : le FEC est nommé d'après son SIREN.");
  return new Response(accountingFecStream(db, period, options), {
    headers: { ...HEADERS, "Content-Type": "text/plain; charset=iso-8859-15", "Content-Disposition": `attachment; filename="${fileName}"` },
  });
}
