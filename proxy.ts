import { NextResponse, type NextRequest } from "next/server";

/**
 * Security headers on every page, with a fresh CSP nonce per request (Next applies it to its own
 * scripts when it finds it in the request's CSP header). Role checks are NOT done here: every page,
 * action and route checks its own caller on the server.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  // The PayPal SDK (live mode) and PayPlug's hosted page are the only third parties.
  const paypal = "https://www.paypal.com https://www.sandbox.paypal.com https://*.paypal.com https://*.paypalobjects.com";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""} ${paypal}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob: ${paypal}`,
    "font-src 'self'",
    `connect-src 'self' ${paypal}${dev ? " ws: wss:" : ""}`,
    `frame-src 'self' ${paypal}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://secure.payplug.com https://secure-qa.payplug.com https://www.paypal.com https://www.sandbox.paypal.com",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (process.env.NODE_ENV === "production" && (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https")) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [
    // Pages only: not static assets, not machine endpoints (they set their own headers).
    { source: "/((?!_next/static|_next/image|favicon.ico|products/|api/).*)", missing: [{ type: "header", key: "next-router-prefetch" }] },
  ],
};
