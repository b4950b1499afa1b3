import { describe, expect, it } from "vitest";
import { countLevels, jobStaleAfterMs, maskSecret, readinessSections, type Check, type ProviderFacts, type ReadinessFacts } from "./readiness";

const NOW = new Date("2026-12-10T12:00:00Z");
const minutesAgo = (n: number) => new Date(NOW.getTime() - n * 60_000);

const payplug: ProviderFacts = {
  provider: "payplug",
  name: "PayPlug",
  enabled: true,
  emulator: false,
  mode: "live",
  keys: [{ name: "PAYPLUG_SECRET_KEY", masked: "sk_live_••••1234" }],
  notificationUrl: "https://boutique.example.fr/api/ipn/payplug",
  needsRegistration: false,
  webhookIdSet: null,
  lastReceivedAt: minutesAgo(30),
  lastProcessedAt: minutesAgo(30),
  awaitingRetry: 0,
  paidLastDay: 3,
  notificationsLastDay: 3,
};
const paypal: ProviderFacts = { ...payplug, provider: "paypal", name: "PayPal", keys: [], notificationUrl: "https://boutique.example.fr/api/webhooks/paypal", needsRegistration: true, webhookIdSet: true };

/** A live shop with everything right: every check green (or grey where unused). */
function ready(): ReadinessFacts {
  return {
    now: NOW,
    production: true,
    demo: false,
    paymentMode: "live",
    appUrl: "https://boutique.example.fr",
    appUrlDeclared: true,
    database: "postgres",
    providers: [payplug, paypal],
    jobs: [{ name: "send-emails", everyMs: 30_000, applicable: true, state: { lastStartedAt: minutesAgo(1), lastFinishedAt: minutesAgo(1), lastStatus: "succeeded", lastError: null, lastTrigger: "cron" } }],
    mail: { transport: "smtp", smtpServer: "smtps://u@smtp.example.fr:465", from: "Boutique <b@example.fr>", fromIsDemo: false, pending: 0, oldestPendingAt: null, failed: 0, lastSentAt: minutesAgo(5), lastError: null },
    merchant: { demoVariables: [], rows: [["SIRET", "732 829 320 00074"]] },
    bank: { isDemo: false, rows: [["IBAN", "FR76 …"]] },
    methods: [{ label: "Carte bancaire", offered: true, why: "Par PayPlug" }],
    content: [{ id: "cgv", title: "Conditions générales de vente", state: "written", file: "content/cgv.md" }],
    metricsEnabled: true,
  };
}

function check(facts: ReadinessFacts, id: string): Check {
  const found = readinessSections(facts)
    .flatMap((s) => s.checks)
    .find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

describe("readiness page", () => {
  it("is all green for a complete live shop", () => {
    expect(countLevels(readinessSections(ready()))).toEqual({ ok: 16, warn: 0, error: 0, off: 0 });
  });

  it.each<[string, (f: ReadinessFacts) => ReadinessFacts, string, Check["level"], RegExp]>([
    ["APP_URL not declared in production", (f) => ({ ...f, appUrlDeclared: false, appUrl: "http://localhost:3000" }), "app-url", "error", /Non définie/],
    ["APP_URL not declared in development", (f) => ({ ...f, production: false, appUrlDeclared: false, appUrl: "http://localhost:3000" }), "app-url", "warn", /Non définie/],
    ["APP_URL in plain http", (f) => ({ ...f, appUrl: "http://boutique.example.fr" }), "app-url", "error", /pas en https/],
    ["APP_URL on this machine", (f) => ({ ...f, appUrl: "http://127.0.0.1:3600" }), "app-url", "warn", /injoignable/],
    ["a test shop in production", (f) => ({ ...f, paymentMode: "test" }), "payment-mode", "warn", /aucun argent réel/],
    ["a demo in production", (f) => ({ ...f, demo: true }), "demo", "warn", /mot de passe public/],
    ["PGlite in production", (f) => ({ ...f, database: "pglite" }), "database", "warn", /db:export/],
    ["metrics off", (f) => ({ ...f, metricsEnabled: false }), "metrics", "off", /METRICS_TOKEN/],
    ["a provider without keys", (f) => ({ ...f, providers: [{ ...payplug, enabled: false }] }), "payplug-mode", "off", /Non proposé/],
    ["a provider on its emulator in production", (f) => ({ ...f, providers: [{ ...payplug, emulator: true, mode: "test" }] }), "payplug-mode", "warn", /^émulateur/],
    ["a provider on test keys in production", (f) => ({ ...f, providers: [{ ...payplug, mode: "test" }] }), "payplug-mode", "warn", /^test — Clés de test/],
    ["PayPal without its webhook id", (f) => ({ ...f, providers: [{ ...paypal, webhookIdSet: false }] }), "paypal-webhook-id", "error", /npm run paypal:webhook/],
    ["payments but no notification for a day", (f) => ({ ...f, providers: [{ ...paypal, notificationsLastDay: 0, lastReceivedAt: minutesAgo(3000) }] }), "paypal-notifications", "error", /aucune notification reçue .*enregistrée chez PayPal/],
    ["no notification yet, no payment", (f) => ({ ...f, providers: [{ ...payplug, lastReceivedAt: null, lastProcessedAt: null, paidLastDay: 0, notificationsLastDay: 0 }] }), "payplug-notifications", "warn", /premier paiement/],
    ["notifications waiting for a retry", (f) => ({ ...f, providers: [{ ...payplug, awaitingRetry: 2 }] }), "payplug-notifications", "warn", /2 en attente/],
    ["a job never run", (f) => ({ ...f, jobs: [{ name: "prune-emails", everyMs: 6 * 3_600_000, applicable: true, state: null }] }), "job-prune-emails", "warn", /Jamais lancé/],
    ["a job whose last run failed", (f) => ({ ...f, jobs: [{ ...f.jobs[0]!, state: { ...f.jobs[0]!.state!, lastStatus: "failed", lastError: "connection refused" } }] }), "job-send-emails", "error", /connection refused/],
    ["a job late", (f) => ({ ...f, jobs: [{ ...f.jobs[0]!, state: { ...f.jobs[0]!.state!, lastFinishedAt: minutesAgo(60) } }] }), "job-send-emails", "warn", /en retard/],
    ["a job without object", (f) => ({ ...f, jobs: [{ ...f.jobs[0]!, name: "sandbox-deliveries", applicable: false }] }), "job-sandbox-deliveries", "off", /Sans objet/],
    ["e-mail kept in the mailbox in production", (f) => ({ ...f, mail: { ...f.mail, transport: "mailbox", smtpServer: null } }), "mail-transport", "warn", /les clients ne reçoivent rien/],
    ["SMTP with the demo sender", (f) => ({ ...f, mail: { ...f.mail, fromIsDemo: true } }), "mail-from", "error", /démonstration/],
    ["e-mails failed for good", (f) => ({ ...f, mail: { ...f.mail, failed: 2, lastError: "550 relay denied" } }), "mail-queue", "error", /2 e-mails en échec définitif.*550 relay denied/],
    ["the outbox late", (f) => ({ ...f, mail: { ...f.mail, pending: 4, oldestPendingAt: minutesAgo(40) } }), "mail-queue", "warn", /4 en attente/],
    ["the demo identity in production", (f) => ({ ...f, merchant: { ...f.merchant, demoVariables: ["MERCHANT_SIRET"] } }), "identity", "error", /MERCHANT_SIRET/],
    ["the demo identity in a demo", (f) => ({ ...f, demo: true, merchant: { ...f.merchant, demoVariables: ["MERCHANT_SIRET"] } }), "identity", "warn", /MERCHANT_SIRET/],
    ["the demo IBAN in production", (f) => ({ ...f, bank: { ...f.bank, isDemo: true } }), "bank", "error", /IBAN de démonstration/],
    ["terms of sale still the template, in production", (f) => ({ ...f, content: [{ ...f.content[0]!, state: "template" }] }), "content-cgv", "error", /Modèle à remplacer/],
    ["terms of sale still the template, in development", (f) => ({ ...f, production: false, content: [{ ...f.content[0]!, state: "template" }] }), "content-cgv", "warn", /modèle fourni/],
    ["terms of sale missing", (f) => ({ ...f, production: false, content: [{ ...f.content[0]!, state: "missing" }] }), "content-cgv", "error", /introuvable/],
    ["a method not offered", (f) => ({ ...f, methods: [{ label: "PayPal", offered: false, why: "Non proposé : pas de clés PayPal" }] }), "method-0", "off", /pas de clés PayPal/],
  ])("%s", (_case, change, id, level, detail) => {
    const found = check(change(ready()), id);
    expect(found.level).toBe(level);
    expect(found.detail).toMatch(detail);
  });

  it("gives each job room for its scheduler: ten minutes at least, six periods", () => {
    expect(jobStaleAfterMs(2_000)).toBe(10 * 60_000);
    expect(jobStaleAfterMs(15 * 60_000)).toBe(90 * 60_000);
    expect(jobStaleAfterMs(6 * 3_600_000)).toBe(36 * 3_600_000);
  });

  it.each([
    ["sk_live_abcdefgh12345678", "sk_live_••••5678"],
    ["sk_test_abcd", "sk_test_••••"],
    ["AbCdEfGhIjKlMnOpQrSt", "••••QrSt"],
    ["", null],
  ])("masks %j as %j", (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked);
  });
});
