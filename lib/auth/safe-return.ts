import type { UserRole } from "@/lib/db/schema";

/**
 * The `?retour=` path after sign-in, kept only when it is a path on this site: "/compte" yes;
 * "https://evil.example", "//evil.example", "/\\evil.example" or "javascript:…" no (open redirect).
 * Null when there is none or it is not safe.
 */
export function requestedReturnPath(raw: string | string[] | null | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 512) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  // Control characters (tab, newline) are stripped by URL parsers and could turn "/\t/x" into "//x".
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    const url = new URL(value, "http://caisse.invalid");
    if (url.origin !== "http://caisse.invalid") return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** requestedReturnPath(), or `fallback` when there is none. */
export function safeReturnPath(raw: string | string[] | null | undefined, fallback = "/compte"): string {
  return requestedReturnPath(raw) ?? fallback;
}

/**
 * Where a user lands after signing in when no `retour` was given: an admin comes to work, so the
 * back-office; everyone else their account (the pro issue may send pros to /pro once it exists).
 */
export function landingPathFor(role: UserRole): string {
  return role === "admin" ? "/admin" : "/compte";
}

/** The page after sign-in: the requested (safe) path if any, else the role's landing page. */
export function afterSignInPath(raw: string | string[] | null | undefined, role: UserRole): string {
  return requestedReturnPath(raw) ?? landingPathFor(role);
}
