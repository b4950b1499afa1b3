/*
 * The emulators serve only the shop they belong to: they POST notifications and send the payer's
 * browser back to URLs on the shop's own origin (APP_URL, passed in by the routes), never to a URL
 * a caller made up — otherwise a public demo shop would be an SSRF probe and an open redirect.
 */

/** The origin (scheme, host, port) of a URL, or null when it is not an absolute http(s) URL. */
export function httpOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/** Whether `url` is an http(s) URL on the same origin as `shopUrl`. */
export function sameOrigin(url: string, shopUrl: string): boolean {
  const origin = httpOrigin(url);
  return origin !== null && origin === httpOrigin(shopUrl);
}
