import "server-only";

/** A PDF as a download: private, never cached, kept out of search engines. */
export function pdfDownload(bytes: Uint8Array, filename: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Introuvable", { status: 404, headers: { "Cache-Control": "no-store" } });
}
