import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { recoveryCodes, users } from "@/lib/db/schema";
import { insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import {
  acceptedTotpStep,
  enableTotp,
  ENROLMENT_MESSAGES,
  readSecondFactorCode,
  RECOVERY_CODE_COUNT,
  SECOND_FACTOR_ERROR_CODES,
  SECOND_FACTOR_LIMIT,
  resetSecondFactor,
  secondFactorStatus,
  verifySecondFactor,
} from "./second-factor";

const SECRET = "CAISSE2DEMO2ADMIN2TOTP2SECRET234";
const T0 = new Date("2026-12-04T10:00:10Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const codeAt = (date: Date, secret = SECRET) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

async function adminWithTotp() {
  const admin = await insertUser(db, "admin");
  await db.update(users).set({ totpSecret: SECRET, totpEnabledAt: T0 }).where(eq(users.id, admin.id));
  return admin;
}

describe("readSecondFactorCode", () => {
  it.each([
    ["123456", { kind: "totp", code: "123456" }],
    [" 123 456 ", { kind: "totp", code: "123456" }],
    ["7k4m2-qx9ab", { kind: "recovery", code: "7K4M2QX9AB" }],
    ["12345", null],
    ["1234567", null],
    [undefined, null],
  ] as const)("%j → %j", (raw, expected) => {
    expect(readSecondFactorCode(raw)).toEqual(expected);
  });
});

describe("acceptedTotpStep (RFC 6238)", () => {
  it("accepts the current code and one step either side, and only steps after the last one used", async () => {
    const now = Math.floor(T0.getTime() / 1000);
    const step = Math.floor(now / 30);
    expect(await acceptedTotpStep(SECRET, await codeAt(T0), null, now)).toBe(step);
    expect(await acceptedTotpStep(SECRET, await codeAt(at(-30)), null, now)).toBe(step - 1);
    expect(await acceptedTotpStep(SECRET, await codeAt(at(30)), null, now)).toBe(step + 1);
    expect(await acceptedTotpStep(SECRET, await codeAt(at(-90)), null, now)).toBeNull();
    // The same code twice: refused once its step is recorded (replay).
    expect(await acceptedTotpStep(SECRET, await codeAt(T0), step, now)).toBeNull();
    expect(await acceptedTotpStep(SECRET, "000000", null, now)).toBeNull();
  });
});

describe("verifySecondFactor", () => {
  it("lets an account without TOTP through and tells its role", async () => {
    const customer = await insertUser(db, "customer");
    expect(await verifySecondFactor(db, customer.id, undefined, T0)).toEqual({ ok: true, role: "customer" });
  });

  it("asks an admin with TOTP for a code, accepts a fresh one once, refuses its replay", async () => {
    const admin = await adminWithTotp();
    expect(await verifySecondFactor(db, admin.id, undefined, T0)).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.required });
    const code = await codeAt(T0);
    expect(await verifySecondFactor(db, admin.id, code, T0)).toEqual({ ok: true, role: "admin" });
    expect(await verifySecondFactor(db, admin.id, code, at(5))).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.invalid });
    // The next step's code works.
    expect(await verifySecondFactor(db, admin.id, await codeAt(at(30)), at(30))).toEqual({ ok: true, role: "admin" });
  });

  it("lets only one of two requests racing with the same code in", async () => {
    const admin = await adminWithTotp();
    const code = await codeAt(T0);
    const results = await Promise.all([verifySecondFactor(db, admin.id, code, T0), verifySecondFactor(db, admin.id, code, T0)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("rate-limits wrong codes per account, even a right one once over the limit", async () => {
    const admin = await adminWithTotp();
    for (let i = 0; i < SECOND_FACTOR_LIMIT.limit; i++) {
      expect(await verifySecondFactor(db, admin.id, "000000", at(i))).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.invalid });
    }
    expect(await verifySecondFactor(db, admin.id, await codeAt(at(10)), at(10))).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.rateLimited });
  });
});

describe("enrolment", () => {
  it("shows a pending secret, enables it with a first code, and issues ten single-use recovery codes stored hashed", async () => {
    const admin = await insertUser(db, "admin", "alice@example.fr");
    const first = await secondFactorStatus(db, admin);
    if (first.enabled) throw new Error("not enrolled yet");
    expect(first.uri).toMatch(/^otpauth:\/\/totp\/.+\?.*secret=/);
    // The page shows the same secret until it is confirmed.
    expect(await secondFactorStatus(db, admin)).toEqual(first);

    expect(await enableTotp(db, admin.id, "000000", T0)).toEqual({ ok: false, message: ENROLMENT_MESSAGES.invalid });
    const enabled = await enableTotp(db, admin.id, await codeAt(T0, first.secret), T0);
    if (!enabled.ok) throw new Error(enabled.message);
    expect(enabled.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(enabled.recoveryCodes[0]).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, admin.id));
    expect(stored.map((r) => r.codeHash)).not.toContain(enabled.recoveryCodes[0]);
    expect(await secondFactorStatus(db, admin)).toMatchObject({ enabled: true, recoveryCodesLeft: RECOVERY_CODE_COUNT });

    // The confirmation code itself cannot be replayed at sign-in.
    expect(await verifySecondFactor(db, admin.id, await codeAt(T0, first.secret), T0)).toMatchObject({ ok: false });
    const recovery = enabled.recoveryCodes[3]!;
    expect(await verifySecondFactor(db, admin.id, recovery.toLowerCase(), T0)).toEqual({ ok: true, role: "admin" });
    expect(await verifySecondFactor(db, admin.id, recovery, T0)).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.invalid });
    expect(await secondFactorStatus(db, admin)).toMatchObject({ enabled: true, recoveryCodesLeft: RECOVERY_CODE_COUNT - 1 });

    // Lost phone: npm run admin:reset-2fa takes the factor and its codes away.
    expect(await resetSecondFactor(db, admin.email.toUpperCase())).toBe(true);
    expect(await verifySecondFactor(db, admin.id, undefined, T0)).toEqual({ ok: true, role: "admin" });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, admin.id))).toHaveLength(0);
    expect(await resetSecondFactor(db, "personne@example.fr")).toBe(false);
  });
});

describe("the demo admin", () => {
  it("has the README's TOTP secret, so demos and e2e journeys can compute its codes", async () => {
    const { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET, seedDemoData } = await import("@/lib/demo/demo-data");
    await seedDemoData(db);
    const [admin] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.admin));
    expect(await verifySecondFactor(db, admin!.id, undefined, T0)).toEqual({ ok: false, code: SECOND_FACTOR_ERROR_CODES.required });
    expect(await verifySecondFactor(db, admin!.id, await codeAt(T0, DEMO_ADMIN_TOTP_SECRET), T0)).toEqual({ ok: true, role: "admin" });
  });
});
