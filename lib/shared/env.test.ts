import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

const production = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: "x".repeat(40),
  CRON_SECRET: "y".repeat(20),
  ORDER_LINK_SECRET: "z".repeat(40),
  BANK_ACCOUNT_HOLDER: "Maison Lavande SAS",
  BANK_IBAN: "FR76 3000 6000 0112 3456 7890 189",
  BANK_BIC: "AGRIFRPPXXX",
  BANK_NAME: "Crédit Agricole",
} as const;

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source as NodeJS.ProcessEnv);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe("configuration", () => {
  it("works with no variable at all in development, in sandbox mode", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.paymentMode).toBe("sandbox");
    expect(env.payplug.sandbox).toBe(true);
    expect(env.payplug.apiUrl).toBe("http://localhost:3000/sandbox/payplug");
    expect(env.paypal.sdkBaseUrl).toBe("/sandbox/paypal/sdk/js");
    expect(env.demoData).toBe(true);
    expect(env.bank.iban).toMatch(/^FR76/);
  });

  it("starts in production when every secret is given, without demo data", () => {
    const env = parseEnv(production);
    expect(env.demoData).toBe(false);
    expect(env.bank.iban).toBe("FR7630006000011234567890189");
  });

  it.each(["NEXTAUTH_SECRET", "CRON_SECRET", "ORDER_LINK_SECRET", "BANK_IBAN", "BANK_BIC", "BANK_NAME", "BANK_ACCOUNT_HOLDER"])(
    "names %s when it is missing in production",
    (name) => {
      const source: Record<string, string> = { ...production };
      delete source[name];
      expect(problems(source).join("\n")).toContain(name);
    },
  );

  it("does not demand secrets while `next build` loads modules", () => {
    expect(problems({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual([]);
  });

  it("refuses an IBAN with a wrong checksum", () => {
    expect(problems({ ...production, BANK_IBAN: "FR7630006000011234567890188" }).join()).toContain("BANK_IBAN");
  });

  it("refuses a PayPlug key of the wrong shape", () => {
    expect(problems({ NODE_ENV: "development", PAYPLUG_SECRET_KEY: "pk_test_123" }).join()).toContain("PAYPLUG_SECRET_KEY");
  });

  it("uses the real providers once keys are set, and demands every key in live mode", () => {
    const env = parseEnv({ ...production, PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s", PAYPAL_WEBHOOK_ID: "WH-1" });
    expect(env.payplug.apiUrl).toBe("https://api.payplug.com");
    expect(env.payplug.hostedPageHosts).toContain("secure.payplug.com");
    expect(env.paypal.apiUrl).toBe("https://api-m.paypal.com");
    expect(env.paypal.sdkBaseUrl).toBeUndefined();
    expect(env.sandboxEnabled).toBe(false);
    expect(problems({ ...production, PAYMENT_MODE: "live", PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12" }).join()).toContain("PAYPAL_CLIENT_ID");
  });

  it("never sends a production shop's payments to the emulators unless it declares itself a demo", () => {
    const real = parseEnv({ ...production });
    expect(real.payplug).toMatchObject({ sandbox: false, enabled: false });
    expect(real.paypal).toMatchObject({ sandbox: false, enabled: false });
    expect(real.sandboxEnabled).toBe(false);
    const onlyPayplug = parseEnv({ ...production, PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12" });
    expect(onlyPayplug.payplug).toMatchObject({ sandbox: false, enabled: true });
    expect(onlyPayplug.paypal.enabled).toBe(false);
    for (const demo of [{ PAYMENT_MODE: "sandbox" }, { DEMO_DATA: "true" }]) {
      const env = parseEnv({ ...production, ...demo });
      expect(env.payplug).toMatchObject({ sandbox: true, enabled: true });
      expect(env.sandboxEnabled).toBe(true);
    }
  });

  it("turns literal \\n in addresses into line breaks", () => {
    const env = parseEnv({ NODE_ENV: "development", MERCHANT_ADDRESS: "1 rue A\\n75001 Paris" });
    expect(env.merchant.address).toBe("1 rue A\n75001 Paris");
  });
});

describe("admin security settings", () => {
  it("requires admins' second factor on a real production shop only", () => {
    expect(parseEnv(production).adminTotpRequired).toBe(true);
    expect(parseEnv({ ...production, DEMO_DATA: "true" }).adminTotpRequired).toBe(false);
    expect(parseEnv({ NODE_ENV: "development" }).adminTotpRequired).toBe(false);
  });

  it("reads the admin session limits, 30 minutes idle and 12 hours by default", () => {
    expect(parseEnv({ NODE_ENV: "development" }).adminSession).toEqual({ idleMinutes: 30, maxHours: 12 });
    expect(parseEnv({ NODE_ENV: "development", ADMIN_SESSION_IDLE_MINUTES: "15", ADMIN_SESSION_MAX_HOURS: "8" }).adminSession).toEqual({ idleMinutes: 15, maxHours: 8 });
    expect(() => parseEnv({ NODE_ENV: "development", ADMIN_SESSION_IDLE_MINUTES: "0" })).toThrow(/ADMIN_SESSION_IDLE_MINUTES/);
  });
});
