import { formatDateTimeFr } from "@/lib/shared/dates";

/*
 * The readiness page's verdicts (/admin/configuration), pure: facts in (configuration, the
 * notification inbox, job runs, the outbox), checks out, each green (ok), amber (warn), red (error)
 * or grey (off: not used, and that is a choice). What a check says is written for a merchant about
 * to take real money: what is wrong and what to do. lib/operations/readiness-facts.ts gathers the
 * facts; unit tests give it one of each state.
 */

export type Level = "ok" | "warn" | "error" | "off";
export type Check = { id: string; label: string; level: Level; detail: string };
export type Section = { id: string; title: string; checks: Check[]; rows?: readonly (readonly [string, string])[] };

export type ProviderFacts = {
  provider: "payplug" | "paypal";
  name: string;
  /** Offered at checkout. */
  enabled: boolean;
  /** Served by the built-in emulator. */
  emulator: boolean;
  mode: "live" | "test";
  keys: readonly { name: string; masked: string | null }[];
  /** Where the provider must send notifications; registered by hand (PayPal) or sent with each payment (PayPlug). */
  notificationUrl: string;
  needsRegistration: boolean;
  /** PayPal only: PAYPAL_WEBHOOK_ID given. */
  webhookIdSet: boolean | null;
  lastReceivedAt: Date | null;
  lastProcessedAt: Date | null;
  /** Notifications still waiting for another processing attempt. */
  awaitingRetry: number;
  /** Payments of this provider paid in the last 24 hours. */
  paidLastDay: number;
  notificationsLastDay: number;
};

export type JobFacts = {
  name: string;
  everyMs: number;
  /** sandbox-deliveries has nothing to do without an emulator. */
  applicable: boolean;
  state: { lastStartedAt: Date | null; lastFinishedAt: Date | null; lastStatus: string | null; lastError: string | null; lastTrigger: string | null } | null;
};

export type ReadinessFacts = {
  now: Date;
  production: boolean;
  /** A declared demo (DEMO_DATA=true): amber is expected there, not a fault. */
  demo: boolean;
  paymentMode: string;
  appUrl: string;
  appUrlDeclared: boolean;
  database: "pglite" | "postgres";
  providers: readonly ProviderFacts[];
  jobs: readonly JobFacts[];
  mail: {
    transport: "smtp" | "mailbox";
    smtpServer: string | null;
    from: string;
    fromIsDemo: boolean;
    pending: number;
    oldestPendingAt: Date | null;
    failed: number;
    lastSentAt: Date | null;
    lastError: string | null;
  };
  merchant: { demoVariables: readonly string[]; rows: readonly (readonly [string, string])[] };
  bank: { isDemo: boolean; rows: readonly (readonly [string, string])[] };
  methods: readonly { label: string; offered: boolean; why: string }[];
  /** The merchant's Markdown pages: written, still our example, or missing. */
  content: readonly { id: string; title: string; state: "written" | "template" | "missing"; file: string }[];
  metricsEnabled: boolean;
};

/** A job is late once it has not finished a run for six of its periods (ten minutes at least): room for an hourly or daily cron. */
export function jobStaleAfterMs(everyMs: number): number {
  return Math.max(10 * 60_000, 6 * everyMs);
}

const fr = formatDateTimeFr;

function ago(now: Date, then: Date): string {
  const minutes = Math.round((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return "à l'instant";
  if (minutes < 60) return `il y a ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `il y a ${hours} h`;
  return `il y a ${Math.round(hours / 24)} jours`;
}

const isLocal = (url: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

export function modeLabel(p: Pick<ProviderFacts, "enabled" | "emulator" | "mode">): "désactivé" | "émulateur" | "test" | "live" {
  if (!p.enabled) return "désactivé";
  if (p.emulator) return "émulateur";
  return p.mode;
}

function shopChecks(f: ReadinessFacts): Check[] {
  const checks: Check[] = [];
  const url = new URL(f.appUrl);
  if (!f.appUrlDeclared) {
    checks.push({ id: "app-url", label: "Adresse publique (APP_URL)", level: f.production ? "error" : "warn", detail: `Non définie : la boutique se croit à ${f.appUrl}. Les prestataires et les liens des e-mails y renverraient les clients.` });
  } else if (url.protocol !== "https:" && !isLocal(url)) {
    checks.push({ id: "app-url", label: "Adresse publique (APP_URL)", level: "error", detail: `${f.appUrl} n'est pas en https : les notifications des prestataires n'arriveront pas.` });
  } else if (url.protocol !== "https:") {
    checks.push({ id: "app-url", label: "Adresse publique (APP_URL)", level: "warn", detail: `${f.appUrl} : adresse de cette machine, injoignable par PayPlug, PayPal et vos clients.` });
  } else {
    checks.push({ id: "app-url", label: "Adresse publique (APP_URL)", level: "ok", detail: f.appUrl });
  }
  const live = f.paymentMode === "live";
  checks.push({
    id: "payment-mode",
    label: "Mode de paiement (PAYMENT_MODE)",
    level: live || !f.production ? "ok" : "warn",
    detail: live ? "live : argent réel." : f.paymentMode === "test" || f.paymentMode === "sandbox" ? "test : aucun argent réel n'est encaissé." : `${f.paymentMode}.`,
  });
  if (f.demo) checks.push({ id: "demo", label: "Boutique de démonstration (DEMO_DATA=true)", level: f.production ? "warn" : "ok", detail: "Comptes de démonstration au mot de passe public, vérifications de mise en production assouplies. Jamais sur une vraie boutique." });
  checks.push(
    f.database === "postgres"
      ? { id: "database", label: "Base de données", level: "ok", detail: "PostgreSQL (DATABASE_URL) : plusieurs instances possibles." }
      : {
          id: "database",
          label: "Base de données",
          level: f.production ? "warn" : "ok",
          detail: "PGlite embarquée : une seule instance à la fois. Pour en lancer plusieurs, passez à PostgreSQL avec npm run db:export (docs/deploy.md).",
        },
  );
  checks.push(
    f.metricsEnabled
      ? { id: "metrics", label: "Métriques (/api/metrics)", level: "ok", detail: "Activées (METRICS_TOKEN)." }
      : { id: "metrics", label: "Métriques (/api/metrics)", level: "off", detail: "Désactivées : définissez METRICS_TOKEN pour les lire avec Prometheus." },
  );
  return checks;
}

function providerChecks(p: ProviderFacts, f: ReadinessFacts): Check[] {
  const mode = modeLabel(p);
  const checks: Check[] = [];
  if (!p.enabled) {
    checks.push({ id: `${p.provider}-mode`, label: "Mode", level: "off", detail: `Non proposé au paiement : pas de clés ${p.name}.` });
    return checks;
  }
  const modeLevel: Level = mode === "live" ? "ok" : f.production ? "warn" : "ok";
  const modeDetail =
    mode === "live" ? "Argent réel." : mode === "test" ? `Clés de test ${p.name} : aucun argent réel.` : "Émulateur intégré : paiements fictifs, cartes de test.";
  checks.push({ id: `${p.provider}-mode`, label: "Mode", level: modeLevel, detail: `${mode} — ${modeDetail}` });
  if (p.webhookIdSet === false && !p.emulator) {
    checks.push({ id: `${p.provider}-webhook-id`, label: "Identifiant du webhook (PAYPAL_WEBHOOK_ID)", level: "error", detail: "Absent : chaque webhook PayPal échouera à la vérification de signature. Lancez npm run paypal:webhook." });
  }
  const received = p.lastReceivedAt;
  if (p.paidLastDay > 0 && p.notificationsLastDay === 0) {
    checks.push({
      id: `${p.provider}-notifications`,
      label: "Notifications",
      level: "error",
      detail: `${p.paidLastDay} paiement${p.paidLastDay > 1 ? "s" : ""} depuis 24 h, mais aucune notification reçue${received ? ` (dernière ${ago(f.now, received)})` : ""} : vérifiez que ${p.notificationUrl} est joignable depuis Internet${p.needsRegistration ? " et enregistrée chez " + p.name : ""}.`,
    });
  } else if (!received) {
    checks.push({ id: `${p.provider}-notifications`, label: "Notifications", level: "warn", detail: "Aucune notification reçue pour l'instant : faites un premier paiement pour le vérifier." });
  } else if (p.awaitingRetry > 0) {
    checks.push({
      id: `${p.provider}-notifications`,
      label: "Notifications",
      level: "warn",
      detail: `Dernière reçue ${ago(f.now, received)} ; ${p.awaitingRetry} en attente d'un nouvel essai (prestataire injoignable ?).`,
    });
  } else {
    checks.push({
      id: `${p.provider}-notifications`,
      label: "Notifications",
      level: "ok",
      detail: `Dernière reçue le ${fr(received)} (${ago(f.now, received)})${p.lastProcessedAt ? `, traitée le ${fr(p.lastProcessedAt)}` : ""}.`,
    });
  }
  return checks;
}

function jobCheck(j: JobFacts, now: Date): Check {
  const label = j.name;
  if (!j.applicable) return { id: `job-${j.name}`, label, level: "off", detail: "Sans objet : aucun émulateur en service." };
  const s = j.state;
  if (!s?.lastStartedAt) return { id: `job-${j.name}`, label, level: "warn", detail: "Jamais lancé : vérifiez que votre planificateur (cron) l'appelle." };
  if (s.lastStatus === "failed") return { id: `job-${j.name}`, label, level: "error", detail: `Dernier passage en échec le ${fr(s.lastFinishedAt ?? s.lastStartedAt)} : ${s.lastError ?? "erreur inconnue"}.` };
  const last = s.lastFinishedAt ?? s.lastStartedAt;
  const via = s.lastTrigger === "cron" ? " (cron)" : s.lastTrigger === "timer" ? " (minuterie interne)" : "";
  if (now.getTime() - last.getTime() > jobStaleAfterMs(j.everyMs)) {
    return { id: `job-${j.name}`, label, level: "warn", detail: `Dernier passage ${ago(now, last)}${via} : en retard. Votre planificateur l'appelle-t-il encore ?` };
  }
  return { id: `job-${j.name}`, label, level: "ok", detail: `${s.lastStatus === "running" ? "En cours" : "Réussi"} ${ago(now, last)}${via}.` };
}

function mailChecks(f: ReadinessFacts): Check[] {
  const m = f.mail;
  const checks: Check[] = [];
  if (m.transport === "mailbox") {
    checks.push({
      id: "mail-transport",
      label: "Envoi",
      level: f.production && !f.demo ? "warn" : "ok",
      detail: "Aucun serveur SMTP : les e-mails restent dans le back-office (Courriels) et les clients ne reçoivent rien. Définissez SMTP_URL pour les envoyer.",
    });
  } else {
    checks.push({ id: "mail-transport", label: "Envoi", level: "ok", detail: `SMTP : ${m.smtpServer ?? "?"}.` });
  }
  checks.push({
    id: "mail-from",
    label: "Expéditeur (MAIL_FROM)",
    level: m.fromIsDemo && m.transport === "smtp" ? "error" : m.fromIsDemo ? "warn" : "ok",
    detail: m.fromIsDemo ? `${m.from} : adresse de démonstration, refusée par les serveurs de vos clients.` : m.from,
  });
  if (m.transport === "smtp") {
    if (m.failed > 0) {
      checks.push({ id: "mail-queue", label: "File d'envoi", level: "error", detail: `${m.failed} e-mail${m.failed > 1 ? "s" : ""} en échec définitif (voir Courriels)${m.lastError ? ` ; dernière erreur : ${m.lastError}` : ""}.` });
    } else if (m.oldestPendingAt && f.now.getTime() - m.oldestPendingAt.getTime() > 15 * 60_000) {
      checks.push({ id: "mail-queue", label: "File d'envoi", level: "warn", detail: `${m.pending} en attente, le plus ancien ${ago(f.now, m.oldestPendingAt)}${m.lastError ? ` ; dernière erreur : ${m.lastError}` : ""}.` });
    } else {
      checks.push({ id: "mail-queue", label: "File d'envoi", level: "ok", detail: `${m.pending} en attente${m.lastSentAt ? ` ; dernier envoi le ${fr(m.lastSentAt)}` : " ; aucun envoi pour l'instant"}.` });
    }
  }
  return checks;
}

export function readinessSections(f: ReadinessFacts): Section[] {
  const identityLevel: Level = f.merchant.demoVariables.length ? (f.production && !f.demo ? "error" : "warn") : "ok";
  return [
    { id: "shop", title: "Boutique", checks: shopChecks(f) },
    ...f.providers.map((p) => ({
      id: p.provider,
      title: p.name,
      checks: providerChecks(p, f),
      rows: [
        ["Mode", modeLabel(p)],
        ...p.keys.map((k) => [k.name, k.masked ?? "non défini"] as const),
        [p.needsRegistration ? "URL du webhook à enregistrer" : "URL de notification (envoyée avec chaque paiement)", p.notificationUrl],
        ["Dernière notification reçue", p.lastReceivedAt ? fr(p.lastReceivedAt) : "aucune"],
        ["Dernière notification traitée", p.lastProcessedAt ? fr(p.lastProcessedAt) : "aucune"],
      ] as const,
    })),
    { id: "jobs", title: "Tâches planifiées", checks: f.jobs.map((j) => jobCheck(j, f.now)) },
    { id: "mail", title: "E-mails", checks: mailChecks(f) },
    {
      id: "identity",
      title: "Identité du commerçant",
      checks: [
        {
          id: "identity",
          label: "Mentions des reçus et factures",
          level: identityLevel,
          detail: f.merchant.demoVariables.length ? `Valeurs de démonstration : ${f.merchant.demoVariables.join(", ")}.` : "Telles qu'elles apparaîtront sur les reçus, factures et mentions légales.",
        },
      ],
      rows: f.merchant.rows,
    },
    {
      id: "bank",
      title: "Coordonnées bancaires (virement)",
      checks: [
        {
          id: "bank",
          label: "RIB donné aux clients",
          level: f.bank.isDemo ? (f.production && !f.demo ? "error" : "warn") : "ok",
          detail: f.bank.isDemo ? "IBAN de démonstration : les virements iraient ailleurs. Définissez BANK_IBAN, BANK_BIC, BANK_NAME et BANK_ACCOUNT_HOLDER." : "Tel qu'il apparaîtra au client.",
        },
      ],
      rows: f.bank.rows,
    },
    {
      id: "content",
      title: "Textes de la boutique",
      checks: f.content.map((c) => ({
        id: `content-${c.id}`,
        label: c.title,
        level: c.state === "written" ? "ok" : c.state === "missing" || (f.production && !f.demo) ? "error" : "warn",
        detail:
          c.state === "written"
            ? `Rédigé (${c.file}).`
            : c.state === "template"
              ? `Encore le modèle fourni avec Caisse : rédigez le vôtre dans ${c.file} et retirez le paragraphe « Modèle à remplacer ».`
              : `Fichier introuvable : ${c.file}. La page affiche « Page pas encore rédigée ».`,
      })),
    },
    {
      id: "methods",
      title: "Moyens de paiement proposés",
      checks: f.methods.map((m, i) => ({ id: `method-${i}`, label: m.label, level: m.offered ? "ok" : "off", detail: m.why })),
    },
  ];
}

/** How many checks of each level: the page's summary at a glance. */
export function countLevels(sections: readonly Section[]): Record<Level, number> {
  const counts: Record<Level, number> = { ok: 0, warn: 0, error: 0, off: 0 };
  for (const s of sections) for (const c of s.checks) counts[c.level] += 1;
  return counts;
}

/** A secret shown so that the merchant recognises it, never enough to use it: prefix and last four. */
export function maskSecret(value: string | undefined | null): string | null {
  if (!value) return null;
  const prefix = /^(sk_(?:test|live)_|pk_(?:test|live)_|WH-)/.exec(value)?.[1] ?? "";
  if (value.length - prefix.length <= 8) return `${prefix}••••`;
  return `${prefix}••••${value.slice(-4)}`;
}
