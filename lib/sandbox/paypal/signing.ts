import "server-only";
import { createSign, createVerify, X509Certificate } from "node:crypto";
import { crc32 } from "node:zlib";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { sandboxSettings } from "@/lib/db/sandbox-schema";
import { generateSigningIdentity, type SigningIdentity } from "./certificate";

/*
 * Webhook signatures as PayPal makes them: base64 SHA256withRSA over
 * `<transmission id>|<transmission time>|<webhook id>|<CRC32 of the raw body, unsigned decimal>`,
 * with the certificate served at `paypal-cert-url`.
 */

const IDENTITY_KEY = "paypal.signing-identity";
export const AUTH_ALGO = "SHA256withRSA";

/** The emulator's key and certificate, generated once and kept in sandbox.settings across restarts. */
export async function getSigningIdentity(ex: Executor): Promise<SigningIdentity> {
  const read = async () => {
    const rows = await ex.select().from(sandboxSettings).where(eq(sandboxSettings.provider, IDENTITY_KEY)).limit(1);
    const value = rows[0]?.value;
    if (value && typeof value.certId === "string" && typeof value.privateKeyPem === "string" && typeof value.certificatePem === "string") {
      return { certId: value.certId, privateKeyPem: value.privateKeyPem, certificatePem: value.certificatePem };
    }
    return null;
  };
  const existing = await read();
  if (existing) return existing;
  // Two instances starting together may both generate: the first insert wins, both use it.
  await ex.insert(sandboxSettings).values({ provider: IDENTITY_KEY, value: generateSigningIdentity() }).onConflictDoNothing();
  const stored = await read();
  if (!stored) throw new Error("PayPal emulator: signing identity could not be stored");
  return stored;
}

export const certUrl = (baseUrl: string, certId: string): string => `${baseUrl}/v1/notifications/certs/${certId}`;

export function signedString(transmissionId: string, transmissionTime: string, webhookId: string, rawBody: string | Buffer): string {
  return `${transmissionId}|${transmissionTime}|${webhookId}|${crc32(rawBody) >>> 0}`;
}

export function signWebhook(privateKeyPem: string, transmissionId: string, transmissionTime: string, webhookId: string, rawBody: string): string {
  return createSign("RSA-SHA256").update(signedString(transmissionId, transmissionTime, webhookId, rawBody)).sign(privateKeyPem, "base64");
}

export function verifyWebhook(
  certificatePem: string,
  input: { transmissionId: string; transmissionTime: string; webhookId: string; rawBody: string | Buffer; signature: string },
): boolean {
  try {
    const cert = new X509Certificate(certificatePem);
    return createVerify("RSA-SHA256")
      .update(signedString(input.transmissionId, input.transmissionTime, input.webhookId, input.rawBody))
      .verify(cert.publicKey, input.signature, "base64");
  } catch {
    return false;
  }
}
