/*
 * A minimal DER (ASN.1 Distinguished Encoding Rules) writer: just enough to build a self-signed
 * X.509 v3 certificate for the emulator's webhook signing key. Node's crypto generates keys and
 * parses certificates (crypto.X509Certificate) but cannot create one, and a 100-line encoder
 * beats pulling a certificate library into the shop's dependencies.
 */

export type Der = Buffer;

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** A TLV (tag, length, value) with the given raw tag byte. */
export function tlv(tag: number, value: Buffer): Der {
  return Buffer.concat([Buffer.from([tag]), encodeLength(value.length), value]);
}

export const sequence = (...items: Der[]): Der => tlv(0x30, Buffer.concat(items));
export const set = (...items: Der[]): Der => tlv(0x31, Buffer.concat(items));
export const nullValue = (): Der => Buffer.from([0x05, 0x00]);
export const octetString = (value: Buffer): Der => tlv(0x04, value);
export const utf8String = (value: string): Der => tlv(0x0c, Buffer.from(value, "utf8"));
export const printableString = (value: string): Der => {
  if (!/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(value)) throw new Error(`not a PrintableString: ${value}`);
  return tlv(0x13, Buffer.from(value, "ascii"));
};
export const boolean = (value: boolean): Der => Buffer.from([0x01, 0x01, value ? 0xff : 0x00]);
/** Context-specific, constructed, explicit tag [n]. */
export const explicit = (n: number, inner: Der): Der => tlv(0xa0 | n, inner);
/** A BIT STRING with no unused bits. */
export const bitString = (value: Buffer): Der => tlv(0x03, Buffer.concat([Buffer.from([0x00]), value]));

/** An INTEGER from unsigned big-endian bytes (or a small non-negative number). */
export function integer(value: Buffer | number): Der {
  let bytes: Buffer;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error("integer: non-negative safe integers only");
    const digits: number[] = [];
    for (let n = value; n > 0; n = Math.floor(n / 256)) digits.unshift(n % 256);
    bytes = Buffer.from(digits.length ? digits : [0]);
  } else {
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    bytes = value.subarray(start);
    if (bytes.length === 0) bytes = Buffer.from([0]);
  }
  // A set high bit would read as negative: prefix a zero byte.
  if ((bytes[0] ?? 0) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(0x02, bytes);
}

/** An OBJECT IDENTIFIER from its dotted form, e.g. "1.2.840.113549.1.1.11". */
export function oid(dotted: string): Der {
  const arcs = dotted.split(".").map((a) => {
    if (!/^\d+$/.test(a)) throw new Error(`bad OID: ${dotted}`);
    return Number(a);
  });
  const [first, second, ...rest] = arcs;
  if (first === undefined || second === undefined || first > 2) throw new Error(`bad OID: ${dotted}`);
  const out: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const base128: number[] = [arc % 128];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) base128.unshift((n % 128) | 0x80);
    out.push(...base128);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for years 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
export function time(date: Date): Der {
  const iso = date.toISOString(); // 2026-11-26T10:00:00.000Z
  const compact = iso.slice(0, 19).replace(/[-:T]/g, "") + "Z"; // 20261126100000Z
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(0x17, Buffer.from(compact.slice(2), "ascii"));
  return tlv(0x18, Buffer.from(compact, "ascii"));
}

/** Wraps DER bytes as PEM with the given label. */
export function toPem(label: string, der: Buffer): string {
  const lines = der.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
