import "server-only";
import type { z } from "zod";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { GatewayError, type GatewayErrorCode } from "@/lib/providers/errors";
import {
  payplugErrorBodySchema,
  payplugInstallmentPlanSchema,
  payplugPaymentListSchema,
  payplugPaymentSchema,
  payplugRefundListSchema,
  payplugRefundSchema,
  type PayPlugCreateInstallmentPlan,
  type PayPlugCreatePayment,
  type PayPlugCreateRefund,
} from "./schemas";

/**
 * A typed client of PayPlug's REST API v1 (specs/payplug.md). The same code talks to
 * api.payplug.com and to the sandbox emulator: only the base URL and the key differ.
 *
 * Retries: reads (GET) are retried with exponential backoff on network failures, timeouts, 429
 * and 5xx. Writes (POST, PATCH) are retried ONLY when the connection was never established
 * (refused, DNS): PayPlug has no idempotency key, so a write that timed out or got a 5xx may
 * have been applied, and sending it again could create a second payment for the same attempt.
 * Such a failure is reported with `outcomeUnknown: true`; the caller must look the object up
 * (for payments: by our metadata, see findPaymentByMetadata) before writing again.
 *
 * The secret key goes in the Authorization header and nowhere else: never in a log line, an
 * error message or anything returned to a browser.
 */

export type PayPlugClientOptions = {
  apiUrl: string;
  secretKey: string;
  apiVersion: string;
  /** Per-request timeout for reads. */
  readTimeoutMs?: number;
  /** Per-request timeout for writes (creation can take longer on PayPlug's side). */
  writeTimeoutMs?: number;
  /** Extra attempts after the first, for what may be retried. */
  maxRetries?: number;
  /** Base delay of the exponential backoff. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
};

type Method = "GET" | "POST" | "PATCH";

// Connection errors where the request certainly never reached the server: safe to resend a write.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let i = 0; i < 4 && current && typeof current === "object"; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function statusToCode(status: number): GatewayErrorCode {
  if (status === 401) return "provider_auth";
  if (status === 403 || status === 405) return "not_allowed";
  if (status === 404) return "not_found";
  if (status === 429 || status >= 500) return "provider_unavailable";
  return "provider_rejected";
}

export function createPayPlugClient(options: PayPlugClientOptions) {
  const base = options.apiUrl.replace(/\/+$/, "");
  const readTimeoutMs = options.readTimeoutMs ?? 10_000;
  const writeTimeoutMs = options.writeTimeoutMs ?? 20_000;
  const maxRetries = options.maxRetries ?? 2;
  const backoffMs = options.backoffMs ?? 300;
  const doFetch = options.fetchImpl ?? fetch;

  async function call<S extends z.ZodType>(
    schema: S,
    method: Method,
    path: string,
    input: { body?: unknown; query?: Record<string, string | number | undefined> } = {},
  ): Promise<{ data: z.infer<S>; raw: unknown }> {
    const url = new URL(`${base}/v1${path}`);
    for (const [k, v] of Object.entries(input.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const isRead = method === "GET";
    let attempt = 0;
    for (;;) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers: {
            Authorization: `Bearer ${options.secretKey}`,
            "PayPlug-Version": options.apiVersion,
            Accept: "application/json",
            "User-Agent": "Caisse/0.1 (+PayPlug API v1)",
            ...(input.body === undefined ? {} : { "Content-Type": "application/json" }),
          },
          body: input.body === undefined ? undefined : JSON.stringify(input.body),
          signal: AbortSignal.timeout(isRead ? readTimeoutMs : writeTimeoutMs),
          cache: "no-store",
          redirect: "error",
        });
      } catch (error) {
        const code = causeCode(error);
        const notSent = code !== undefined && NOT_SENT_CODES.has(code);
        const timeout = isTimeout(error);
        if ((isRead || notSent) && attempt < maxRetries) {
          await sleep(backoffMs * 2 ** attempt + Math.floor(Math.random() * 100));
          attempt++;
          continue;
        }
        log.warn("payplug", "request failed", { method, path, code: code ?? (timeout ? "timeout" : "network"), attempts: attempt + 1 });
        throw new GatewayError("provider_unreachable", timeout ? "PayPlug did not answer in time" : "PayPlug is unreachable", {
          provider: "payplug",
          outcomeUnknown: !isRead && !notSent,
        });
      }

      if (response.ok) {
        let raw: unknown;
        try {
          raw = await response.json();
        } catch {
          throw new GatewayError("invalid_response", "PayPlug answered with invalid JSON", { provider: "payplug", status: response.status });
        }
        const parsed = schema.safeParse(raw);
        if (!parsed.success) {
          log.error("payplug", "unexpected response shape", { method, path, issues: parsed.error.issues.slice(0, 5) });
          throw new GatewayError("invalid_response", "PayPlug answered an unexpected shape", { provider: "payplug", status: response.status });
        }
        return { data: parsed.data, raw };
      }

      const code = statusToCode(response.status);
      const retryable = code === "provider_unavailable";
      if (isRead && retryable && attempt < maxRetries) {
        await response.body?.cancel();
        const retryAfter = Number(response.headers.get("retry-after"));
        const delay = Number.isFinite(retryAfter) && retryAfter > 0 && retryAfter <= 5 ? retryAfter * 1000 : backoffMs * 2 ** attempt;
        await sleep(delay + Math.floor(Math.random() * 100));
        attempt++;
        continue;
      }
      const text = await response.text().catch(() => "");
      let providerMessage: string | undefined;
      try {
        providerMessage = payplugErrorBodySchema.safeParse(JSON.parse(text)).data?.message;
      } catch {
        providerMessage = undefined;
      }
      const level = code === "not_found" ? "info" : "warn";
      log[level]("payplug", "error response", { method, path, status: response.status, body: text.slice(0, 2000) });
      throw new GatewayError(code, `PayPlug answered ${response.status}${providerMessage ? `: ${providerMessage}` : ""}`, {
        provider: "payplug",
        status: response.status,
        providerMessage,
        // A 5xx on a write may come after the write was applied.
        outcomeUnknown: !isRead && retryable,
      });
    }
  }

  const enc = encodeURIComponent;

  return {
    payments: {
      create: (body: PayPlugCreatePayment) => call(payplugPaymentSchema, "POST", "/payments", { body }),
      retrieve: (id: string) => call(payplugPaymentSchema, "GET", `/payments/${enc(id)}`),
      list: (params: { page?: number; perPage?: number } = {}) =>
        call(payplugPaymentListSchema, "GET", "/payments", { query: { page: params.page, per_page: params.perPage } }),
      /** PATCH {"aborted": true} (payplug-php and the docs; payplug-python's "abort" is a known discrepancy). */
      abort: (id: string) => call(payplugPaymentSchema, "PATCH", `/payments/${enc(id)}`, { body: { aborted: true } }),
      /** PATCH {"captured": true}: takes the money of a deferred payment the payer authorised (spec §5.3). */
      capture: (id: string) => call(payplugPaymentSchema, "PATCH", `/payments/${enc(id)}`, { body: { captured: true } }),
    },
    refunds: {
      create: (paymentId: string, body: PayPlugCreateRefund) => call(payplugRefundSchema, "POST", `/payments/${enc(paymentId)}/refunds`, { body }),
      list: (paymentId: string) => call(payplugRefundListSchema, "GET", `/payments/${enc(paymentId)}/refunds`),
      retrieve: (paymentId: string, refundId: string) => call(payplugRefundSchema, "GET", `/payments/${enc(paymentId)}/refunds/${enc(refundId)}`),
    },
    installmentPlans: {
      create: (body: PayPlugCreateInstallmentPlan) => call(payplugInstallmentPlanSchema, "POST", "/installment_plans", { body }),
      retrieve: (id: string) => call(payplugInstallmentPlanSchema, "GET", `/installment_plans/${enc(id)}`),
      abort: (id: string) => call(payplugInstallmentPlanSchema, "PATCH", `/installment_plans/${enc(id)}`, { body: { aborted: true } }),
    },
  };
}

export type PayPlugClient = ReturnType<typeof createPayPlugClient>;

/** The client configured from lib/shared/env.ts (real PayPlug with a key, the sandbox emulator without). */
export function payplugClient(overrides: Partial<PayPlugClientOptions> = {}): PayPlugClient {
  return createPayPlugClient({
    apiUrl: env.payplug.apiUrl,
    secretKey: env.payplug.secretKey,
    apiVersion: env.payplug.apiVersion,
    ...overrides,
  });
}
