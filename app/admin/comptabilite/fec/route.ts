import { accountingDownload } from "../accounting-download";

export const dynamic = "force-dynamic";

/** The period's Fichier des Écritures Comptables (ISO 8859-15, tab-separated), streamed; admins only. */
export function GET(request: Request): Promise<Response> {
  return accountingDownload(request, "fec");
}
