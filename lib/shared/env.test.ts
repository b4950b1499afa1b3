import { describe, expect, it } from "vitest";
import { ConfigError, DEMO_MERCHANT, parseEnv } from "./env";
import { COMPLETE_PRODUCTION_ENV } from "@/tests/support/production-env";
import { PAYPLUG_HOSTS } from "./provider-hosts";

const production = COMPLETE_PRODUCTION_ENV;

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

  describe("test credentials take no real money: in production only when the shop says so", () => {
    const LIVE_KEY = "sk_live_abcdefgh12";
    const TEST_KEY = "sk_test_abcdefgh12";
    const paypalKeys = { PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s", PAYPAL_WEBHOOK_ID: "WH-1" };
    const PAYPAL_SANDBOX = "https://api-m.sandbox.paypal.com";

    it.each([
      // [case, PayPlug mode, PayPal mode, variables]
      ["no keys, development: both emulators", "test", "test", { NODE_ENV: "development" }],
      ["no keys, production demo (DEMO_DATA)", "test", "test", { ...production, DEMO_DATA: "true" }],
      ["no keys, production PAYMENT_MODE=sandbox", "test", "test", { ...production, PAYMENT_MODE: "sandbox" }],
      ["live keys, production", "live", "live", { ...production, PAYPLUG_SECRET_KEY: LIVE_KEY, ...paypalKeys }],
      ["live keys, PAYMENT_MODE=live", "live", "live", { ...production, PAYMENT_MODE: "live", PAYPLUG_SECRET_KEY: LIVE_KEY, ...paypalKeys }],
      ["test keys, development", "test", "test", { NODE_ENV: "development", PAYPLUG_SECRET_KEY: TEST_KEY, ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX }],
      ["test keys, production PAYMENT_MODE=test", "test", "test", { ...production, PAYMENT_MODE: "test", PAYPLUG_SECRET_KEY: TEST_KEY, ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX }],
      ["test keys, production PAYMENT_MODE=sandbox", "test", "test", { ...production, PAYMENT_MODE: "sandbox", PAYPLUG_SECRET_KEY: TEST_KEY, ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX }],
      ["live PayPlug, PayPal emulator (demo)", "live", "test", { ...production, PAYMENT_MODE: "test", DEMO_DATA: "true", PAYPLUG_SECRET_KEY: LIVE_KEY }],
    ])("%s → PayPlug %s, PayPal %s", (_case, payplug, paypal, source) => {
      const env = parseEnv(source as NodeJS.ProcessEnv);
      expect(env.payplug.mode).toBe(payplug);
      expect(env.paypal.mode).toBe(paypal);
    });

    it.each([
      ["an sk_test_ key", "PAYPLUG_SECRET_KEY", { PAYPLUG_SECRET_KEY: TEST_KEY }],
      ["PayPal's sandbox API", "PAYPAL_API_URL", { ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX }],
      ["PayPal's older sandbox host", "PAYPAL_API_URL", { ...paypalKeys, PAYPAL_API_URL: "https://api.sandbox.paypal.com" }],
      ["a PayPal emulator elsewhere", "PAYPAL_API_URL", { ...paypalKeys, PAYPAL_API_URL: "http://127.0.0.1:4010" }],
      ["a live key on another PayPlug API", "PAYPLUG_API_URL", { PAYPLUG_SECRET_KEY: LIVE_KEY, PAYPLUG_API_URL: "http://127.0.0.1:4011" }],
    ])("production without PAYMENT_MODE refuses %s at start-up, naming %s", (_case, name, variables) => {
      const found = problems({ ...production, ...variables });
      expect(found).toHaveLength(1);
      expect(found[0]).toContain(name);
      expect(found[0]).toContain("PAYMENT_MODE=test");
    });

    it.each([
      ["an sk_test_ key", "PAYPLUG_SECRET_KEY", { PAYPLUG_SECRET_KEY: TEST_KEY, ...paypalKeys }, "clé de test"],
      ["PayPal's sandbox API", "PAYPAL_API_URL", { PAYPLUG_SECRET_KEY: LIVE_KEY, ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX }, "api-m.sandbox.paypal.com"],
    ])("PAYMENT_MODE=live refuses %s in every environment, naming %s", (_case, name, variables, detail) => {
      for (const base of [production, { NODE_ENV: "development" }, { NODE_ENV: "test" }]) {
        const found = problems({ ...base, PAYMENT_MODE: "live", ...variables });
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/^PAYMENT_MODE=live : /);
        expect(found[0]).toContain(name);
        expect(found[0]).toContain(detail);
      }
    });

    it("accepts test credentials outside production, and in production when declared", () => {
      const testCredentials = { PAYPLUG_SECRET_KEY: TEST_KEY, ...paypalKeys, PAYPAL_API_URL: PAYPAL_SANDBOX };
      expect(problems({ NODE_ENV: "development", ...testCredentials })).toEqual([]);
      expect(problems({ NODE_ENV: "test", ...testCredentials })).toEqual([]);
      expect(problems({ ...production, PAYMENT_MODE: "test", ...testCredentials })).toEqual([]);
      expect(problems({ ...production, PAYMENT_MODE: "sandbox", ...testCredentials })).toEqual([]);
      // DEMO_DATA lets a production build run the emulators, not someone's test keys.
      expect(problems({ ...production, DEMO_DATA: "true", ...testCredentials })).toHaveLength(2);
    });

    it.each([
      ["live", [...PAYPLUG_HOSTS.live.hostedPages], { ...production, PAYPLUG_SECRET_KEY: LIVE_KEY }],
      ["test", ["secure.payplug.com", "secure-qa.payplug.com"], { ...production, PAYMENT_MODE: "test", PAYPLUG_SECRET_KEY: TEST_KEY }],
      ["emulator", ["boutique.example.fr"], { NODE_ENV: "development", APP_URL: "https://boutique.example.fr" }],
      ["explicit", ["pay.example.fr"], { ...production, PAYPLUG_SECRET_KEY: LIVE_KEY, PAYPLUG_HOSTED_PAGE_HOSTS: "pay.example.fr" }],
    ])("PayPlug hosted pages, %s: %j", (_mode, hosts, source) => {
      expect(parseEnv(source as NodeJS.ProcessEnv).payplug.hostedPageHosts).toEqual(hosts);
    });

    it("a live shop sends customers to PayPlug's live hosted page only", () => {
      expect(PAYPLUG_HOSTS.live.hostedPages).toEqual(["secure.payplug.com"]);
    });

    it("PAYMENT_MODE=test runs the emulators for providers without keys, as sandbox does", () => {
      const env = parseEnv({ ...production, PAYMENT_MODE: "test" });
      expect(env.payplug).toMatchObject({ sandbox: true, enabled: true, mode: "test" });
      expect(env.sandboxEnabled).toBe(true);
    });
  });

  it("turns literal \\n in addresses into line breaks", () => {
    const env = parseEnv({ NODE_ENV: "development", MERCHANT_ADDRESS: "1 rue A\\n75001 Paris" });
    expect(env.merchant.address).toBe("1 rue A\n75001 Paris");
  });

  it("trusts no client address unless proxy hops are declared", () => {
    expect(parseEnv({ NODE_ENV: "development" }).trustedProxyHops).toBe(0);
    expect(parseEnv({ NODE_ENV: "development", TRUSTED_PROXY_HOPS: "2" }).trustedProxyHops).toBe(2);
    expect(problems({ NODE_ENV: "development", TRUSTED_PROXY_HOPS: "-1" }).join()).toContain("TRUSTED_PROXY_HOPS");
  });

  it.each([
    ["10/hour", { limit: 10, windowSeconds: 3600 }],
    [" 3 / minute ", { limit: 3, windowSeconds: 60 }],
    ["500/day", { limit: 500, windowSeconds: 86400 }],
    ["off", null],
  ])("reads the rate limit %j", (value, rule) => {
    expect(parseEnv({ NODE_ENV: "development", SIGN_UP_RATE_LIMIT: value }).signUpRateLimit).toEqual(rule);
  });

  it.each(["10", "0/hour", "10/week", "dix/heure"])("refuses the rate limit %j with a message naming the variable", (value) => {
    expect(problems({ NODE_ENV: "development", SIGN_UP_RATE_LIMIT: value }).join()).toMatch(/SIGN_UP_RATE_LIMIT: doit ressembler/);
  });

  it("gives unpaid transfer and cheque orders a reminder before their cancellation", () => {
    expect(parseEnv({ NODE_ENV: "development" })).toMatchObject({ offlineOrderReminderDays: 7, offlineOrderCancelDays: 14 });
    expect(problems({ NODE_ENV: "development", OFFLINE_ORDER_REMINDER_DAYS: "14", OFFLINE_ORDER_CANCEL_DAYS: "10" }).join()).toContain("OFFLINE_ORDER_REMINDER_DAYS doit être inférieur");
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

describe("a production shop refuses to start half-configured", () => {
  const LIVE = { PAYMENT_MODE: "live", PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s", PAYPAL_WEBHOOK_ID: "WH-1", SMTP_URL: "smtps://u:p@smtp.example.fr:465", MAIL_FROM: "Savonnerie Bleue <boutique@savonnerie-bleue.fr>" };
  const without = (source: Record<string, string>, ...names: string[]) => Object.fromEntries(Object.entries(source).filter(([k]) => !names.includes(k)));

  it("starts with a complete live configuration, on https, with SMTP", () => {
    const source: Record<string, string> = { ...without(production, "MAIL_TRANSPORT"), ...LIVE };
    expect(problems(source)).toEqual([]);
    const env = parseEnv(source as NodeJS.ProcessEnv);
    expect(env).toMatchObject({ appUrl: "https://boutique.example.fr", mailTransport: "smtp", goLiveChecks: true });
    expect(env.payplug.mode).toBe("live");
    expect(env.paypal).toMatchObject({ mode: "live", webhookId: "WH-1" });
  });

  it.each([
    ["APP_URL is missing", without(production, "APP_URL"), "APP_URL est obligatoire"],
    ["APP_URL is plain http", { ...production, APP_URL: "http://boutique.example.fr" }, "APP_URL (http://boutique.example.fr) doit être en https"],
    ["the PayPal webhook id is missing", { ...production, PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s" }, "PAYPAL_WEBHOOK_ID est obligatoire"],
    ["only half of PayPal's keys are there", { ...production, PAYPAL_CLIENT_ID: "id" }, "PAYPAL_CLIENT_ID et PAYPAL_CLIENT_SECRET vont ensemble"],
    ["a test shop holds a live PayPlug key", { ...production, PAYMENT_MODE: "test", PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12" }, "clé live (sk_live_…) alors que PAYMENT_MODE=test"],
    ["e-mail has no SMTP and no declared choice", without(production, "MAIL_TRANSPORT"), "SMTP_URL manque"],
    ["MAIL_TRANSPORT=smtp without SMTP_URL", { ...production, MAIL_TRANSPORT: "smtp" }, "MAIL_TRANSPORT=smtp demande SMTP_URL"],
    ["mailbox and SMTP both said", { ...production, SMTP_URL: "smtp://h:25" }, "se contredisent"],
    ["SMTP sends as the demo sender", { ...without(production, "MAIL_TRANSPORT"), SMTP_URL: "smtp://h:25" }, "MAIL_FROM est encore l'expéditeur de démonstration"],
  ])("refuses when %s, saying what to do", (_case, source, message) => {
    const found = problems(source);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });

  it("accepts http on this machine (a production build tried locally)", () => {
    expect(problems({ ...production, APP_URL: "http://127.0.0.1:3600" })).toEqual([]);
    expect(problems({ ...production, APP_URL: "http://localhost:3000" })).toEqual([]);
  });

  it.each(Object.keys(DEMO_MERCHANT))("names %s when it is missing or still the demo value", (name) => {
    for (const source of [without(production, name), { ...production, [name]: DEMO_MERCHANT[name as keyof typeof DEMO_MERCHANT] }]) {
      const found = problems(source);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`^identité du commerçant de démonstration encore en place \\(${name}\\)`));
    }
  });

  it("lists every problem in one message, each with its variable, and where to read more", () => {
    try {
      parseEnv({ NODE_ENV: "production", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ["NEXTAUTH_SECRET", "CRON_SECRET", "ORDER_LINK_SECRET", "BANK_IBAN", "APP_URL", "MERCHANT_SIRET", "PAYPAL_WEBHOOK_ID", "SMTP_URL"]) expect(message).toContain(name);
      expect(message).toMatch(/^Configuration invalide, la boutique ne démarre pas \(\d+ problèmes\)/);
      expect(message).toContain("docs/going-live.md");
    }
  });

  it("a declared demo (DEMO_DATA=true, as the end-to-end run) keeps the lenient start, http://127.0.0.1 and demo identity included", () => {
    const demo: Record<string, string> = { NODE_ENV: "production", DEMO_DATA: "true", NEXTAUTH_SECRET: "x".repeat(40), CRON_SECRET: "y".repeat(20), ORDER_LINK_SECRET: "z".repeat(40), BANK_ACCOUNT_HOLDER: "M", BANK_IBAN: "FR7630006000011234567890189", BANK_BIC: "AGRIFRPPXXX", BANK_NAME: "B", APP_URL: "http://127.0.0.1:3100" };
    expect(problems(demo)).toEqual([]);
    expect(parseEnv(demo as NodeJS.ProcessEnv)).toMatchObject({ goLiveChecks: false, mailTransport: "mailbox", merchant: { siret: DEMO_MERCHANT.MERCHANT_SIRET } });
  });
});

describe("reminder delays", () => {
  it("defaults to 5 days before, 1/15/30 days late and a hold past 30 days", () => {
    expect(parseEnv({ NODE_ENV: "development" }).reminders).toEqual({ daysBeforeDue: 5, dunningDaysLate: [1, 15, 30], holdAfterDaysLate: 30 });
    expect(parseEnv({ NODE_ENV: "development", INVOICE_DUNNING_DAYS_LATE: " 3, 20 " }).reminders.dunningDaysLate).toEqual([3, 20]);
  });

  it.each(["", "15,1", "1,1", "0,15", "1,15,30,45", "un"])("refuses INVOICE_DUNNING_DAYS_LATE=%j", (value) => {
    expect(() => parseEnv({ NODE_ENV: "development", INVOICE_DUNNING_DAYS_LATE: value })).toThrow(ConfigError);
  });
});
