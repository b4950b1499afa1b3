import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, X509Certificate } from "node:crypto";
import { bitString, boolean, explicit, integer, nullValue, octetString, oid, printableString, sequence, set, time, toPem, utf8String } from "./der";

/*
 * The emulator's webhook signing identity: an RSA key and a self-signed X.509 certificate, like
 * the one PayPal serves at `paypal-cert-url`. The shop verifies webhooks against it exactly as it
 * would against PayPal's, so the verification code really runs in sandbox mode.
 */

export type SigningIdentity = {
  /** The id in the certificate URL, like PayPal's `CERT-360caa42-…`. */
  certId: string;
  privateKeyPem: string;
  certificatePem: string;
};

const SHA256_WITH_RSA = "1.2.840.113549.1.1.11";
const DAY_MS = 24 * 60 * 60 * 1000;

function name(commonName: string): Buffer {
  const rdn = (type: string, value: Buffer) => set(sequence(oid(type), value));
  return sequence(
    rdn("2.5.4.6", printableString("FR")), // countryName
    rdn("2.5.4.10", utf8String("Caisse sandbox (PayPal emulator)")), // organizationName
    rdn("2.5.4.3", utf8String(commonName)), // commonName
  );
}

/** Builds and self-signs a certificate for the given key pair (RFC 5280 §4.1). */
export function buildSelfSignedCertificate(opts: {
  privateKeyPem: string;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  serial?: Buffer;
}): string {
  const privateKey = createPrivateKey(opts.privateKeyPem);
  const spki = createPublicKey(privateKey).export({ type: "spki", format: "der" });
  const serial = Buffer.from(opts.serial ?? randomBytes(16));
  serial[0] = (serial[0] ?? 0) & 0x7f; // serials are positive
  const algorithm = sequence(oid(SHA256_WITH_RSA), nullValue());
  const issuerAndSubject = name(opts.commonName);
  const extensions = explicit(
    3,
    sequence(
      // basicConstraints, critical: not a CA.
      sequence(oid("2.5.29.19"), boolean(true), octetString(sequence())),
      // keyUsage, critical: digitalSignature only.
      sequence(oid("2.5.29.15"), boolean(true), octetString(Buffer.from([0x03, 0x02, 0x07, 0x80]))),
    ),
  );
  const tbs = sequence(
    explicit(0, integer(2)), // version v3
    integer(serial),
    algorithm,
    issuerAndSubject,
    sequence(time(opts.notBefore), time(opts.notAfter)),
    issuerAndSubject,
    spki,
    extensions,
  );
  const signature = sign("sha256", tbs, privateKey);
  return toPem("CERTIFICATE", sequence(tbs, algorithm, bitString(signature)));
}

/** A fresh RSA-2048 key and a certificate valid from yesterday for ten years. */
export function generateSigningIdentity(now = new Date()): SigningIdentity {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const certId = `CERT-caisse-sandbox-${randomBytes(6).toString("hex")}`;
  const certificatePem = buildSelfSignedCertificate({
    privateKeyPem,
    commonName: "messageverificationcerts.sandbox.caisse.local",
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + 3650 * DAY_MS),
  });
  // Fail loudly here rather than hand the shop a certificate Node cannot read.
  new X509Certificate(certificatePem);
  return { certId, privateKeyPem, certificatePem };
}
