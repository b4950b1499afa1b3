/**
 * Before sending a customer's browser to a provider's hosted page we check where it goes: a
 * tampered or misconfigured provider answer must not turn the shop into an open redirect or send
 * customers to a look-alike card page. Pure, unit-tested.
 */
export function isAllowedRedirect(url: string | null | undefined, allowedHosts: readonly string[], options: { allowHttp: boolean }): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "https:" && !(options.allowHttp && parsed.protocol === "http:")) return false;
  if (parsed.username || parsed.password) return false;
  const host = parsed.host.toLowerCase();
  return allowedHosts.some((h) => h.toLowerCase() === host);
}
