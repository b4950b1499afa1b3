import { generateKeyPairSync, sign } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { buildSelfSignedCertificate } from "@/lib/sandbox/paypal/certificate";
import {
  clearCertificateCache,
  crc32Decimal,
  expectedSignedString,
  isAllowedCertUrl,
  readTransmissionHeaders,
  verifyOffline,
  type TransmissionHeaders,
} from "./webhook-signature";

const DAY = 86_400_000;

function identity(notBefore = new Date(Date.now() - DAY), notAfter = new Date(Date.now() + 365 * DAY)) {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const certificatePem = buildSelfSignedCertificate({ privateKeyPem, commonName: "test.paypal.local", notBefore, notAfter });
  return { privateKeyPem, certificatePem };
}

function signedHeaders(privateKeyPem: string, body: string, webhookId: string, certUrl: string): TransmissionHeaders {
  const h = { transmissionId: "b2c3-4d5e", transmissionTime: "2026-11-26T10:00:00Z" };
  const sig = sign("sha256", Buffer.from(expectedSignedString(h, webhookId, body)), privateKeyPem).toString("base64");
  return { ...h, transmissionSig: sig, certUrl, authAlgo: "SHA256withRSA" };
}

function certFetch(pem: string, calls: string[] = []): typeof fetch {
  return (input) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return Promise.resolve(new Response(pem, { status: 200, headers: { "content-type": "application/x-pem-file" } }));
  };
}

afterEach(() => clearCertificateCache());

describe("crc32Decimal", () => {
  it.each([
    ["", "0"],
    ["The quick brown fox jumps over the lazy dog", "1095738169"],
    // 0xCBF43926: above 2^31, so a signed reading would be negative.
    ["123456789", "3421780262"],
  ])("crc32(%j) = %s as an unsigned decimal", (input, expected) => {
    expect(crc32Decimal(input)).toBe(expected);
    expect(crc32Decimal(Buffer.from(input))).toBe(expected);
  });

  it("works on the raw bytes, not a re-serialisation (UTF-8, spacing)", () => {
    expect(crc32Decimal('{"a":"é"}')).not.toBe(crc32Decimal('{"a": "é"}'));
  });
});

describe("expectedSignedString", () => {
  it("joins transmission id, time, OUR webhook id and the body's crc32 with pipes", () => {
    expect(expectedSignedString({ transmissionId: "tid", transmissionTime: "2026-11-26T10:00:00Z" }, "WH-123", "123456789")).toBe(
      "tid|2026-11-26T10:00:00Z|WH-123|3421780262",
    );
  });
});

describe("readTransmissionHeaders", () => {
  it("reads the five headers case-insensitively, null when one is missing", () => {
    const all = new Headers({
      "PAYPAL-TRANSMISSION-ID": "a",
      "paypal-transmission-time": "b",
      "paypal-transmission-sig": "c",
      "paypal-cert-url": "https://api.paypal.com/v1/notifications/certs/CERT-1",
      "paypal-auth-algo": "SHA256withRSA",
    });
    expect(readTransmissionHeaders(all)).toMatchObject({ transmissionId: "a", authAlgo: "SHA256withRSA" });
    all.delete("paypal-transmission-sig");
    expect(readTransmissionHeaders(all)).toBeNull();
  });
});

describe("isAllowedCertUrl", () => {
  const live = { paymentMode: "live", sandbox: false, shopOrigin: "https://boutique.example.fr" } as const;
  const test = { paymentMode: "test", sandbox: false, shopOrigin: "https://recette.example.fr" } as const;
  const emulator = { paymentMode: "test", sandbox: true, shopOrigin: "http://127.0.0.1:3106" } as const;
  it.each([
    // Live: PayPal's live API hosts only; a sandbox certificate never vouches for a real payment.
    ["https://api.paypal.com/v1/notifications/certs/CERT-1", live, true],
    ["https://api-m.paypal.com/v1/notifications/certs/CERT-1", live, true],
    ["https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1", live, false],
    ["https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-1", live, false],
    ["http://api.paypal.com/v1/notifications/certs/CERT-1", live, false],
    ["https://api.paypal.com:8443/v1/notifications/certs/CERT-1", live, false],
    ["https://user:pw@api.paypal.com/cert", live, false],
    ["https://evil.com/api.paypal.com/cert", live, false],
    ["https://api.paypal.com.evil.com/cert", live, false],
    ["https://evilpaypal.com/cert", live, false],
    ["https://www.paypal.com/cert", live, false],
    ["not a url", live, false],
    ["https://boutique.example.fr/sandbox/paypal/v1/notifications/certs/CERT-1", live, false],
    // Test (PayPal's sandbox): its sandbox API hosts only.
    ["https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1", test, true],
    ["https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-1", test, true],
    ["https://api.paypal.com/v1/notifications/certs/CERT-1", test, false],
    ["https://api-m.paypal.com/v1/notifications/certs/CERT-1", test, false],
    ["http://api.sandbox.paypal.com/v1/notifications/certs/CERT-1", test, false],
    ["https://recette.example.fr/sandbox/paypal/v1/notifications/certs/CERT-1", test, false],
    // The emulator on the shop's own origin, and only under /sandbox/paypal/.
    ["http://127.0.0.1:3106/sandbox/paypal/v1/notifications/certs/CERT-1", emulator, true],
    ["http://127.0.0.1:3107/sandbox/paypal/v1/notifications/certs/CERT-1", emulator, false],
    ["http://localhost:3106/sandbox/paypal/v1/notifications/certs/CERT-1", emulator, false],
    ["http://127.0.0.1:3106/uploads/cert.pem", emulator, false],
    ["https://api-m.sandbox.paypal.com/v1/notifications/certs/CERT-1", emulator, false],
    ["https://api.paypal.com/v1/notifications/certs/CERT-1", emulator, false],
  ])("%s → %s", (url, opts, expected) => {
    expect(isAllowedCertUrl(url, opts)).toBe(expected);
  });
});

describe("verifyOffline", () => {
  const webhookId = "WH-TEST";
  const certUrl = "https://api.paypal.com/v1/notifications/certs/CERT-1";
  const body = '{"id":"WH-1","event_type":"PAYMENT.CAPTURE.COMPLETED","resource":{"id":"CAP-1"}}';
  const opts = { webhookId, paymentMode: "live", sandbox: false, shopOrigin: "https://boutique.example.fr" } as const;

  it("accepts PayPal's signature and caches the certificate by URL", async () => {
    const id = identity();
    const calls: string[] = [];
    const h = signedHeaders(id.privateKeyPem, body, webhookId, certUrl);
    expect(await verifyOffline(h, body, { ...opts, fetchImpl: certFetch(id.certificatePem, calls) })).toEqual({ ok: true, method: "offline" });
    expect(await verifyOffline(h, Buffer.from(body), { ...opts, fetchImpl: certFetch(id.certificatePem, calls) })).toEqual({ ok: true, method: "offline" });
    expect(calls).toEqual([certUrl]);
  });

  it("refuses a body changed by one byte, another webhook id, another transmission id, a foreign key", async () => {
    const id = identity();
    const fetchImpl = certFetch(id.certificatePem);
    const h = signedHeaders(id.privateKeyPem, body, webhookId, certUrl);
    const bad = { ok: false, reason: "bad_signature", transient: false };
    expect(await verifyOffline(h, body.replace("CAP-1", "CAP-2"), { ...opts, fetchImpl })).toEqual(bad);
    expect(await verifyOffline(h, `${body} `, { ...opts, fetchImpl })).toEqual(bad);
    expect(await verifyOffline(h, body, { ...opts, webhookId: "WH-OTHER", fetchImpl })).toEqual(bad);
    expect(await verifyOffline({ ...h, transmissionId: "other" }, body, { ...opts, fetchImpl })).toEqual(bad);
    expect(await verifyOffline({ ...h, transmissionSig: "" }, body, { ...opts, fetchImpl })).toEqual(bad);
    const foreign = identity();
    const forged = signedHeaders(foreign.privateKeyPem, body, webhookId, certUrl);
    expect(await verifyOffline(forged, body, { ...opts, fetchImpl })).toEqual(bad);
  });

  it("never fetches a certificate outside the allow-list, even with a valid signature", async () => {
    const id = identity();
    const calls: string[] = [];
    const h = signedHeaders(id.privateKeyPem, body, webhookId, "https://attacker.example/cert.pem");
    expect(await verifyOffline(h, body, { ...opts, fetchImpl: certFetch(id.certificatePem, calls) })).toEqual({
      ok: false,
      reason: "cert_url_not_allowed",
      transient: false,
    });
    expect(calls).toEqual([]);
  });

  it("refuses another algorithm, an expired certificate and a non-certificate", async () => {
    const id = identity();
    const h = signedHeaders(id.privateKeyPem, body, webhookId, certUrl);
    expect(await verifyOffline({ ...h, authAlgo: "SHA1withRSA" }, body, { ...opts, fetchImpl: certFetch(id.certificatePem) })).toMatchObject({ reason: "unsupported_algorithm" });
    const old = identity(new Date(Date.now() - 10 * DAY), new Date(Date.now() - DAY));
    const hOld = signedHeaders(old.privateKeyPem, body, webhookId, certUrl);
    expect(await verifyOffline(hOld, body, { ...opts, fetchImpl: certFetch(old.certificatePem) })).toMatchObject({ reason: "cert_expired" });
    clearCertificateCache();
    expect(await verifyOffline(h, body, { ...opts, fetchImpl: certFetch("hello") })).toMatchObject({ reason: "cert_invalid", transient: false });
  });

  it("re-fetches a cached certificate once it has expired", async () => {
    const id = identity(new Date(Date.now() - DAY), new Date(Date.now() + DAY));
    const calls: string[] = [];
    const h = signedHeaders(id.privateKeyPem, body, webhookId, certUrl);
    await verifyOffline(h, body, { ...opts, fetchImpl: certFetch(id.certificatePem, calls) });
    const later = Date.now() + 2 * DAY;
    expect(await verifyOffline(h, body, { ...opts, now: () => later, fetchImpl: certFetch(id.certificatePem, calls) })).toMatchObject({ reason: "cert_expired" });
    expect(calls).toHaveLength(2);
  });

  it("reports an unreachable certificate as transient, a 404 as final", async () => {
    const h = signedHeaders(identity().privateKeyPem, body, webhookId, certUrl);
    const down: typeof fetch = () => Promise.reject(new TypeError("fetch failed"));
    expect(await verifyOffline(h, body, { ...opts, fetchImpl: down })).toEqual({ ok: false, reason: "cert_unavailable", transient: true });
    const missing: typeof fetch = () => Promise.resolve(new Response("no", { status: 404 }));
    expect(await verifyOffline(h, body, { ...opts, fetchImpl: missing })).toEqual({ ok: false, reason: "cert_unavailable", transient: false });
  });
});
