import "server-only";
import { createVerify, X509Certificate } from "node:crypto";
import { crc32 } from "node:zlib";
import { log } from "@/lib/shared/log";
import { PAYPAL_HOSTS, type PaymentMode } from "@/lib/shared/provider-hosts";
import { isGatewayError } from "@/lib/providers/errors";
import type { PayPalClient } from "./client";

/*
 * Authenticating a PayPal webhook delivery (specs/paypal.md §2.3–2.5).
 *
 * Offline ("self-verification", PayPal's preferred way): the signature covers
 *   <transmission_id>|<transmission_time>|<webhook_id>|<CRC32 of the raw body, unsigned decimal>
 * signed SHA256withRSA with the key of the certificate at `paypal-cert-url`. The certificate URL
 * comes from the request, so it is the attack surface: only PayPal's API hosts of the shop's mode
 * (https) are allowed — live hosts for a live shop, so a certificate of PayPal's sandbox never
 * vouches for a real payment; sandbox hosts in test mode; with the emulator, only the shop's own
 * origin, where the emulator serves its certificate. Certificates are cached by URL until they
 * expire.
 *
 * Postback: POST /v1/notifications/verify-webhook-signature with the same fields and the event.
 * Used when configured (PAYPAL_WEBHOOK_VERIFICATION=api) or when the certificate cannot be fetched
 * for a transient reason (network, 5xx) — never to second-guess a bad signature.
 */

export type TransmissionHeaders = {
  transmissionId: string;
  transmissionTime: string;
  transmissionSig: string;
  certUrl: string;
  authAlgo: string;
};

/** The five paypal-* headers, or null when one is missing. */
export function readTransmissionHeaders(headers: Headers): TransmissionHeaders | null {
  const get = (name: string) => headers.get(name)?.trim() ?? "";
  const h = {
    transmissionId: get("paypal-transmission-id"),
    transmissionTime: get("paypal-transmission-time"),
    transmissionSig: get("paypal-transmission-sig"),
    certUrl: get("paypal-cert-url"),
    authAlgo: get("paypal-auth-algo"),
  };
  return Object.values(h).every((v) => v.length > 0 && v.length <= 2048) ? h : null;
}

/** CRC32 of the exact bytes received, as an unsigned decimal integer (what PayPal signs). */
export function crc32Decimal(rawBody: Uint8Array | string): string {
  const bytes = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody;
  return String(crc32(bytes) >>> 0);
}

/** The string PayPal signs: transmission id | transmission time | OUR webhook id | crc32(body). */
export function expectedSignedString(h: Pick<TransmissionHeaders, "transmissionId" | "transmissionTime">, webhookId: string, rawBody: Uint8Array | string): string {
  return `${h.transmissionId}|${h.transmissionTime}|${webhookId}|${crc32Decimal(rawBody)}`;
}

/** Where PayPal's certificates may come from: the mode's API hosts, or the emulator on the shop's origin. */
export type CertUrlPolicy = {
  paymentMode: PaymentMode;
  /** The built-in emulator stands in for PayPal (env.paypal.sandbox). */
  sandbox: boolean;
  shopOrigin: string;
};

/**
 * Whether we may fetch a certificate from this URL: https on one of PayPal's API hosts of this
 * mode or — with the emulator only — the emulator on the shop's own origin.
 */
export function isAllowedCertUrl(certUrl: string, opts: CertUrlPolicy): boolean {
  let url: URL;
  try {
    url = new URL(certUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (!opts.sandbox) {
    const hosts: readonly string[] = PAYPAL_HOSTS[opts.paymentMode].api;
    return url.protocol === "https:" && url.port === "" && hosts.includes(url.hostname);
  }
  let shop: URL;
  try {
    shop = new URL(opts.shopOrigin);
  } catch {
    return false;
  }
  return url.origin === shop.origin && url.pathname.startsWith("/sandbox/paypal/");
}

export type VerificationFailure =
  | "missing_headers"
  | "unsupported_algorithm"
  | "cert_url_not_allowed"
  | "cert_unavailable"
  | "cert_invalid"
  | "cert_expired"
  | "bad_signature"
  | "api_failure";

export type VerificationResult =
  | { ok: true; method: "offline" | "api" }
  /** transient: our side (network, PayPal 5xx) failed, the delivery may well be genuine: ask for a retry. */
  | { ok: false; reason: VerificationFailure; transient: boolean };

type CachedCert = { cert: X509Certificate; notBefore: number; notAfter: number };
const certCache = new Map<string, CachedCert>();
const CERT_CACHE_MAX = 32;

/** For tests. */
export function clearCertificateCache(): void {
  certCache.clear();
}

class CertFetchError extends Error {
  constructor(
    public readonly reason: "cert_unavailable" | "cert_invalid",
    public readonly transient: boolean,
    message: string,
  ) {
    super(message);
  }
}

async function loadCertificate(certUrl: string, deps: { fetchImpl: typeof fetch; now: number }): Promise<CachedCert> {
  const cached = certCache.get(certUrl);
  if (cached && cached.notAfter > deps.now) return cached;
  let response: Response;
  try {
    // No redirects: a redirect could lead to a host outside the allow-list.
    response = await deps.fetchImpl(certUrl, { signal: AbortSignal.timeout(10_000), redirect: "error", cache: "no-store" });
  } catch {
    throw new CertFetchError("cert_unavailable", true, "certificate unreachable");
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CertFetchError("cert_unavailable", response.status >= 500 || response.status === 429, `certificate answered ${response.status}`);
  }
  const pem = await response.text();
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    throw new CertFetchError("cert_invalid", false, "not a certificate");
  }
  const entry = { cert, notBefore: Date.parse(cert.validFrom), notAfter: Date.parse(cert.validTo) };
  if (certCache.size >= CERT_CACHE_MAX) certCache.delete(certCache.keys().next().value!);
  certCache.set(certUrl, entry);
  return entry;
}

export type OfflineOptions = CertUrlPolicy & {
  webhookId: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
};

export async function verifyOffline(h: TransmissionHeaders, rawBody: Uint8Array | string, opts: OfflineOptions): Promise<VerificationResult> {
  if (h.authAlgo.toUpperCase() !== "SHA256WITHRSA") return { ok: false, reason: "unsupported_algorithm", transient: false };
  if (!isAllowedCertUrl(h.certUrl, opts)) return { ok: false, reason: "cert_url_not_allowed", transient: false };
  const now = (opts.now ?? Date.now)();
  let entry: CachedCert;
  try {
    entry = await loadCertificate(h.certUrl, { fetchImpl: opts.fetchImpl ?? fetch, now });
  } catch (error) {
    if (error instanceof CertFetchError) return { ok: false, reason: error.reason, transient: error.transient };
    throw error;
  }
  if (!(entry.notBefore <= now && now < entry.notAfter)) return { ok: false, reason: "cert_expired", transient: false };
  const signature = Buffer.from(h.transmissionSig, "base64");
  if (signature.length === 0) return { ok: false, reason: "bad_signature", transient: false };
  const verifier = createVerify("RSA-SHA256");
  verifier.update(expectedSignedString(h, opts.webhookId, rawBody), "utf8");
  let valid = false;
  try {
    valid = verifier.verify(entry.cert.publicKey, signature);
  } catch {
    valid = false;
  }
  return valid ? { ok: true, method: "offline" } : { ok: false, reason: "bad_signature", transient: false };
}

/** Postback verification through PayPal's API (the received event is sent back as parsed JSON). */
export async function verifyWithApi(h: TransmissionHeaders, rawBody: string, opts: { webhookId: string; client: PayPalClient }): Promise<VerificationResult> {
  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "bad_signature", transient: false };
  }
  try {
    const { data } = await opts.client.notifications.verifyWebhookSignature({
      auth_algo: h.authAlgo,
      cert_url: h.certUrl,
      transmission_id: h.transmissionId,
      transmission_sig: h.transmissionSig,
      transmission_time: h.transmissionTime,
      webhook_id: opts.webhookId,
      webhook_event: event,
    });
    return data.verification_status === "SUCCESS" ? { ok: true, method: "api" } : { ok: false, reason: "bad_signature", transient: false };
  } catch (error) {
    log.warn("paypal-webhook", "verify-webhook-signature call failed", { error });
    return { ok: false, reason: "api_failure", transient: isGatewayError(error) ? error.retryable : true };
  }
}

export type VerificationMode = "offline" | "api";

/**
 * The policy: "offline" verifies locally and falls back to the API only when the certificate could
 * not be fetched for a transient reason; "api" always asks PayPal. The certificate URL allow-list
 * applies in both modes (PayPal's API would accept its own hosts only anyway).
 */
export async function verifyPayPalWebhook(
  headers: Headers,
  rawBody: string,
  opts: OfflineOptions & { mode: VerificationMode; client: () => PayPalClient },
): Promise<VerificationResult> {
  const h = readTransmissionHeaders(headers);
  if (!h) return { ok: false, reason: "missing_headers", transient: false };
  if (!isAllowedCertUrl(h.certUrl, opts)) return { ok: false, reason: "cert_url_not_allowed", transient: false };
  if (opts.mode === "api") return verifyWithApi(h, rawBody, { webhookId: opts.webhookId, client: opts.client() });
  const offline = await verifyOffline(h, rawBody, opts);
  if (offline.ok || !(offline.reason === "cert_unavailable" && offline.transient)) return offline;
  log.warn("paypal-webhook", "certificate unavailable, falling back to verify-webhook-signature", { certUrl: h.certUrl });
  return verifyWithApi(h, rawBody, { webhookId: opts.webhookId, client: opts.client() });
}
