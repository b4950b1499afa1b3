import { electronicFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";
import { z } from "zod";
import { isLivePayPalApiUrl, isPayPlugApiUrl, PAYPLUG_HOSTS, type PaymentMode } from "./provider-hosts";

/**
 * The one typed, validated configuration of Caisse. Nothing else reads process.env (lint enforces
 * it). Parsed lazily on first use, so that `next build` can load modules without production
 * secrets; instrumentation.ts touches it at start-up, so a bad configuration stops the server
 * before it serves anything.
 */

const DEV_NEXTAUTH_SECRET = "dev-only-nextauth-secret-change-me-0123456789";
const DEV_CRON_SECRET = "dev-only-cron-secret";
const DEV_ORDER_LINK_SECRET = "dev-only-order-link-secret-change-me-0123456789";

/** true, false, or undefined when not said (unset or empty): for a default that depends on the rest. */
const tristate = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : undefined));

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Whether a PostgreSQL URL names a server on this machine (a tunnel to another one looks local too: DEMO_DATA=false says no). */
export function isLocalDatabaseUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Whether the demo catalogue and accounts may be created, and why (the seed says it on stdout).
 * Their password is public, so a real shop must never get them: only when DEMO_DATA=true says so,
 * or on a development database nobody else uses — PGlite, or PostgreSQL on this machine — outside
 * production. NODE_ENV alone proves nothing: it defaults to development, so `npm run db:seed` run
 * against a production DATABASE_URL would otherwise create an admin anyone can sign in as.
 */
function demoDataDecision(e: { DEMO_DATA: boolean | undefined; NODE_ENV: string; DATABASE_URL?: string; PGLITE_DIR: string }): { enabled: boolean; reason: string } {
  if (e.DEMO_DATA === true) return { enabled: true, reason: "DEMO_DATA=true est défini" };
  if (e.DEMO_DATA === false) return { enabled: false, reason: "DEMO_DATA=false est défini" };
  if (e.NODE_ENV === "production") return { enabled: false, reason: "NODE_ENV=production et DEMO_DATA n'est pas défini à true" };
  if (!e.DATABASE_URL) return { enabled: true, reason: `base de développement locale (PGlite dans ${e.PGLITE_DIR}, NODE_ENV=${e.NODE_ENV})` };
  if (isLocalDatabaseUrl(e.DATABASE_URL)) return { enabled: true, reason: `base de développement locale (PostgreSQL sur ${new URL(e.DATABASE_URL).hostname}, NODE_ENV=${e.NODE_ENV})` };
  return { enabled: false, reason: "DATABASE_URL désigne un serveur distant, pas une base de développement locale, et DEMO_DATA n'est pas défini à true" };
}

/**
 * The demo shop's identity: what a fresh checkout prints on receipts and invoices. A real shop
 * must replace every one of them (production refuses to start with any left, unless DEMO_DATA=true),
 * and the readiness page flags the ones still there.
 */
export const DEMO_MERCHANT = {
  MERCHANT_NAME: "Maison Lavande",
  MERCHANT_LEGAL_NAME: "Maison Lavande SAS",
  MERCHANT_ADDRESS: "12 rue des Lilas\n69003 Lyon\nFrance",
  MERCHANT_EMAIL: "contact@demo.caisse.fr",
  MERCHANT_SIRET: "123 456 789 00012",
  MERCHANT_VAT_NUMBER: "FR12123456789",
  MERCHANT_LEGAL_FORM: "SAS",
  MERCHANT_SHARE_CAPITAL: "10 000 €",
  MERCHANT_REGISTRATION: "RCS Lyon 123 456 789",
} as const;
export type MerchantVariable = keyof typeof DEMO_MERCHANT;
export const DEMO_MAIL_FROM = "Caisse <boutique@demo.caisse.fr>";

// Multi-line values (postal addresses) may arrive with literal "\n" from a host's settings page.
const multiline = z.string().min(1).transform((v) => v.replace(/\\n/g, "\n"));

const cents = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
/** An account number a FEC accepts: the Plan Comptable Général's three digits first, then digits or capitals. */
const accountNumber = (fallback: string) =>
  z
    .string()
    .regex(/^[1-8]\d{2}[0-9A-Z]{0,17}$/, "doit être un numéro de compte du plan comptable (3 chiffres puis chiffres ou majuscules)")
    .default(fallback);

const WINDOW_SECONDS = { minute: 60, hour: 60 * 60, day: 24 * 60 * 60 } as const;

/** A rate limit: at most `limit` per window of `windowSeconds`; null when switched off. */
export type RateLimitRule = { limit: number; windowSeconds: number } | null;

/** "10/hour", "3/minute", "100/day", or "off" (a load benchmark lifts a limit this way). */
const rateLimitRule = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value, ctx): RateLimitRule => {
      if (value === "off") return null;
      const match = /^(\d+)\s*\/\s*(minute|hour|day)$/.exec(value);
      if (!match || Number(match[1]) < 1) {
        ctx.addIssue({ code: "custom", message: "doit ressembler à « 10/hour » (minute, hour ou day), ou valoir « off »" });
        return z.NEVER;
      }
      return { limit: Number(match[1]), windowSeconds: WINDOW_SECONDS[match[2] as keyof typeof WINDOW_SECONDS] };
    });

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
  DEMO_DATA: tristate,
  // "test" and "sandbox" say the same thing: this shop takes no real money (test keys, PayPal's
  // sandbox, or the built-in emulators). "sandbox" is the older spelling, kept.
  PAYMENT_MODE: z.enum(["sandbox", "test", "live"]).optional(),
  PAYPLUG_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_[A-Za-z0-9]{8,}$/, "doit ressembler à sk_test_… ou sk_live_…")
    .optional(),
  PAYPLUG_API_URL: z.url().optional(),
  // Card instalments through PayPlug installment plans (issue 9): who is offered them (unset: on for
  // everyone in a sandbox shop so the demo shows them, off otherwise), from which order total
  // (euros, PayPlug's own modules default to 150 €), and how many charges PayPlug makes of one
  // instalment (the first and its retries) before the shop takes over with a payment link.
  CARD_INSTALMENTS: z.enum(["off", "pros", "everyone"]).optional(),
  CARD_INSTALMENTS_MINIMUM_EUROS: z.coerce.number().int().min(1).max(100_000).default(150),
  PAYPLUG_PLAN_CHARGE_ATTEMPTS: z.coerce.number().int().min(1).max(5).default(2),
  PAYPLUG_HOSTED_PAGE_HOSTS: z.string().optional(),
  PAYPAL_CLIENT_ID: z.string().min(1).optional(),
  PAYPAL_CLIENT_SECRET: z.string().min(1).optional(),
  PAYPAL_WEBHOOK_ID: z.string().min(1).optional(),
  PAYPAL_API_URL: z.url().optional(),
  PAYPAL_WEBHOOK_VERIFICATION: z.enum(["offline", "api"]).default("offline"),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default(DEMO_MAIL_FROM),
  // Without SMTP_URL a production shop must say that keeping e-mail in the back-office mailbox is a
  // choice (MAIL_TRANSPORT=mailbox), not a forgotten setting: customers then get no e-mail at all.
  MAIL_TRANSPORT: z.enum(["smtp", "mailbox"]).optional(),
  MERCHANT_NAME: z.string().min(1).default(DEMO_MERCHANT.MERCHANT_NAME),
  MERCHANT_LEGAL_NAME: z.string().min(1).default(DEMO_MERCHANT.MERCHANT_LEGAL_NAME),
  MERCHANT_ADDRESS: multiline.default(DEMO_MERCHANT.MERCHANT_ADDRESS),
  MERCHANT_EMAIL: z.email().default(DEMO_MERCHANT.MERCHANT_EMAIL),
  MERCHANT_SIRET: z.string().default(DEMO_MERCHANT.MERCHANT_SIRET),
  MERCHANT_VAT_NUMBER: z.string().default(DEMO_MERCHANT.MERCHANT_VAT_NUMBER),
  MERCHANT_LEGAL_FORM: z.string().min(1).default(DEMO_MERCHANT.MERCHANT_LEGAL_FORM),
  MERCHANT_SHARE_CAPITAL: z.string().min(1).default(DEMO_MERCHANT.MERCHANT_SHARE_CAPITAL),
  MERCHANT_REGISTRATION: z.string().min(1).default(DEMO_MERCHANT.MERCHANT_REGISTRATION),
  LATE_PAYMENT_RATE_PERCENT: z.coerce.number().positive().max(100).optional(),
  LEGAL_INTEREST_RATE_PERCENT: z.coerce.number().positive().max(100).optional(),
  EARLY_PAYMENT_DISCOUNT: z.string().min(1).default("Pas d'escompte pour paiement anticipé."),
  BANK_ACCOUNT_HOLDER: z.string().min(1).optional(),
  BANK_IBAN: z.string().min(1).optional(),
  BANK_BIC: z.string().min(1).optional(),
  BANK_NAME: z.string().min(1).optional(),
  CHEQUE_PAYEE: z.string().min(1).optional(),
  CHEQUE_ADDRESS: multiline.optional(),
  /** Smallest order (TTC, cents) a professional may pay in 2 to 4 cheques; 300 € by default. */
  CHEQUE_INSTALMENTS_MIN_CENTS: z.coerce.number().int().min(0).max(100_000_000).default(30_000),
  FREE_SHIPPING_FROM_CENTS: cents(4900),
  SHIPPING_FEE_CENTS: cents(590),
  SHIPPING_VAT_RATE_BP: z.coerce.number().int().min(0).max(10000).default(2000),
  // The accounting export's accounts (Plan Comptable Général; docs/back-office.md).
  ACCOUNTING_CUSTOMERS_ACCOUNT: accountNumber("411"),
  ACCOUNTING_GOODS_SALES_ACCOUNT: accountNumber("707"),
  ACCOUNTING_SHIPPING_SALES_ACCOUNT: accountNumber("7085"),
  ACCOUNTING_VAT_COLLECTED_ACCOUNT: accountNumber("44571"),
  ACCOUNTING_BANK_ACCOUNT: accountNumber("512"),
  ACCOUNTING_CHEQUES_ACCOUNT: accountNumber("5112"),
  ACCOUNTING_PAYPLUG_ACCOUNT: accountNumber("4671"),
  ACCOUNTING_PAYPAL_ACCOUNT: accountNumber("4672"),
  ACCOUNTING_BANK_FEES_ACCOUNT: accountNumber("627"),
  /** Professionals get their own auxiliary account (CompAuxNum) under the customers' account. */
  ACCOUNTING_PRO_AUXILIARY: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  PAYMENT_LINK_TTL_DAYS: z.coerce.number().positive().max(90).default(7),
  ORDER_LINK_TTL_DAYS: z.coerce.number().positive().max(3650).default(90),
  STALE_ONLINE_ORDER_HOURS: z.coerce.number().positive().max(24 * 90).default(48),
  GUEST_DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(36),
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFICATION_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(90),
  EMAIL_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  NOTIFICATION_UNKNOWN_IDS_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  ADMIN_ALERT_EMAIL: z.email().optional(),
  OFFLINE_ORDER_REMINDER_DAYS: z.coerce.number().positive().max(90).default(7),
  OFFLINE_ORDER_CANCEL_DAYS: z.coerce.number().positive().max(180).default(14),
  INVOICE_REMINDER_DAYS_BEFORE_DUE: z.coerce.number().int().min(0).max(60).default(5),
  INVOICE_DUNNING_DAYS_LATE: z
    .string()
    .default("1,15,30")
    .transform((v, ctx) => {
      const days = v.split(",").map((d) => d.trim()).filter(Boolean).map(Number);
      if (days.length < 1 || days.length > 3 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 365) || days.some((d, i) => i > 0 && d <= days[i - 1]!)) {
        ctx.addIssue({ code: "custom", message: "INVOICE_DUNNING_DAYS_LATE : 1 à 3 nombres de jours de retard croissants, séparés par des virgules (exemple : 1,15,30)" });
        return z.NEVER;
      }
      return days;
    }),
  HOLD_AFTER_DAYS_LATE: z.coerce.number().int().min(1).max(365).default(30),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  SIGN_UP_RATE_LIMIT: rateLimitRule("60/hour"),
  ORDER_RATE_LIMIT: rateLimitRule("10/hour"),
  ORDER_ADDRESS_RATE_LIMIT: rateLimitRule("30/hour"),
  ADMIN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  ADMIN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  // Folder of the merchant's Markdown pages (terms of sale, legal notice, privacy): lib/content.
  CONTENT_DIR: z.string().min(1).default("content"),
  // Bearer token of GET /api/metrics (Prometheus). Unset: the endpoint answers 404.
  METRICS_TOKEN: z.string().min(16, "doit contenir au moins 16 caractères").optional(),
  // Benchmark servers only (npm run bench:http): serves /api/bench/trivial and /api/bench/floor.
  BENCH_PROBES: tristate,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

// Demo bank details (a valid test IBAN) so the sandbox shop works with no configuration.
export const DEMO_BANK = {
  holder: "Maison Lavande SAS",
  iban: "FR7630006000011234567890189",
  bic: "AGRIFRPPXXX",
  bankName: "Crédit Agricole",
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Configuration invalide, la boutique ne démarre pas (${problems.length} problème${problems.length > 1 ? "s" : ""}) :\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "Chaque variable est décrite dans .env.example ; la mise en production pas à pas : docs/going-live.md.",
    );
    this.name = "ConfigError";
  }
}

type RawEnv = z.infer<typeof raw>;

const isLocalHost = (url: URL) => LOCAL_HOSTS.has(url.hostname.toLowerCase());

/** Merchant variables still unset or at the demo shop's value (DEMO_MERCHANT). */
export function demoMerchantVariables(merchant: Record<MerchantVariable, string>): MerchantVariable[] {
  const normalise = (v: string) => v.replace(/\s+/g, " ").trim().toLowerCase();
  return (Object.keys(DEMO_MERCHANT) as MerchantVariable[]).filter((name) => !merchant[name].trim() || normalise(merchant[name]) === normalise(DEMO_MERCHANT[name]));
}

/**
 * What a production shop that is not a declared demo must have before it starts, each problem
 * with what to do. Kept apart from the secrets above: those are demanded of demos too.
 */
function goLiveProblems(e: RawEnv, p: { payplugKeyless: boolean; paypalPartial: boolean; paypalReal: boolean; declaredTest: boolean }): string[] {
  const found: string[] = [];
  // Without APP_URL the shop would build its return and notification URLs on localhost: PayPlug
  // and PayPal would send customers and notifications nowhere, and e-mail links would be dead.
  if (!e.APP_URL) {
    found.push("APP_URL est obligatoire en production : donnez l'adresse publique de la boutique en https (ex. APP_URL=https://boutique.example.fr). Les retours de paiement, les notifications PayPlug/PayPal et les liens des e-mails sont construits dessus");
  } else {
    const url = new URL(e.APP_URL);
    if (url.protocol !== "https:" && !isLocalHost(url)) {
      found.push(`APP_URL (${e.APP_URL}) doit être en https en production : PayPlug et PayPal n'envoient leurs notifications qu'en https, et les sessions en dépendent. Mettez le certificat sur le proxy et APP_URL=https://${url.host}`);
    }
  }
  const demo = demoMerchantVariables(e);
  if (demo.length) {
    found.push(
      `identité du commerçant de démonstration encore en place (${demo.join(", ")}) : elle serait imprimée sur les reçus, les factures et les mentions légales. Donnez vos nom commercial, raison sociale, adresse, e-mail, SIRET, numéro de TVA, forme juridique, capital et immatriculation (RCS ou RM)`,
    );
  }
  if (!p.payplugKeyless && p.declaredTest && e.PAYPLUG_SECRET_KEY?.startsWith("sk_live_")) {
    found.push("PAYPLUG_SECRET_KEY est une clé live (sk_live_…) alors que PAYMENT_MODE=test : une boutique qui se dit de test prendrait de l'argent réel. Mettez la clé sk_test_… ou PAYMENT_MODE=live");
  }
  if (p.paypalPartial) {
    found.push("PAYPAL_CLIENT_ID et PAYPAL_CLIENT_SECRET vont ensemble : donnez les deux (PayPal ne serait pas proposé), ou retirez les deux");
  }
  // Without its own webhook id every real PayPal webhook fails its signature check, silently.
  if (p.paypalReal && !e.PAYPAL_WEBHOOK_ID) {
    found.push("PAYPAL_WEBHOOK_ID est obligatoire avec des clés PayPal : sans lui, chaque webhook PayPal échoue à la vérification de signature. Lancez `npm run paypal:webhook` : il enregistre le webhook auprès de PayPal et affiche l'identifiant à mettre ici");
  }
  const transport = e.MAIL_TRANSPORT ?? (e.SMTP_URL ? "smtp" : undefined);
  if (!transport) {
    found.push("SMTP_URL manque : sans lui aucun e-mail ne part (confirmations, liens de paiement). Donnez SMTP_URL (ex. smtps://utilisateur:motdepasse@smtp.example.fr:465), ou MAIL_TRANSPORT=mailbox pour garder volontairement les e-mails dans le back-office (/admin/courriels)");
  } else if (transport === "smtp" && !e.SMTP_URL) {
    found.push("MAIL_TRANSPORT=smtp demande SMTP_URL (ex. smtps://utilisateur:motdepasse@smtp.example.fr:465)");
  } else if (transport === "mailbox" && e.SMTP_URL) {
    found.push("MAIL_TRANSPORT=mailbox et SMTP_URL se contredisent : retirez l'un des deux");
  }
  if (transport === "smtp" && e.SMTP_URL && e.MAIL_FROM === DEMO_MAIL_FROM) {
    found.push(`MAIL_FROM est encore l'expéditeur de démonstration (${DEMO_MAIL_FROM}) : les serveurs de vos clients refuseraient ces e-mails (SPF/DKIM). Mettez une adresse de votre domaine, ex. MAIL_FROM="Ma Boutique <boutique@example.fr>"`);
  }
  return found;
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
  const demoData = demoDataDecision(e);

  const payplugKeyless = !e.PAYPLUG_SECRET_KEY;
  const paypalKeyless = !e.PAYPAL_CLIENT_ID || !e.PAYPAL_CLIENT_SECRET;
  const declaredTest = e.PAYMENT_MODE === "sandbox" || e.PAYMENT_MODE === "test";
  const declaredLive = e.PAYMENT_MODE === "live";
  const mode = e.PAYMENT_MODE ?? (payplugKeyless && paypalKeyless ? "sandbox" : "live");
  // In production a provider without keys must not silently fall back to its emulator: test card
  // 4242 would mark real orders paid. The emulators serve a production build only when the shop
  // declares itself a demo (PAYMENT_MODE=sandbox/test or DEMO_DATA=true); otherwise a provider
  // without keys is simply not offered, and /sandbox answers 404.
  const emulatorsAllowed = !production || declaredTest || e.DEMO_DATA === true;
  const payplugSandbox = payplugKeyless && emulatorsAllowed;
  const paypalSandbox = paypalKeyless && emulatorsAllowed;
  // An explicit "live" promises both providers: a missing key is then a mistake, not a choice.
  if (declaredLive) {
    if (payplugKeyless) problems.push("PAYMENT_MODE=live : PAYPLUG_SECRET_KEY est obligatoire");
    if (paypalKeyless) problems.push("PAYMENT_MODE=live : PAYPAL_CLIENT_ID et PAYPAL_CLIENT_SECRET sont obligatoires");
    if (!e.PAYPAL_WEBHOOK_ID) problems.push("PAYMENT_MODE=live : PAYPAL_WEBHOOK_ID est obligatoire");
  }

  const payplugSecretKey = e.PAYPLUG_SECRET_KEY ?? "sk_test_sandboxcaisse2026";
  const payplugApiUrl = (e.PAYPLUG_API_URL ?? (payplugSandbox ? `${appUrl}/sandbox/payplug` : "https://api.payplug.com")).replace(/\/+$/, "");
  const paypalApiUrl = (e.PAYPAL_API_URL ?? (paypalSandbox ? `${appUrl}/sandbox/paypal` : "https://api-m.paypal.com")).replace(/\/+$/, "");
  // Live only when every part of the configuration is: a live key on PayPlug's own API; PayPal's
  // live API. The emulators are test mode whatever they are given.
  const payplugMode: PaymentMode = !payplugSandbox && payplugSecretKey.startsWith("sk_live_") && isPayPlugApiUrl(payplugApiUrl) ? "live" : "test";
  const paypalMode: PaymentMode = !paypalSandbox && isLivePayPalApiUrl(paypalApiUrl) ? "live" : "test";

  // Test credentials take orders that no money pays for. In production they run only when the
  // shop says so (PAYMENT_MODE=test or sandbox); PAYMENT_MODE=live refuses them everywhere.
  const testCredentials: string[] = [];
  if (!payplugKeyless && payplugMode === "test") {
    testCredentials.push(
      payplugSecretKey.startsWith("sk_test_")
        ? "PAYPLUG_SECRET_KEY est une clé de test PayPlug (sk_test_…) : mettez la clé sk_live_…"
        : `PAYPLUG_API_URL (${payplugApiUrl}) n'est pas l'API de PayPlug : retirez-la (https://api.payplug.com par défaut)`,
    );
  }
  if (!paypalKeyless && paypalMode === "test") {
    testCredentials.push(`PAYPAL_API_URL (${paypalApiUrl}) n'est pas l'API PayPal réelle : retirez-la (https://api-m.paypal.com par défaut)`);
  }
  for (const problem of testCredentials) {
    if (declaredLive) problems.push(`PAYMENT_MODE=live : ${problem}`);
    else if (strict && !declaredTest) problems.push(`${problem}, ou déclarez une boutique de test avec PAYMENT_MODE=test`);
  }

  // A real shop in production (not a declared demo) must be whole before it serves anyone: every
  // one of these mistakes has cost a merchant money or customers (docs/going-live.md).
  const goLiveChecks = strict && e.DEMO_DATA !== true;
  if (goLiveChecks) {
    problems.push(
      ...goLiveProblems(e, {
        payplugKeyless,
        paypalPartial: Boolean(e.PAYPAL_CLIENT_ID) !== Boolean(e.PAYPAL_CLIENT_SECRET),
        paypalReal: !paypalKeyless && !paypalSandbox,
        declaredTest,
      }),
    );
  }

  const iban = electronicFormatIBAN(required("BANK_IBAN", e.BANK_IBAN, DEMO_BANK.iban)) ?? "";
  if (!isValidIBAN(iban)) problems.push(`BANK_IBAN : « ${e.BANK_IBAN ?? ""} » n'est pas un IBAN valide`);
  const bic = required("BANK_BIC", e.BANK_BIC, DEMO_BANK.bic).replace(/\s+/g, "").toUpperCase();
  if (!isValidBIC(bic)) problems.push(`BANK_BIC : « ${bic} » n'est pas un BIC valide`);

  // The late-payment rate may be agreed, but never below three times the legal interest rate
  // (Code de commerce L441-10): the shop must say which legal rate it compares with.
  if (e.LATE_PAYMENT_RATE_PERCENT !== undefined) {
    if (e.LEGAL_INTEREST_RATE_PERCENT === undefined) {
      problems.push("LATE_PAYMENT_RATE_PERCENT : indiquez aussi LEGAL_INTEREST_RATE_PERCENT (taux de l'intérêt légal du semestre) pour que le minimum légal soit vérifié");
    } else if (e.LATE_PAYMENT_RATE_PERCENT < 3 * e.LEGAL_INTEREST_RATE_PERCENT) {
      problems.push(
        `LATE_PAYMENT_RATE_PERCENT : ${e.LATE_PAYMENT_RATE_PERCENT} % est sous le minimum légal, trois fois le taux de l'intérêt légal (${(3 * e.LEGAL_INTEREST_RATE_PERCENT).toFixed(2)} %)`,
      );
    }
  }

  const bank = {
    holder: required("BANK_ACCOUNT_HOLDER", e.BANK_ACCOUNT_HOLDER, DEMO_BANK.holder),
    iban,
    bic,
    bankName: required("BANK_NAME", e.BANK_NAME, DEMO_BANK.bankName),
  };
  const cheque = {
    payee: e.CHEQUE_PAYEE ?? e.MERCHANT_LEGAL_NAME,
    address: e.CHEQUE_ADDRESS ?? `${e.MERCHANT_LEGAL_NAME}\n${e.MERCHANT_ADDRESS}`,
    /** Paying in several cheques (accounts with the right): from this order total. */
    instalmentsMinCents: e.CHEQUE_INSTALMENTS_MIN_CENTS,
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
    /** Demo catalogue and accounts (public password): see demoDataDecision. */
    demoData: demoData.enabled,
    /** Why demoData is what it is, in French, for the seed's output. */
    demoDataReason: demoData.reason,
    paymentMode: mode,
    /** Emulators under /sandbox answer only while at least one provider runs in sandbox mode. */
    sandboxEnabled: payplugSandbox || paypalSandbox,
    payplug: {
      sandbox: payplugSandbox,
      /** Real money (a live key on PayPlug's API) or not (test key, emulator). */
      mode: payplugMode,
      /** Offered at checkout: real keys, or the emulator where emulators are allowed. */
      enabled: !payplugKeyless || payplugSandbox,
      secretKey: payplugSecretKey,
      apiUrl: payplugApiUrl,
      /** Hosts the customer may be redirected to for the hosted card page (default: PayPlug's of this mode, or the emulator's). */
      hostedPageHosts: (e.PAYPLUG_HOSTED_PAGE_HOSTS ?? (payplugSandbox ? new URL(appUrl).host : PAYPLUG_HOSTS[payplugMode].hostedPages.join(",")))
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean),
      apiVersion: "2019-08-06",
    },
    paypal: {
      sandbox: paypalSandbox,
      /** Real money (PayPal's live API) or not (PayPal's sandbox, emulator). */
      mode: paypalMode,
      enabled: !paypalKeyless || paypalSandbox,
      clientId: e.PAYPAL_CLIENT_ID ?? "sandbox-caisse-client-id",
      clientSecret: e.PAYPAL_CLIENT_SECRET ?? "sandbox-caisse-client-secret",
      webhookId: e.PAYPAL_WEBHOOK_ID ?? "WH-SANDBOX-CAISSE",
      /** PAYPAL_WEBHOOK_ID was given (else the emulator's id above, which real PayPal webhooks never carry). */
      webhookIdDeclared: e.PAYPAL_WEBHOOK_ID !== undefined,
      apiUrl: paypalApiUrl,
      /** How webhook signatures are checked: offline (certificate + CRC32) or PayPal's verify-webhook-signature API. */
      webhookVerification: e.PAYPAL_WEBHOOK_VERIFICATION,
      /** Where PayPalScriptProvider loads the browser SDK from (undefined: PayPal's own). */
      sdkBaseUrl: paypalSandbox ? "/sandbox/paypal/sdk/js" : undefined,
    },
    smtpUrl: e.MAIL_TRANSPORT === "mailbox" ? undefined : e.SMTP_URL,
    /** smtp: the outbox is delivered over SMTP_URL; mailbox: kept in the back-office, by choice or for want of SMTP_URL. */
    mailTransport: e.MAIL_TRANSPORT ?? (e.SMTP_URL ? "smtp" : "mailbox"),
    /** Whether APP_URL was given (else it is http://localhost:PORT, fine for development only). */
    appUrlDeclared: e.APP_URL !== undefined,
    /** Production refuses to start half-configured (goLiveProblems); a declared demo (DEMO_DATA=true) does not. */
    goLiveChecks,
    mailFrom: e.MAIL_FROM,
    merchant: {
      name: e.MERCHANT_NAME,
      legalName: e.MERCHANT_LEGAL_NAME,
      address: e.MERCHANT_ADDRESS,
      email: e.MERCHANT_EMAIL,
      siret: e.MERCHANT_SIRET,
      vatNumber: e.MERCHANT_VAT_NUMBER,
      legalForm: e.MERCHANT_LEGAL_FORM,
      shareCapital: e.MERCHANT_SHARE_CAPITAL,
      /** « RCS Lyon 123 456 789 »: printed on invoices. */
      registration: e.MERCHANT_REGISTRATION,
    },
    /** What every invoice to a professional says about paying late or early (lib/billing/legal-mentions.ts). */
    invoiceTerms: {
      /** Null: the default rate, the ECB's refinancing rate plus 10 points (Code de commerce L441-10). */
      latePaymentRatePercent: e.LATE_PAYMENT_RATE_PERCENT ?? null,
      earlyPaymentDiscount: e.EARLY_PAYMENT_DISCOUNT,
    },
    bank,
    cheque,
    /** The accounting export's accounts (lib/billing/accounting-journal.ts). */
    accounting: {
      accounts: {
        customers: e.ACCOUNTING_CUSTOMERS_ACCOUNT,
        goodsSales: e.ACCOUNTING_GOODS_SALES_ACCOUNT,
        shippingSales: e.ACCOUNTING_SHIPPING_SALES_ACCOUNT,
        vatCollected: e.ACCOUNTING_VAT_COLLECTED_ACCOUNT,
        bank: e.ACCOUNTING_BANK_ACCOUNT,
        chequesToDeposit: e.ACCOUNTING_CHEQUES_ACCOUNT,
        payplug: e.ACCOUNTING_PAYPLUG_ACCOUNT,
        paypal: e.ACCOUNTING_PAYPAL_ACCOUNT,
        bankFees: e.ACCOUNTING_BANK_FEES_ACCOUNT,
      },
      proAuxiliary: e.ACCOUNTING_PRO_AUXILIARY,
    },
    shipping: {
      freeFromCents: e.FREE_SHIPPING_FROM_CENTS,
      feeCents: e.SHIPPING_FEE_CENTS,
      vatRateBp: e.SHIPPING_VAT_RATE_BP,
    },
    paymentLinkTtlDays: e.PAYMENT_LINK_TTL_DAYS,
    cardInstalments: {
      offer: e.CARD_INSTALMENTS ?? (mode === "live" ? "off" : payplugKeyless ? "everyone" : "off"),
      minimumCents: e.CARD_INSTALMENTS_MINIMUM_EUROS * 100,
      payplugChargeAttempts: e.PAYPLUG_PLAN_CHARGE_ATTEMPTS,
    },
    /** How long an order link (?t=…) opens the order after it was written (lib/orders/access.ts). */
    orderLinkTtlDays: e.ORDER_LINK_TTL_DAYS,
    /** Card/PayPal orders left unpaid this long without activity are cancelled (job cancel-stale-orders). */
    staleOnlineOrderHours: e.STALE_ONLINE_ORDER_HOURS,
    /** A guest order's personal data is erased this long after the order, once nothing is owed (job anonymise-guest-orders). */
    guestDataRetentionMonths: e.GUEST_DATA_RETENTION_MONTHS,
    notifications: {
      /** Processing attempts of an inbox row before an admin is alerted and the job stops retrying it. */
      maxAttempts: e.NOTIFICATION_MAX_ATTEMPTS,
      /** Inbox rows older than this are pruned (job prune-notifications). */
      retentionDays: e.NOTIFICATION_RETENTION_DAYS,
      /** Well-formed ids that turn out not to be ours, per caller address and hour, before refusing more without a re-fetch. */
      unknownIdsPerHour: e.NOTIFICATION_UNKNOWN_IDS_PER_HOUR,
    },
    /** Sent or failed e-mails lose their body after this many days; those about no order are deleted (job prune-emails). */
    emailRetentionDays: e.EMAIL_RETENTION_DAYS,
    /** Who is told when something needs a person (a notification that cannot be processed). */
    adminAlertEmail: e.ADMIN_ALERT_EMAIL ?? e.MERCHANT_EMAIL,
    /** Transfer and cheque orders with nothing received: one reminder after this many days of waiting… */
    offlineOrderReminderDays: e.OFFLINE_ORDER_REMINDER_DAYS,
    /** …and cancellation, stock back on sale, after this many (job cancel-stale-orders). */
    offlineOrderCancelDays: e.OFFLINE_ORDER_CANCEL_DAYS,
    /**
     * Invoice reminders (job invoice-reminders): a courtesy reminder this many days before the due
     * date, then up to three dunning reminders, in a rising tone, at these days late; an account
     * with an invoice more than holdAfterDaysLate days late goes on hold (lifted once paid).
     */
    reminders: { daysBeforeDue: e.INVOICE_REMINDER_DAYS_BEFORE_DUE, dunningDaysLate: e.INVOICE_DUNNING_DAYS_LATE, holdAfterDaysLate: e.HOLD_AFTER_DAYS_LATE },
    /**
     * How many reverse proxies of ours append to X-Forwarded-For (lib/auth/rate-limit.ts,
     * trustedClientAddress). 0: no address can be trusted, and per-address limits are off.
     */
    trustedProxyHops: e.TRUSTED_PROXY_HOPS,
    /** Accounts created shop-wide (every address together). */
    signUpRateLimit: e.SIGN_UP_RATE_LIMIT,
    /** Orders created per cart, per account and per customer e-mail. */
    orderRateLimit: e.ORDER_RATE_LIMIT,
    /** Orders created per client address (only with TRUSTED_PROXY_HOPS > 0). */
    orderAddressRateLimit: e.ORDER_ADDRESS_RATE_LIMIT,
    /** An admin's session ends after this long without a request, and this long after signing in, whatever happens. */
    adminSession: { idleMinutes: e.ADMIN_SESSION_IDLE_MINUTES, maxHours: e.ADMIN_SESSION_MAX_HOURS },
    /**
     * A real shop's admins must have a second factor (TOTP) before any back-office page; a demo shop
     * (development, DEMO_DATA=true) does not insist, so a fresh checkout works at once.
     */
    adminTotpRequired: production && !demoData.enabled,
    /** Folder of the merchant's Markdown pages (cgv.md, mentions-legales.md, confidentialite.md), relative to the working directory. */
    contentDir: e.CONTENT_DIR,
    /** Bearer token of /api/metrics; undefined: metrics are off (404). */
    metricsToken: e.METRICS_TOKEN,
    /** /api/bench/* answers (the HTTP benchmark's baselines, lib/operations/bench-probes.ts); else 404. Never in a shop. */
    benchProbes: e.BENCH_PROBES === true,
    logLevel: e.NODE_ENV === "test" && !source.LOG_LEVEL ? "warn" : e.LOG_LEVEL,
  };
  if (e.OFFLINE_ORDER_REMINDER_DAYS >= e.OFFLINE_ORDER_CANCEL_DAYS) {
    problems.push("OFFLINE_ORDER_REMINDER_DAYS doit être inférieur à OFFLINE_ORDER_CANCEL_DAYS (le rappel précède l'annulation)");
  }
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
