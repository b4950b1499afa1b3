import { NextResponse, type NextRequest } from "next/server";
import { checkSessionActivity, SESSION_COOKIE_MAX_AGE_SECONDS, SESSION_EXPIRED_CODE, sessionCookieName } from "@/lib/auth/session-activity";
import { nowInSeconds } from "@/lib/auth/session-expiry";
import { env } from "@/lib/shared/env";

/**
 * Security headers on every response: on pages with a fresh CSP nonce per request (Next applies it
 * to its own scripts when it finds it in the request's CSP header); on /api/* (JSON, webhooks,
 * cron) with a CSP that allows nothing, and no nonce. Role checks are NOT done here: every page,
 * action and route checks its own caller on the server.
 *
 * Next 16 runs proxy on the Node.js runtime (the only one it has), so it reads lib/shared/env like the
 * rest of the app.
 */

// The PayPal SDK (live mode) and PayPlug's hosted page are the only third parties.
const PAYPAL = "https://www.paypal.com https://www.sandbox.paypal.com https://*.paypal.com https://*.paypalobjects.com";
/** PayPal pages a form of ours may lead to (redirect flow to the approval page). */
const PAYPAL_FORM_TARGETS = ["https://www.paypal.com", "https://www.sandbox.paypal.com"];
/** JSON and machine endpoints render nothing: nothing may load, run or frame from them. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
/** A host[:port] as PAYPLUG_HOSTED_PAGE_HOSTS lists them; anything else cannot go into a CSP. */
const HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

/**
 * form-action: the shop itself, PayPlug's hosted card pages (PAYPLUG_HOSTED_PAGE_HOSTS, https) and
 * PayPal's approval pages. A form posting to a server action that redirects to the hosted page is
 * subject to it. In sandbox mode the hosted page is the shop's own host, already 'self'.
 */
function formActionSources(): string {
  const own = new URL(env.appUrl).host;
  const payplug = env.payplug.hostedPageHosts.filter((h) => h !== own && HOST.test(h)).map((h) => `https://${h}`);
  return ["'self'", ...new Set([...payplug, ...PAYPAL_FORM_TARGETS])].join(" ");
}

function pageCsp(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""} ${PAYPAL}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob: ${PAYPAL}`,
    "font-src 'self'",
    `connect-src 'self' ${PAYPAL}${dev ? " ws: wss:" : ""}`,
    `frame-src 'self' ${PAYPAL}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formActionSources()}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

function setSecurityHeaders(response: NextResponse, request: NextRequest, csp: string): NextResponse {
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

/**
 * Sessions end after inactivity (lib/auth/session-expiry.ts): every page request and server action
 * counts as activity and renews the cookie; an expired session's cookie is cleared, and an admin
 * opening a page is sent to sign in again with "Votre session a expiré…". /api/* is left alone:
 * next-auth's own routes and the machines' endpoints are not a person's activity.
 */
async function applySessionActivity(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  const name = sessionCookieName();
  const activity = await checkSessionActivity(request.cookies.get(name)?.value, nowInSeconds());
  if (activity.kind === "active" && activity.refreshedToken) {
    response.cookies.set(name, activity.refreshedToken, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: name.startsWith("__Secure-"),
      maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
    });
  }
  if (activity.kind !== "expired") return response;
  const { pathname, search } = request.nextUrl;
  const signInAgain = activity.role !== "customer" && activity.role !== "pro" && request.method === "GET" && !pathname.startsWith("/connexion");
  const next = signInAgain
    ? NextResponse.redirect(new URL(`/connexion?error=${SESSION_EXPIRED_CODE}&retour=${encodeURIComponent(`${pathname}${search}`)}`, request.url))
    : response;
  next.cookies.delete(name);
  return next;
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) return setSecurityHeaders(NextResponse.next(), request, API_CSP);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = await applySessionActivity(request, NextResponse.next({ request: { headers: requestHeaders } }));
  return setSecurityHeaders(response, request, csp);
}

export const config = {
  matcher: [
    // Pages and /api/*; not static assets. Prefetches skip it (their nonce would never be used).
    { source: "/((?!_next/static|_next/image|favicon.ico|products/).*)", missing: [{ type: "header", key: "next-router-prefetch" }] },
  ],
};
