import { electronicFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";
import { z } from "zod";

/**
 * The one typed, validated configuration of Caisse. Nothing else reads process.env (lint enforces
 * it). Parsed lazily on first use, so that `next build` can load modules without production
 * secrets; instrumentation.ts touches it at start-up, so a bad configuration stops the server
 * before it serves anything.
 */

const DEV_NEXTAUTH_SECRET = "dev-only-nextauth-secret-change-me-0123456789";
const DEV_CRON_SECRET = "dev-only-cron-secret";
const DEV_ORDER_LINK_SECRET = "dev-only-order-link-secret-change-me-0123456789";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

// Multi-line values (postal addresses) may arrive with literal "\n" from a host's settings page.
const multiline = z.string().min(1).transform((v) => v.replace(/\\n/g, "\n"));

const cents = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

const raw = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_PHASE: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(32, "doit contenir au moins 32 caractères").optional(),
  CRON_SECRET: z.string().min(16, "doit contenir au moins 16 caractères").optional(),
  ORDER_LINK_SECRET: z.string().min(32, "doit contenir au moins 32 caractères").optional(),
  DEMO_DATA: bool,
  PAYMENT_MODE: z.enum(["sandbox", "live"]).optional(),
  PAYPLUG_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_[A-Za-z0-9]{8,}$/, "doit ressembler à sk_test_… ou sk_live_…")
    .optional(),
  PAYPLUG_API_URL: z.url().optional(),
  PAYPLUG_HOSTED_PAGE_HOSTS: z.string().optional(),
  PAYPAL_CLIENT_ID: z.string().min(1).optional(),
  PAYPAL_CLIENT_SECRET: z.string().min(1).optional(),
  PAYPAL_WEBHOOK_ID: z.string().min(1).optional(),
  PAYPAL_API_URL: z.url().optional(),
  PAYPAL_WEBHOOK_VERIFICATION: z.enum(["offline", "api"]).default("offline"),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default("Caisse <boutique@demo.caisse.fr>"),
  MERCHANT_NAME: z.string().min(1).default("Maison Lavande"),
  MERCHANT_LEGAL_NAME: z.string().min(1).default("Maison Lavande SAS"),
  MERCHANT_ADDRESS: multiline.default("12 rue des Lilas\n69003 Lyon\nFrance"),
  MERCHANT_EMAIL: z.email().default("contact@demo.caisse.fr"),
  MERCHANT_SIRET: z.string().default("123 456 789 00012"),
  MERCHANT_VAT_NUMBER: z.string().default("FR12123456789"),
  BANK_ACCOUNT_HOLDER: z.string().min(1).optional(),
  BANK_IBAN: z.string().min(1).optional(),
  BANK_BIC: z.string().min(1).optional(),
  BANK_NAME: z.string().min(1).optional(),
  CHEQUE_PAYEE: z.string().min(1).optional(),
  CHEQUE_ADDRESS: multiline.optional(),
  FREE_SHIPPING_FROM_CENTS: cents(4900),
  SHIPPING_FEE_CENTS: cents(590),
  SHIPPING_VAT_RATE_BP: z.coerce.number().int().min(0).max(10000).default(2000),
  PAYMENT_LINK_TTL_DAYS: z.coerce.number().positive().max(90).default(7),
  STALE_ONLINE_ORDER_HOURS: z.coerce.number().positive().max(24 * 90).default(48),
  ADMIN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  ADMIN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

// Demo bank details (a valid test IBAN) so the sandbox shop works with no configuration.
const DEMO_BANK = {
  holder: "Maison Lavande SAS",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPPXXX",
  bankName: "Crédit Agricole",
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: NodeJS.ProcessEnv) {
  const parsed = raw.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  // `next build` loads modules with NODE_ENV=production but serves nothing: secrets are checked at start.
  const building = e.NEXT_PHASE === "phase-production-build";
  const strict = production && !building;
  const problems: string[] = [];
  const required = <T>(name: string, value: T | undefined, devValue: T): T => {
    if (value !== undefined) return value;
    if (strict) problems.push(`${name} est obligatoire en production`);
    return devValue;
  };

  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  const demoData = e.DEMO_DATA || e.NODE_ENV === "development";

  const payplugKeyless = !e.PAYPLUG_SECRET_KEY;
  const paypalKeyless = !e.PAYPAL_CLIENT_ID || !e.PAYPAL_CLIENT_SECRET;
  const mode = e.PAYMENT_MODE ?? (payplugKeyless && paypalKeyless ? "sandbox" : "live");
  // In production a provider without keys must not silently fall back to its emulator: test card
  // 4242 would mark real orders paid. The emulators serve a production build only when the shop
  // declares itself a demo (PAYMENT_MODE=sandbox or DEMO_DATA=true); otherwise a provider without
  // keys is simply not offered, and /sandbox answers 404.
  const emulatorsAllowed = !production || e.PAYMENT_MODE === "sandbox" || e.DEMO_DATA;
  const payplugSandbox = payplugKeyless && emulatorsAllowed;
  const paypalSandbox = paypalKeyless && emulatorsAllowed;
  // An explicit "live" promises both providers: a missing key is then a mistake, not a choice.
  if (e.PAYMENT_MODE === "live") {
    if (payplugKeyless) problems.push("PAYMENT_MODE=live : PAYPLUG_SECRET_KEY est obligatoire");
    if (paypalKeyless) problems.push("PAYMENT_MODE=live : PAYPAL_CLIENT_ID et PAYPAL_CLIENT_SECRET sont obligatoires");
    if (!e.PAYPAL_WEBHOOK_ID) problems.push("PAYMENT_MODE=live : PAYPAL_WEBHOOK_ID est obligatoire");
  }

  const iban = electronicFormatIBAN(required("BANK_IBAN", e.BANK_IBAN, DEMO_BANK.iban)) ?? "";
  if (!isValidIBAN(iban)) problems.push(`BANK_IBAN : « ${e.BANK_IBAN ?? ""} » n'est pas un IBAN valide`);
  const bic = required("BANK_BIC", e.BANK_BIC, DEMO_BANK.bic).replace(/\s+/g, "").toUpperCase();
  if (!isValidBIC(bic)) problems.push(`BANK_BIC : « ${bic} » n'est pas un BIC valide`);

  const bank = {
    holder: required("BANK_ACCOUNT_HOLDER", e.BANK_ACCOUNT_HOLDER, DEMO_BANK.holder),
    iban,
    bic,
    bankName: required("BANK_NAME", e.BANK_NAME, DEMO_BANK.bankName),
  };
  const cheque = {
    payee: e.CHEQUE_PAYEE ?? e.MERCHANT_LEGAL_NAME,
    address: e.CHEQUE_ADDRESS ?? `${e.MERCHANT_LEGAL_NAME}\n${e.MERCHANT_ADDRESS}`,
  };

  const config = {
    nodeEnv: e.NODE_ENV,
    isProduction: production,
    port: e.PORT,
    appUrl,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    nextAuthSecret: required("NEXTAUTH_SECRET", e.NEXTAUTH_SECRET, DEV_NEXTAUTH_SECRET),
    cronSecret: required("CRON_SECRET", e.CRON_SECRET, DEV_CRON_SECRET),
    /** Signs the order links sent by e-mail and to the providers (its own key: rotating NEXTAUTH_SECRET keeps them working). */
    orderLinkSecret: required("ORDER_LINK_SECRET", e.ORDER_LINK_SECRET, DEV_ORDER_LINK_SECRET),
    demoData,
    paymentMode: mode,
    /** Emulators under /sandbox answer only while at least one provider runs in sandbox mode. */
    sandboxEnabled: payplugSandbox || paypalSandbox,
    payplug: {
      sandbox: payplugSandbox,
      /** Offered at checkout: real keys, or the emulator where emulators are allowed. */
      enabled: !payplugKeyless || payplugSandbox,
      secretKey: e.PAYPLUG_SECRET_KEY ?? "sk_test_sandboxcaisse2026",
      apiUrl: (e.PAYPLUG_API_URL ?? (payplugSandbox ? `${appUrl}/sandbox/payplug` : "https://api.payplug.com")).replace(/\/+$/, ""),
      /** Hosts the customer may be redirected to for the hosted card page. */
      hostedPageHosts: (e.PAYPLUG_HOSTED_PAGE_HOSTS ?? (payplugSandbox ? new URL(appUrl).host : "secure.payplug.com,secure-qa.payplug.com"))
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
      apiVersion: "2019-08-06",
    },
    paypal: {
      sandbox: paypalSandbox,
      enabled: !paypalKeyless || paypalSandbox,
      clientId: e.PAYPAL_CLIENT_ID ?? "sandbox-caisse-client-id",
      clientSecret: e.PAYPAL_CLIENT_SECRET ?? "sandbox-caisse-client-secret",
      webhookId: e.PAYPAL_WEBHOOK_ID ?? "WH-SANDBOX-CAISSE",
      apiUrl: (e.PAYPAL_API_URL ?? (paypalSandbox ? `${appUrl}/sandbox/paypal` : "https://api-m.paypal.com")).replace(/\/+$/, ""),
      /** How webhook signatures are checked: offline (certificate + CRC32) or PayPal's verify-webhook-signature API. */
      webhookVerification: e.PAYPAL_WEBHOOK_VERIFICATION,
      /** Where PayPalScriptProvider loads the browser SDK from (undefined: PayPal's own). */
      sdkBaseUrl: paypalSandbox ? "/sandbox/paypal/sdk/js" : undefined,
    },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    merchant: {
      name: e.MERCHANT_NAME,
      legalName: e.MERCHANT_LEGAL_NAME,
      address: e.MERCHANT_ADDRESS,
      email: e.MERCHANT_EMAIL,
      siret: e.MERCHANT_SIRET,
      vatNumber: e.MERCHANT_VAT_NUMBER,
    },
    bank,
    cheque,
    shipping: {
      freeFromCents: e.FREE_SHIPPING_FROM_CENTS,
      feeCents: e.SHIPPING_FEE_CENTS,
      vatRateBp: e.SHIPPING_VAT_RATE_BP,
    },
    paymentLinkTtlDays: e.PAYMENT_LINK_TTL_DAYS,
    /** Card/PayPal orders left unpaid this long without activity are cancelled (job cancel-stale-orders). */
    staleOnlineOrderHours: e.STALE_ONLINE_ORDER_HOURS,
    /** An admin's session ends after this long without a request, and this long after signing in, whatever happens. */
    adminSession: { idleMinutes: e.ADMIN_SESSION_IDLE_MINUTES, maxHours: e.ADMIN_SESSION_MAX_HOURS },
    /**
     * A real shop's admins must have a second factor (TOTP) before any back-office page; a demo shop
     * (development, DEMO_DATA=true) does not insist, so a fresh checkout works at once.
     */
    adminTotpRequired: production && !demoData,
    logLevel: e.NODE_ENV === "test" && !source.LOG_LEVEL ? "warn" : e.LOG_LEVEL,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export type Env = ReturnType<typeof parseEnv>;

let cached: Env | undefined;

/** Parses the environment (once). Throws ConfigError naming every bad or missing variable. */
export function loadEnv(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth reads its base URL from the environment itself; default it to APP_URL so a
    // shop configured with APP_URL alone signs people in on the right host.
    process.env.NEXTAUTH_URL ??= cached.appUrl;
  }
  return cached;
}

/** For tests that change process.env between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}

/** The configuration, parsed on first property access. */
export const env: Env = new Proxy({} as Env, {
  get: (_target, key: string | symbol) => loadEnv()[key as keyof Env],
});
