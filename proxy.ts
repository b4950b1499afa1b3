import { NextResponse, type NextRequest } from "next/server";
import { API_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from "@/lib/shared/content-security-policy";
import { checkSessionActivity, SESSION_COOKIE_MAX_AGE_SECONDS, SESSION_EXPIRED_CODE, sessionCookieName } from "@/lib/auth/session-activity";
import { nowInSeconds } from "@/lib/auth/session-expiry";
import { env } from "@/lib/shared/env";
import { metrics, requestKind } from "@/lib/shared/metrics";
import { requestIdFrom } from "@/lib/shared/request-context";

/**
 * Security headers on every response: on pages with a fresh CSP nonce per request (Next applies it
 * to its own scripts when it finds it in the request's CSP header); on /api/* (JSON, webhooks,
 * cron) with a CSP that allows nothing, and no nonce. Role checks are NOT done here: every page,
 * action and route checks its own caller on the server.
 *
 * Next 16 runs proxy on the Node.js runtime (the only one it has), so it reads lib/shared/env like the
 * rest of the app.
 */

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
  const requestId = requestIdFrom(request.headers);
  metrics().requests.inc({ kind: requestKind(request.nextUrl.pathname), method: request.method });
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const apiHeaders = new Headers(request.headers);
    apiHeaders.set("x-request-id", requestId);
    return withRequestIdHeader(setSecurityHeaders(NextResponse.next({ request: { headers: apiHeaders } }), request, API_CONTENT_SECURITY_POLICY), requestId);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageContentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    appUrl: env.appUrl,
    payments: { payplugHostedPageHosts: env.payplug.hostedPageHosts, paypal: env.paypal },
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-request-id", requestId);
  const response = await applySessionActivity(request, NextResponse.next({ request: { headers: requestHeaders } }));
  return withRequestIdHeader(setSecurityHeaders(response, request, csp), requestId);
}

/** The id every log line of this request carries, given back so support can find them. */
function withRequestIdHeader(response: NextResponse, requestId: string): NextResponse {
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: [
    // Pages and /api/*; not static assets. Prefetches skip it (their nonce would never be used).
    { source: "/((?!_next/static|_next/image|favicon.ico|products/).*)", missing: [{ type: "header", key: "next-router-prefetch" }] },
  ],
};
