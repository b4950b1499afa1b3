import "server-only";
import type { z } from "zod";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { PAYPAL_HOSTS } from "@/lib/shared/provider-hosts";
import { GatewayError } from "@/lib/providers/errors";
import { paypalErrorFromResponse } from "./errors";
import {
  paypalCaptureSchema,
  paypalDisputeSchema,
  paypalErrorBodySchema,
  paypalOrderSchema,
  paypalRefundSchema,
  paypalTokenSchema,
  paypalVerifySignatureResponseSchema,
  paypalWebhookListSchema,
  paypalWebhookSchema,
  type PayPalCreateOrderBody,
  type PayPalRefundBody,
} from "./schemas";

/**
 * A typed fetch client of PayPal's REST API (specs/paypal.md §1, §2.4 and §4: a hand-written
 * client rather than @paypal/paypal-server-sdk, which hard-codes PayPal's hosts and brings axios).
 * The same code talks to api-m.paypal.com, api-m.sandbox.paypal.com and the emulator under
 * /sandbox/paypal: only the base URL and the credentials differ.
 *
 * - OAuth2 client-credentials token, cached until shortly before it expires, refreshed once on 401.
 * - Every write carries a `PayPal-Request-Id` derived from OUR ids (see requestIds below): PayPal
 *   answers a replay with the original result, so writes are retried like reads, with the same id,
 *   after a network failure, a timeout or a 5xx, and a double click creates nothing twice.
 * - Errors are PayPalError: a generic GatewayErrorCode + our name for PayPal's `details[].issue`,
 *   with PayPal's debug_id logged.
 * - The client secret goes in the token request's Authorization header and nowhere else.
 */

export type PayPalClientOptions = {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  readTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** Extra attempts after the first. */
  maxRetries?: number;
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  now?: () => number;
};

/** Idempotency keys: one per operation on one of OUR objects, so a retry or a double click is a replay. */
export const requestIds = {
  createOrder: (paymentId: string) => `caisse-order-${paymentId}`,
  capture: (paymentId: string) => `caisse-capture-${paymentId}`,
  refund: (refundKey: string) => `caisse-refund-${refundKey}`,
};

export type WriteOptions = {
  requestId: string;
  /** Sandbox negative testing (specs §5): e.g. `{"mock_application_codes":"INSTRUMENT_DECLINED"}`. Never sent to live. */
  mockResponse?: string;
};

type CallInput = {
  method: "GET" | "POST" | "PATCH";
  path: string;
  body?: unknown;
  write?: WriteOptions;
  /** POSTs without side effects (signature verification) are retried like reads. */
  safe?: boolean;
};

// Refresh the token this long before PayPal says it expires (clock skew, slow requests).
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

type CachedToken = { token: string; expiresAt: number };
// Shared by every client of the same app (per process; a new process fetches its own token).
const tokenCache = new Map<string, CachedToken>();
const tokenInFlight = new Map<string, Promise<CachedToken>>();

/** For tests. */
export function clearPayPalTokenCache(): void {
  tokenCache.clear();
  tokenInFlight.clear();
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether this base URL may reach PayPal's live API (the sandbox API and the emulator are test).
 * By host alone, whatever the scheme: it only decides what we never send to live (mock responses).
 */
export function isLivePayPalApi(apiUrl: string): boolean {
  return (PAYPAL_HOSTS.live.api as readonly string[]).includes(new URL(apiUrl).hostname);
}

export function createPayPalClient(options: PayPalClientOptions) {
  const base = options.apiUrl.replace(/\/+$/, "");
  const readTimeoutMs = options.readTimeoutMs ?? 10_000;
  const writeTimeoutMs = options.writeTimeoutMs ?? 30_000;
  const maxRetries = options.maxRetries ?? 2;
  const backoffMs = options.backoffMs ?? 300;
  const doFetch = options.fetchImpl ?? fetch;
  const now = options.now ?? Date.now;
  const live = isLivePayPalApi(base);
  const cacheKey = `${base}|${options.clientId}`;

  async function requestToken(): Promise<CachedToken> {
    const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64");
    let attempt = 0;
    for (;;) {
      let response: Response;
      try {
        response = await doFetch(`${base}/v1/oauth2/token`, {
          method: "POST",
          headers: {
            Authorization: `Basic ${basic}`,
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/json",
          },
          body: "grant_type=client_credentials",
          signal: AbortSignal.timeout(readTimeoutMs),
          cache: "no-store",
          redirect: "error",
        });
      } catch (error) {
        if (attempt < maxRetries) {
          await sleep(backoffMs * 2 ** attempt++);
          continue;
        }
        log.warn("paypal", "token request failed", { code: isTimeout(error) ? "timeout" : "network" });
        throw new GatewayError("provider_unreachable", "PayPal is unreachable (token)", { provider: "paypal" });
      }
      if (response.ok) {
        const parsed = paypalTokenSchema.safeParse(await response.json().catch(() => null));
        if (!parsed.success) throw new GatewayError("invalid_response", "PayPal answered an unexpected token shape", { provider: "paypal", status: response.status });
        const lifetimeMs = parsed.data.expires_in * 1000;
        // Short-lived tokens (tests) are refreshed at half-life rather than never used.
        const margin = Math.min(TOKEN_MARGIN_MS, lifetimeMs / 2);
        return { token: parsed.data.access_token, expiresAt: now() + lifetimeMs - margin };
      }
      if ((response.status >= 500 || response.status === 429) && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(backoffMs * 2 ** attempt++);
        continue;
      }
      const error = await readError(response, false);
      log.error("paypal", "token refused", { status: response.status, debugId: error.paypal.debugId, name: error.paypal.name });
      throw error;
    }
  }

  async function accessToken(forceRefresh: boolean): Promise<string> {
    const cached = tokenCache.get(cacheKey);
    if (!forceRefresh && cached && cached.expiresAt > now()) return cached.token;
    let pending = tokenInFlight.get(cacheKey);
    if (!pending) {
      pending = requestToken().finally(() => tokenInFlight.delete(cacheKey));
      tokenInFlight.set(cacheKey, pending);
    }
    const fresh = await pending;
    tokenCache.set(cacheKey, fresh);
    return fresh.token;
  }

  async function readError(response: Response, outcomeUnknown: boolean) {
    const text = await response.text().catch(() => "");
    let body = null;
    try {
      body = paypalErrorBodySchema.safeParse(JSON.parse(text)).data ?? null;
    } catch {
      body = null;
    }
    return paypalErrorFromResponse(response.status, body, response.headers.get("paypal-debug-id"), outcomeUnknown);
  }

  async function call<S extends z.ZodType>(schema: S, input: CallInput): Promise<{ data: z.infer<S>; raw: unknown; status: number }> {
    const url = `${base}${input.path}`;
    // Idempotent writes (request id) and safe POSTs may be resent; nothing else is written without one.
    const retryable = input.method === "GET" || input.safe === true || input.write !== undefined;
    let attempt = 0;
    let refreshedToken = false;
    for (;;) {
      const token = await accessToken(false);
      let response: Response;
      try {
        response = await doFetch(url, {
          method: input.method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: "application/json",
            ...(input.method === "POST" ? { "Content-Type": "application/json", Prefer: "return=representation" } : {}),
            ...(input.method === "PATCH" ? { "Content-Type": "application/json" } : {}),
            ...(input.write ? { "PayPal-Request-Id": input.write.requestId } : {}),
            ...(input.write?.mockResponse && !live ? { "PayPal-Mock-Response": input.write.mockResponse } : {}),
          },
          body: input.method === "GET" ? undefined : JSON.stringify(input.body ?? {}),
          signal: AbortSignal.timeout(input.method === "GET" ? readTimeoutMs : writeTimeoutMs),
          cache: "no-store",
          redirect: "error",
        });
      } catch (error) {
        if (retryable && attempt < maxRetries) {
          await sleep(backoffMs * 2 ** attempt++ + Math.floor(Math.random() * 100));
          continue;
        }
        log.warn("paypal", "request failed", { method: input.method, path: input.path, code: isTimeout(error) ? "timeout" : "network", attempts: attempt + 1 });
        throw new GatewayError("provider_unreachable", isTimeout(error) ? "PayPal did not answer in time" : "PayPal is unreachable", {
          provider: "paypal",
          outcomeUnknown: input.method === "POST" && !input.safe,
        });
      }

      if (response.status === 401 && !refreshedToken) {
        // The cached token was revoked or expired early: one fresh token, one more try.
        await response.body?.cancel();
        refreshedToken = true;
        tokenCache.delete(cacheKey);
        await accessToken(true);
        continue;
      }

      if (response.ok) {
        let raw: unknown;
        try {
          raw = await response.json();
        } catch {
          throw new GatewayError("invalid_response", "PayPal answered with invalid JSON", { provider: "paypal", status: response.status });
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          log.error("paypal", "unexpected response shape", { method: input.method, path: input.path, issues: parsed.error.issues.slice(0, 5) });
          throw new GatewayError("invalid_response", "PayPal answered an unexpected shape", { provider: "paypal", status: response.status });
        }
        return { data: parsed.data, raw, status: response.status };
      }

      const transient = response.status >= 500 || response.status === 429 || response.status === 408;
      if (transient && retryable && attempt < maxRetries) {
        await response.body?.cancel();
        await sleep(backoffMs * 2 ** attempt++ + Math.floor(Math.random() * 100));
        continue;
      }
      const error = await readError(response, input.method === "POST" && !input.safe && transient);
      const level = error.code === "not_found" || error.code === "provider_rejected" ? "info" : "warn";
      log[level]("paypal", "error response", {
        method: input.method,
        path: input.path,
        status: response.status,
        name: error.paypal.name,
        issue: error.paypal.issue,
        debugId: error.paypal.debugId,
      });
      throw error;
    }
  }

  const enc = encodeURIComponent;

  return {
    live,
    orders: {
      create: (body: PayPalCreateOrderBody, write: WriteOptions) =>
        call(paypalOrderSchema, { method: "POST", path: "/v2/checkout/orders", body, write }),
      get: (orderId: string) => call(paypalOrderSchema, { method: "GET", path: `/v2/checkout/orders/${enc(orderId)}` }),
      capture: (orderId: string, write: WriteOptions) =>
        call(paypalOrderSchema, { method: "POST", path: `/v2/checkout/orders/${enc(orderId)}/capture`, body: {}, write }),
    },
    captures: {
      get: (captureId: string) => call(paypalCaptureSchema, { method: "GET", path: `/v2/payments/captures/${enc(captureId)}` }),
      refund: (captureId: string, body: PayPalRefundBody, write: WriteOptions) =>
        call(paypalRefundSchema, { method: "POST", path: `/v2/payments/captures/${enc(captureId)}/refund`, body, write }),
    },
    refunds: {
      get: (refundId: string) => call(paypalRefundSchema, { method: "GET", path: `/v2/payments/refunds/${enc(refundId)}` }),
    },
    disputes: {
      /** Needs the Disputes feature on the REST app (else 403 NOT_AUTHORIZED). */
      get: (disputeId: string) => call(paypalDisputeSchema, { method: "GET", path: `/v1/customer/disputes/${enc(disputeId)}` }),
    },
    webhooks: {
      list: () => call(paypalWebhookListSchema, { method: "GET", path: "/v1/notifications/webhooks" }),
      create: (body: { url: string; event_types: { name: string }[] }) => call(paypalWebhookSchema, { method: "POST", path: "/v1/notifications/webhooks", body }),
      /** A JSON Patch `replace` is idempotent: safe to resend. */
      replaceEventTypes: (webhookId: string, eventTypes: { name: string }[]) =>
        call(paypalWebhookSchema, { method: "PATCH", path: `/v1/notifications/webhooks/${enc(webhookId)}`, body: [{ op: "replace", path: "/event_types", value: eventTypes }], safe: true }),
    },
    notifications: {
      /** Postback verification (specs §2.4); `webhookEvent` must be the received JSON, not re-built. */
      verifyWebhookSignature: (body: {
        auth_algo: string;
        cert_url: string;
        transmission_id: string;
        transmission_sig: string;
        transmission_time: string;
        webhook_id: string;
        webhook_event: unknown;
      }) => call(paypalVerifySignatureResponseSchema, { method: "POST", path: "/v1/notifications/verify-webhook-signature", body, safe: true }),
    },
  };
}

export type PayPalClient = ReturnType<typeof createPayPalClient>;

/** The client configured from lib/shared/env.ts (PayPal with credentials, the sandbox emulator without). */
export function paypalClient(overrides: Partial<PayPalClientOptions> = {}): PayPalClient {
  return createPayPalClient({
    apiUrl: env.paypal.apiUrl,
    clientId: env.paypal.clientId,
    clientSecret: env.paypal.clientSecret,
    ...overrides,
  });
}
