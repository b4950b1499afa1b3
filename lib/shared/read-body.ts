/**
 * Reads a request body as UTF-8 text, or null once it grows past `maxBytes`. It streams and stops
 * reading at the limit, so an unauthenticated caller cannot make us buffer a large body first
 * (request.text() would read all of it); a Content-Length already over the limit is refused
 * before reading anything.
 */
export async function readBodyWithinLimit(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
