/**
 * The `?retour=` path after sign-in, kept only when it is a path on this site: "/compte" yes;
 * "https://evil.example", "//evil.example", "/\\evil.example" or "javascript:…" no (open redirect).
 */
export function safeReturnPath(raw: string | string[] | null | undefined, fallback = "/compte"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters (tab, newline) are stripped by URL parsers and could turn "/\t/x" into "//x".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://caisse.invalid");
    if (url.origin !== "http://caisse.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
