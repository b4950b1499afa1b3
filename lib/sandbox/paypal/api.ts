import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/lib/db/client";
import { sandboxIdempotency } from "@/lib/db/sandbox-schema";
import { insertObject, findObject } from "../store";
import { issue, newDebugId, PaypalApiError } from "./errors";
import { newAccessToken } from "./ids";
import { MODE, objectKey, type WebhookTarget } from "./model";
import { captureOrder, createOrder, getOrder, type WriteContext } from "./orders";
import { getCapture, getRefund, refundCapture } from "./payments";
import { getDispute } from "./disputes";
import { AUTH_ALGO, getSigningIdentity, verifyWebhook } from "./signing";
import { lockSettings, writeSettings } from "../settings";
import { PROVIDER, readSwitches, switchesSchema } from "./switches";
import { findStoredEvent, kickPaypalDeliveries, resendWebhook } from "./webhooks";
import { createWebhook, getWebhook, listWebhooks, updateWebhook } from "./webhook-registrations";

/*
 * The REST surface of the emulator: the same paths, fields, status codes and errors as
 * https://api-m.paypal.com, below /sandbox/paypal. The route files pass every request here.
 */

export type PaypalApiOptions = {
  /** The webhook id the shop is configured with (PAYPAL_WEBHOOK_ID): part of every signature. */
  webhookId: string;
  /** The shop's webhook endpoint (`${APP_URL}/api/webhooks/paypal`); the webhookUrl switch overrides it. */
  webhookUrl: string;
  /** Public base URL of the emulator (`${APP_URL}/sandbox/paypal`); default: from the request. */
  baseUrl?: string;
  /**
   * The shop's public base URL (APP_URL). The emulator serves only this shop: orders' return_url
   * and cancel_url must be on its origin. Default: the origin of `webhookUrl`.
   */
  shopUrl?: string;
};

type Json = Record<string, unknown>;
type TokenData = { clientId: string; expiresAt: string; scope: string };

const TOKEN_TTL_S = 32_400;
const SCOPE = [
  "https://uri.paypal.com/services/payments/payment/authcapture",
  "https://uri.paypal.com/services/payments/refund",
  "https://uri.paypal.com/services/applications/verify-webhook-signature",
  "https://uri.paypal.com/services/checkout/one-click-with-merchant-issued-token",
  "openid",
].join(" ");
/** Create, capture and refund replays: PayPal keeps orders keys 6 h and refund keys 45 days; the emulator keeps them 45 days. */
const IDEMPOTENCY_TTL_MS = 45 * 24 * 3600_000;

function respond(status: number, body: unknown, debugId = newDebugId(), extra: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "paypal-debug-id": debugId, "cache-control": "no-store", ...extra },
  });
}

/** The OAuth layer's errors (token endpoint, unknown bearer token) have their own shape, not PayPal's REST one. */
const oauthError = (status: number, error: string, description: string): Response => respond(status, { error, error_description: description });

export const emulatorBasePath = "/sandbox/paypal";

/** The path below /sandbox/paypal, e.g. /v2/checkout/orders/5O19…/capture. */
function apiPath(url: URL): string {
  const i = url.pathname.indexOf(emulatorBasePath);
  return i >= 0 ? url.pathname.slice(i + emulatorBasePath.length) || "/" : url.pathname;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw issue(400, "MALFORMED_REQUEST_JSON", { description: "The request JSON is not well formed." });
  }
}

async function issueToken(db: Db, request: Request): Promise<Response> {
  const auth = request.headers.get("authorization") ?? "";
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(auth);
  const decoded = match?.[1] ? Buffer.from(match[1], "base64").toString("utf8") : "";
  const colon = decoded.indexOf(":");
  const clientId = colon > 0 ? decoded.slice(0, colon) : "";
  const secret = colon > 0 ? decoded.slice(colon + 1) : "";
  if (!clientId || !secret) return oauthError(401, "invalid_client", "Client Authentication failed");
  const form = new URLSearchParams(await request.text());
  const grantType = form.get("grant_type");
  if (!grantType) return oauthError(400, "unsupported_grant_type", "Grant Type is NULL");
  if (grantType !== "client_credentials") return oauthError(400, "unsupported_grant_type", `Grant Type ${grantType} is not supported`);
  const token = newAccessToken();
  const data: TokenData = { clientId, expiresAt: new Date(Date.now() + TOKEN_TTL_S * 1000).toISOString(), scope: SCOPE };
  await insertObject(db, { ...objectKey("token", token), mode: MODE, data });
  return respond(200, {
    scope: SCOPE,
    access_token: token,
    token_type: "Bearer",
    app_id: "APP-80W284485P519543T",
    expires_in: TOKEN_TTL_S,
    nonce: `${new Date().toISOString().slice(0, 19)}Z${newDebugId()}`,
  });
}

/** Thrown when a bearer token is unknown or expired: PayPal answers in OAuth's shape, not its REST error shape. */
class InvalidTokenError extends Error {}

/*
 * No Authorization header: PayPal's REST error (401 AUTHENTICATION_FAILURE). A bearer token it
 * does not know, or no longer knows (expired, revoked): the OAuth layer answers first, with
 * 401 {"error":"invalid_token","error_description":"Access Token not found in cache"} — the body
 * shops meet in production when a cached token outlives its 9 hours.
 */
async function authenticate(db: Db, request: Request): Promise<string> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) throw new PaypalApiError(401);
  const token = await findObject<TokenData>(db, objectKey("token", match[1]), MODE);
  if (!token || new Date(token.data.expiresAt) <= new Date()) throw new InvalidTokenError();
  return token.data.clientId;
}


function mockCodeOf(request: Request): string | null {
  const raw = request.headers.get("paypal-mock-response");
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === "object" && "mock_application_codes" in parsed) {
      const code = parsed.mock_application_codes;
      if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return code;
    }
  } catch {
    // fall through
  }
  throw issue(400, "INVALID_PARAMETER_VALUE", { field: "PayPal-Mock-Response", value: raw, location: "header" });
}

type Write = (tx: Tx, ctx: WriteContext, body: unknown) => Promise<Json>;

/**
 * A POST that changes state, in one transaction, replayed from sandbox.idempotency when it
 * carries a PayPal-Request-Id already seen: 200 and the latest state of what it created.
 */
async function runWrite(
  db: Db,
  request: Request,
  ctx: WriteContext,
  path: string,
  refKind: "order" | "refund",
  write: Write,
  replay: (tx: Tx, ref: string) => Promise<Json>,
): Promise<Response> {
  const body = await readJson(request);
  const requestId = request.headers.get("paypal-request-id");
  if (requestId !== null && (requestId.length < 1 || requestId.length > 108)) {
    throw issue(400, "INVALID_STRING_LENGTH", { field: "PayPal-Request-Id", value: requestId, location: "header" });
  }
  const key = requestId ? `${ctx.clientId}|POST|${path}|${requestId}` : null;
  const result = await db.transaction(async (tx): Promise<{ status: number; body: Json }> => {
    if (key) {
      // Claim the key first: a concurrent request with the same id waits here, then replays.
      const claimed = await tx
        .insert(sandboxIdempotency)
        .values({ provider: PROVIDER, key, status: 0, body: {} })
        .onConflictDoNothing()
        .returning({ key: sandboxIdempotency.key });
      if (!claimed.length) {
        const rows = await tx
          .select()
          .from(sandboxIdempotency)
          .where(and(eq(sandboxIdempotency.provider, PROVIDER), eq(sandboxIdempotency.key, key), gt(sandboxIdempotency.createdAt, new Date(Date.now() - IDEMPOTENCY_TTL_MS))));
        const ref = (rows[0]?.body as { ref?: string } | undefined)?.ref;
        if (ref) return { status: 200, body: await replay(tx, ref) };
        // Expired key: forget it and do the work again.
        await tx.update(sandboxIdempotency).set({ createdAt: new Date(), status: 0, body: {} }).where(and(eq(sandboxIdempotency.provider, PROVIDER), eq(sandboxIdempotency.key, key)));
      }
    }
    const out = await write(tx, ctx, body);
    if (key) {
      await tx
        .update(sandboxIdempotency)
        .set({ status: 201, body: { ref: String(out.id), kind: refKind } })
        .where(and(eq(sandboxIdempotency.provider, PROVIDER), eq(sandboxIdempotency.key, key)));
    }
    return { status: 201, body: out };
  });
  kickPaypalDeliveries();
  return respond(result.status, result.body);
}

const ORDER = /^\/v2\/checkout\/orders\/([A-Za-z0-9-]{1,36})$/;
const ORDER_ACTION = /^\/v2\/checkout\/orders\/([A-Za-z0-9-]{1,36})\/(capture|authorize)$/;
const CAPTURE = /^\/v2\/payments\/captures\/([A-Za-z0-9-]{1,36})$/;
const CAPTURE_REFUND = /^\/v2\/payments\/captures\/([A-Za-z0-9-]{1,36})\/refund$/;
const REFUND = /^\/v2\/payments\/refunds\/([A-Za-z0-9-]{1,36})$/;
const DISPUTE = /^\/v1\/customer\/disputes\/([A-Za-z0-9-]{1,255})$/;
const CERT = /^\/v1\/notifications\/certs\/([A-Za-z0-9-]{1,80})$/;
const WEBHOOK = /^\/v1\/notifications\/webhooks\/([A-Z0-9]{1,40})$/;
const EVENT = /^\/v1\/notifications\/webhooks-events\/([A-Za-z0-9-]{1,80})(\/resend)?$/;

/** Serves one request to the emulated api-m.paypal.com. */
export async function handlePaypalApiRequest(request: Request, options: PaypalApiOptions): Promise<Response> {
  const url = new URL(request.url);
  const path = apiPath(url).replace(/\/+$/, "") || "/";
  const method = request.method.toUpperCase();
  const baseUrl = (options.baseUrl ?? `${url.origin}${emulatorBasePath}`).replace(/\/+$/, "");
  try {
    const db = await getDb();
    if (method === "GET" && CERT.test(path)) {
      const identity = await getSigningIdentity(db);
      if (CERT.exec(path)?.[1] !== identity.certId) return respond(404, new PaypalApiError(404).body());
      return new Response(identity.certificatePem, { status: 200, headers: { "content-type": "application/x-pem-file", "cache-control": "public, max-age=3600" } });
    }
    if (path === "/v1/oauth2/token") {
      if (method !== "POST") throw new PaypalApiError(405);
      return await issueToken(db, request);
    }
    const switches = await readSwitches(db);
    if (switches.latencyMs > 0) await new Promise((r) => setTimeout(r, switches.latencyMs));
    if (switches.failNextRequests > 0) {
      // Consumed under a row lock, so N concurrent requests fail exactly N times.
      const failed = await db.transaction(async (tx) => {
        const current = switchesSchema.parse({ ...(await lockSettings(tx, PROVIDER)) });
        if (current.failNextRequests <= 0) return false;
        await writeSettings(tx, PROVIDER, { ...current, failNextRequests: current.failNextRequests - 1 });
        return true;
      });
      if (failed) throw new PaypalApiError(switches.failStatus);
    }
    const clientId = await authenticate(db, request);
    const ctx: WriteContext = {
      clientId,
      baseUrl,
      webhook: { url: options.webhookUrl, webhookId: options.webhookId } satisfies WebhookTarget,
      shopUrl: options.shopUrl ?? new URL(options.webhookUrl).origin,
      mockCode: mockCodeOf(request),
    };
    const prefer = /return=representation/i.test(request.headers.get("prefer") ?? "") ? "representation" : "minimal";
    let m: RegExpExecArray | null;

    if (path === "/v2/checkout/orders") {
      if (method !== "POST") throw new PaypalApiError(405);
      return await runWrite(db, request, ctx, path, "order", (tx, c, body) => createOrder(tx, c, body, prefer), (tx, id) => getOrder(tx, id));
    }
    if ((m = ORDER.exec(path))) {
      const id = m[1]!;
      if (method === "GET") return respond(200, await getOrder(db, id));
      if (method === "PATCH") throw issue(422, "NOT_SUPPORTED_BY_EMULATOR", { description: "PATCH /v2/checkout/orders is not emulated: create a new order instead." });
      throw new PaypalApiError(405);
    }
    if ((m = ORDER_ACTION.exec(path))) {
      const [, id = "", action] = m;
      if (method !== "POST") throw new PaypalApiError(405);
      if (action === "authorize") throw issue(422, "ACTION_DOES_NOT_MATCH_INTENT");
      return await runWrite(db, request, ctx, path, "order", (tx, c, body) => captureOrder(tx, c, id, body), (tx, ref) => getOrder(tx, ref));
    }
    if ((m = CAPTURE.exec(path))) {
      if (method !== "GET") throw new PaypalApiError(405);
      return respond(200, await getCapture(db, m[1]!));
    }
    if ((m = CAPTURE_REFUND.exec(path))) {
      const id = m[1]!;
      if (method !== "POST") throw new PaypalApiError(405);
      return await runWrite(db, request, ctx, path, "refund", (tx, c, body) => refundCapture(tx, c, id, body), (tx, ref) => getRefund(tx, ref));
    }
    if ((m = REFUND.exec(path))) {
      if (method !== "GET") throw new PaypalApiError(405);
      return respond(200, await getRefund(db, m[1]!));
    }
    if ((m = DISPUTE.exec(path))) {
      if (method !== "GET") throw new PaypalApiError(405);
      return respond(200, await getDispute(db, m[1]!));
    }
    if (path === "/v1/notifications/webhooks") {
      if (method === "GET") return respond(200, await listWebhooks(db, clientId, baseUrl));
      if (method !== "POST") throw new PaypalApiError(405);
      return respond(201, await createWebhook(db, clientId, await readJson(request), baseUrl));
    }
    if ((m = WEBHOOK.exec(path))) {
      if (method === "GET") return respond(200, await getWebhook(db, clientId, m[1]!, baseUrl));
      if (method !== "PATCH") throw new PaypalApiError(405);
      return respond(200, await updateWebhook(db, clientId, m[1]!, await readJson(request), baseUrl));
    }
    if (path === "/v1/notifications/verify-webhook-signature") {
      if (method !== "POST") throw new PaypalApiError(405);
      return respond(200, await verifyWebhookSignature(db, await readJson(request), baseUrl));
    }
    if ((m = EVENT.exec(path))) {
      const [, id = "", resend] = m;
      if (resend) {
        if (method !== "POST") throw new PaypalApiError(405);
        const event = await resendWebhook(db, id);
        if (!event) throw issue(404, "INVALID_RESOURCE_ID", { field: "event_id", value: id, location: "path" });
        kickPaypalDeliveries();
        return respond(202, event);
      }
      if (method !== "GET") throw new PaypalApiError(405);
      const stored = await findStoredEvent(db, id);
      if (!stored) throw issue(404, "INVALID_RESOURCE_ID", { field: "event_id", value: id, location: "path" });
      return respond(200, stored.event);
    }
    return respond(404, new PaypalApiError(404, [], `No resource ${method} ${path}.`).body());
  } catch (error) {
    if (error instanceof InvalidTokenError) return oauthError(401, "invalid_token", "Access Token not found in cache");
    if (error instanceof PaypalApiError) return respond(error.status, error.body(), error.debugId);
    console.error("[sandbox/paypal] internal error", error);
    const internal = new PaypalApiError(500);
    return respond(500, internal.body(), internal.debugId);
  }
}

const VERIFY_FIELDS = ["auth_algo", "cert_url", "transmission_id", "transmission_sig", "transmission_time", "webhook_id"] as const;

/**
 * POST /v1/notifications/verify-webhook-signature: really checks the signature, over the event
 * re-serialised as JSON (as PayPal does: a shop that altered the event gets FAILURE).
 */
async function verifyWebhookSignature(db: Db, body: unknown, baseUrl: string): Promise<Json> {
  if (typeof body !== "object" || body === null) throw issue(400, "MALFORMED_REQUEST_JSON", { description: "The request JSON is not well formed." });
  const input = body as Record<string, unknown>;
  for (const field of [...VERIFY_FIELDS, "webhook_event"] as const) {
    if (input[field] === undefined || input[field] === null || input[field] === "") {
      throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: `/${field}`, location: "body" });
    }
  }
  for (const field of VERIFY_FIELDS) {
    if (typeof input[field] !== "string") throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: `/${field}`, location: "body" });
  }
  if (typeof input.webhook_event !== "object") throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: "/webhook_event", location: "body" });
  const identity = await getSigningIdentity(db);
  const s = (k: (typeof VERIFY_FIELDS)[number]) => input[k] as string;
  let certOk = false;
  try {
    const certUrl = new URL(s("cert_url"));
    certOk = certUrl.pathname.endsWith(`${emulatorBasePath}/v1/notifications/certs/${identity.certId}`) || `${certUrl.origin}${certUrl.pathname}` === `${baseUrl}/v1/notifications/certs/${identity.certId}`;
  } catch {
    certOk = false;
  }
  const ok =
    certOk &&
    s("auth_algo") === AUTH_ALGO &&
    verifyWebhook(identity.certificatePem, {
      transmissionId: s("transmission_id"),
      transmissionTime: s("transmission_time"),
      webhookId: s("webhook_id"),
      rawBody: JSON.stringify(input.webhook_event),
      signature: s("transmission_sig"),
    });
  return { verification_status: ok ? "SUCCESS" : "FAILURE" };
}
