import { accountingDownload } from "../accounting-download";

export const dynamic = "force-dynamic";

/** The period's accounting journal as CSV (French spreadsheet conventions), streamed; admins only. */
export function GET(request: Request): Promise<Response> {
  return accountingDownload(request, "csv");
}
