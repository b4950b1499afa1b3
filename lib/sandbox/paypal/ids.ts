import { randomBytes, randomInt } from "node:crypto";

const UPPER_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function upperAlnum(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += UPPER_ALNUM[randomInt(UPPER_ALNUM.length)];
  return out;
}

/** Order, capture and refund ids look like PayPal's: 17 upper-case letters and digits (e.g. 5O190127TN364715T). */
export const newResourceId = (): string => upperAlnum(17);
/** Payer ids are 13 characters (e.g. QYR5Z8XDVJNXQ). */
export const newPayerId = (): string => upperAlnum(13);
/** Webhook event ids: WH-<17>-<17>. */
export const newEventId = (): string => `WH-${upperAlnum(17)}-${upperAlnum(17)}`;
/** OAuth access tokens: opaque, prefixed like PayPal's (A21AA…). */
export const newAccessToken = (): string => `A21AA${randomBytes(48).toString("base64url")}`;
export const newTransmissionId = (): string => crypto.randomUUID();
/** Dispute ids: PP-D- and digits (e.g. PP-D-27803). */
export const newDisputeId = (): string => `PP-D-${randomInt(10_000, 100_000_000)}`;
