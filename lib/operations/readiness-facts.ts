import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { JOBS } from "@/lib/jobs/registry";
import { listJobStates } from "@/lib/jobs/run-job";
import { loadMerchantPage, MERCHANT_PAGES, type MerchantPageId } from "@/lib/content/merchant-pages";
import { formatIban } from "@/lib/payments/offline-instructions";
import { PAYMENT_METHODS_REGISTRY } from "@/lib/payments/methods";
import { DEMO_BANK, DEMO_MAIL_FROM, demoMerchantVariables, type Env } from "@/lib/shared/env";
import { maskSecret, type ProviderFacts, type ReadinessFacts } from "./readiness";

/** "smtps://user@smtp.example.fr:465", never the password. */
function smtpServer(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ""}${u.host}`;
  } catch {
    return "adresse illisible";
  }
}

type InboxRow = { provider: string; last_received: Date | string | null; last_processed: Date | string | null; waiting: number; last_day: number };
const date = (v: Date | string | null | undefined) => (v ? new Date(v) : null);

/** Why a method is, or is not, offered at checkout: the merchant's question on the readiness page. */
function methodReasons(env: Env): ReadinessFacts["methods"] {
  return PAYMENT_METHODS_REGISTRY.map((m) => {
    if (m.provider) {
      const p = env[m.provider];
      const name = m.provider === "payplug" ? "PayPlug" : "PayPal";
      if (!p.enabled) {
        const variables = m.provider === "payplug" ? "PAYPLUG_SECRET_KEY" : "PAYPAL_CLIENT_ID et PAYPAL_CLIENT_SECRET";
        return { label: m.label, offered: false, why: `Non proposé : pas de clés ${name} (${variables})${env.isProduction ? ", et une boutique en production ne se rabat pas sur l'émulateur" : ""}.` };
      }
      const limits = m.id === "card" ? " De 0,99 € à 20 000 € par paiement." : "";
      return { label: m.label, offered: true, why: `Par ${name}, ${p.sandbox ? "émulateur" : `mode ${p.mode}`}.${limits}` };
    }
    if (m.id === "transfer") return { label: m.label, offered: true, why: `Vers l'IBAN ${formatIban(env.bank.iban)} ; la commande part à réception.` };
    if (m.id === "cheque") return { label: m.label, offered: true, why: `À l'ordre de ${env.cheque.payee} ; la commande part à l'encaissement.` };
    if (m.id === "net30") {
      return { label: m.label, offered: true, why: "Aux seuls professionnels validés (Professionnels), après une première commande payée, dans la limite de leur encours et hors suspension." };
    }
    return { label: m.label, offered: true, why: "" };
  });
}

/** Everything /admin/configuration judges, read from the configuration and the database. */
export async function gatherReadinessFacts(db: Db, env: Env, now = new Date()): Promise<ReadinessFacts> {
  const inbox = rowsOf<InboxRow>(
    await db.execute(sql`
      select provider, max(received_at) as last_received,
        max(processed_at) filter (where outcome = 'processed') as last_processed,
        count(*) filter (where next_attempt_at is not null)::int as waiting,
        count(*) filter (where received_at > now() - interval '24 hours')::int as last_day
      from provider_events group by provider`),
  );
  const paid = rowsOf<{ provider: string; n: number }>(
    await db.execute(sql`select provider, count(*)::int as n from payments where provider is not null and paid_at > now() - interval '24 hours' group by provider`),
  );
  const [outbox] = rowsOf<{ pending: number; failed: number; oldest_pending: Date | string | null; last_sent: Date | string | null; last_error: string | null }>(
    await db.execute(sql`
      select count(*) filter (where status = 'pending')::int as pending,
        count(*) filter (where status = 'failed')::int as failed,
        min(created_at) filter (where status = 'pending') as oldest_pending,
        max(sent_at) as last_sent,
        (select last_error from email_outbox where last_error is not null order by id desc limit 1) as last_error
      from email_outbox`),
  );
  const states = new Map((await listJobStates()).map((s) => [s.job, s]));

  const provider = (id: "payplug" | "paypal"): ProviderFacts => {
    const c = env[id];
    const row = inbox.find((r) => r.provider === id);
    const keyless = !c.enabled || c.sandbox;
    const keys =
      id === "payplug"
        ? [{ name: "PAYPLUG_SECRET_KEY", masked: keyless ? null : maskSecret(env.payplug.secretKey) }]
        : [
            { name: "PAYPAL_CLIENT_ID", masked: keyless ? null : maskSecret(env.paypal.clientId) },
            { name: "PAYPAL_CLIENT_SECRET", masked: keyless ? null : maskSecret(env.paypal.clientSecret) },
            { name: "PAYPAL_WEBHOOK_ID", masked: keyless ? null : env.paypal.webhookIdDeclared ? env.paypal.webhookId : null },
          ];
    return {
      provider: id,
      name: id === "payplug" ? "PayPlug" : "PayPal",
      enabled: c.enabled,
      emulator: c.sandbox,
      mode: c.mode,
      keys,
      notificationUrl: `${env.appUrl}${id === "payplug" ? "/api/ipn/payplug" : "/api/webhooks/paypal"}`,
      needsRegistration: id === "paypal",
      webhookIdSet: id === "paypal" ? env.paypal.webhookIdDeclared : null,
      lastReceivedAt: date(row?.last_received),
      lastProcessedAt: date(row?.last_processed),
      awaitingRetry: row?.waiting ?? 0,
      paidLastDay: paid.find((p) => p.provider === id)?.n ?? 0,
      notificationsLastDay: row?.last_day ?? 0,
    };
  };

  const m = env.merchant;
  return {
    now,
    production: env.isProduction,
    demo: env.demoData,
    paymentMode: env.paymentMode,
    appUrl: env.appUrl,
    appUrlDeclared: env.appUrlDeclared,
    database: env.databaseUrl ? "postgres" : "pglite",
    providers: [provider("payplug"), provider("paypal")],
    jobs: JOBS.map((j) => {
      const s = states.get(j.name);
      return {
        name: j.name,
        everyMs: j.everyMs,
        applicable: j.name !== "sandbox-deliveries" || env.sandboxEnabled,
        state: s ? { lastStartedAt: s.lastStartedAt, lastFinishedAt: s.lastFinishedAt, lastStatus: s.lastStatus, lastError: s.lastError, lastTrigger: s.lastTrigger } : null,
      };
    }),
    mail: {
      transport: env.mailTransport,
      smtpServer: smtpServer(env.smtpUrl),
      from: env.mailFrom,
      fromIsDemo: env.mailFrom === DEMO_MAIL_FROM,
      pending: outbox?.pending ?? 0,
      oldestPendingAt: date(outbox?.oldest_pending),
      failed: outbox?.failed ?? 0,
      lastSentAt: date(outbox?.last_sent),
      lastError: outbox?.last_error ?? null,
    },
    merchant: {
      demoVariables: demoMerchantVariables({
        MERCHANT_NAME: m.name,
        MERCHANT_LEGAL_NAME: m.legalName,
        MERCHANT_ADDRESS: m.address,
        MERCHANT_EMAIL: m.email,
        MERCHANT_SIRET: m.siret,
        MERCHANT_VAT_NUMBER: m.vatNumber,
        MERCHANT_LEGAL_FORM: m.legalForm,
        MERCHANT_SHARE_CAPITAL: m.shareCapital,
        MERCHANT_REGISTRATION: m.registration,
      }),
      rows: [
        ["Nom commercial", m.name],
        ["Raison sociale", `${m.legalName} (${m.legalForm}, capital ${m.shareCapital})`],
        ["Adresse", m.address.replace(/\n/g, ", ")],
        ["E-mail", m.email],
        ["SIRET", m.siret],
        ["TVA intracommunautaire", m.vatNumber],
        ["Immatriculation", m.registration],
      ],
    },
    bank: {
      isDemo: env.bank.iban === DEMO_BANK.iban,
      rows: [
        ["Titulaire", env.bank.holder],
        ["IBAN", formatIban(env.bank.iban)],
        ["BIC", env.bank.bic],
        ["Banque", env.bank.bankName],
        ["Chèques à l'ordre de", env.cheque.payee],
        ["Adresse d'envoi des chèques", env.cheque.address.replace(/\n/g, ", ")],
      ],
    },
    methods: methodReasons(env),
    content: await Promise.all(
      (Object.keys(MERCHANT_PAGES) as MerchantPageId[]).map(async (id) => {
        const page = await loadMerchantPage(id, env.contentDir);
        const file = `${env.contentDir}/${MERCHANT_PAGES[id].file}`;
        return { id, title: page.title, file, state: "missing" in page ? ("missing" as const) : page.isTemplate ? ("template" as const) : ("written" as const) };
      }),
    ),
    metricsEnabled: Boolean(env.metricsToken),
  };
}
