import { createSign, createVerify, generateKeyPairSync, X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildSelfSignedCertificate, generateSigningIdentity } from "./certificate";
import { integer, oid, time } from "./der";

describe("DER writer", () => {
  it("encodes OIDs, integers and times as in RFC examples", () => {
    expect(oid("1.2.840.113549.1.1.11").toString("hex")).toBe("06092a864886f70d01010b");
    expect(oid("2.5.4.3").toString("hex")).toBe("0603550403");
    expect(integer(2).toString("hex")).toBe("020102");
    expect(integer(0).toString("hex")).toBe("020100");
    expect(integer(128).toString("hex")).toBe("02020080");
    expect(integer(Buffer.from([0x00, 0x00, 0xff])).toString("hex")).toBe("020200ff");
    expect(time(new Date("2026-11-26T10:00:00Z")).toString("ascii").slice(2)).toBe("261126100000Z");
    expect(time(new Date("2051-01-01T00:00:00Z"))[0]).toBe(0x18);
  });
});

describe("self-signed certificate", () => {
  it("is readable by Node, self-verifies, and carries the key that signs webhooks", () => {
    const identity = generateSigningIdentity(new Date("2026-11-26T10:00:00Z"));
    const cert = new X509Certificate(identity.certificatePem);
    expect(cert.subject).toContain("CN=messageverificationcerts.sandbox.caisse.local");
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(new Date(cert.validFrom).toISOString()).toBe("2026-11-25T10:00:00.000Z");

    const message = "a|b|c|123";
    const signature = createVerify("RSA-SHA256");
    signature.update(message);
    const s = createSign("RSA-SHA256").update(message).sign(identity.privateKeyPem, "base64");
    expect(signature.verify(cert.publicKey, s, "base64")).toBe(true);
  });

  it("does not verify against another key", () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const other = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const pem = buildSelfSignedCertificate({
      privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      commonName: "x",
      notBefore: new Date("2020-01-01T00:00:00Z"),
      notAfter: new Date("2060-01-01T00:00:00Z"),
    });
    const cert = new X509Certificate(pem);
    expect(cert.verify(other.publicKey)).toBe(false);
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2060);
  });
});
