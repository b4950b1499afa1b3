import "server-only";
import { eq } from "drizzle-orm";
import type { Db, Executor, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { proAccountEvents, proAccounts, users, type ActorType, type HoldSource } from "@/lib/db/schema";
import { checkTerms, termsLabel, type PaymentTerms } from "@/lib/billing/payment-terms";
import type { ProApplication } from "@/lib/billing/pro-application";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderNoticeEmail } from "@/lib/mail/templates/notice";
import { env } from "@/lib/shared/env";
import { formatEur } from "@/lib/shared/money";
import { log } from "@/lib/shared/log";
import { queueAdminAlert } from "@/lib/use-cases/admin-alerts";

/*
 * A company's professional account, from its application to the terms the shop grants it. Each
 * change happens in one transaction with the account row locked, is recorded in
 * pro_account_events with who and when, mirrors what the session reads onto the user
 * (users.role / pro_status / net30_allowed), and queues its e-mail in the same transaction.
 *
 * A decision already taken is not taken twice: a second "Valider" on an approved account answers
 * "already" and changes nothing; approving a refused account (or the reverse) is refused.
 */

type ProAccountRow = typeof proAccounts.$inferSelect;
export type Admin = { id: string; name: string };

export type ProAccountResult = { ok: true; accountId: string; already?: boolean } | { ok: false; message: string };

export const PRO_MESSAGES = {
  alreadyApplied: "Une demande de compte professionnel existe déjà pour ce compte : vous la suivez depuis votre espace client.",
  notFound: "Ce compte professionnel n'existe pas.",
  decided: "Ce compte a déjà fait l'objet d'une décision : rechargez la page.",
  notApproved: "Validez d'abord le compte : les conditions s'appliquent aux comptes validés.",
  limitInvalid: "L'encours autorisé est un montant positif en euros, au centime près.",
  reasonRequired: "Indiquez le motif : il est communiqué au client.",
} as const;

async function recordProEvent(
  tx: Executor,
  e: { accountId: string; actor: { type: ActorType; id: string | null }; type: string; reason?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(proAccountEvents).values({ proAccountId: e.accountId, actorType: e.actor.type, actorId: e.actor.id, type: e.type, reason: e.reason ?? null, data: e.data ?? null });
}

async function lockAccount(tx: Tx, accountId: string): Promise<ProAccountRow | undefined> {
  const [row] = await tx.select().from(proAccounts).where(eq(proAccounts.id, accountId)).for("update");
  return row;
}

/** What the session reads (role, pro status, net-30 right): kept equal to the account's. */
async function mirrorOnUser(tx: Tx, account: ProAccountRow): Promise<void> {
  await tx
    .update(users)
    .set({
      role: account.status === "approved" ? "pro" : "customer",
      proStatus: account.status,
      net30Allowed: account.status === "approved" && account.creditLimitCents > 0 && !account.onHold,
      companyName: account.companyName,
      siret: account.siret,
      vatNumber: account.vatNumber,
      updatedAt: new Date(),
    })
    .where(eq(users.id, account.userId));
}

const signature = () => `L'équipe ${env.merchant.name}`;

async function emailAccount(tx: Tx, account: ProAccountRow, template: string, content: { subject: string; paragraphs: string[]; details?: [string, string][]; action?: { url: string; label: string } }) {
  await enqueueEmail(tx, {
    to: account.contactEmail,
    template,
    email: renderNoticeEmail({ ...content, greeting: `Bonjour ${account.contactName},`, signature: signature() }),
  });
}

/**
 * A signed-in customer applies for its company (from /pro/inscription or /compte). The account
 * keeps buying as a customer meanwhile; the admins are told.
 */
export async function applyForProAccount(db: Db | Tx, userId: string, application: ProApplication): Promise<ProAccountResult> {
  try {
    const accountId = await db.transaction(async (tx) => {
      const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
      if (!user || user.role === "admin") throw new Error("only a customer account may apply");
      const [row] = await tx
        .insert(proAccounts)
        .values({ userId, ...application })
        .returning();
      await mirrorOnUser(tx, row!);
      await recordProEvent(tx, { accountId: row!.id, actor: { type: "customer", id: userId }, type: "applied", data: { companyName: row!.companyName, country: row!.country } });
      await emailAccount(tx, row!, EMAIL_TEMPLATES.proApplicationReceived, {
        subject: `Votre demande de compte professionnel – ${env.merchant.name}`,
        paragraphs: [
          `Nous avons bien reçu la demande de compte professionnel de ${row!.companyName}. Nous la vérifions et vous répondons par e-mail, en général sous deux jours ouvrés.`,
          "En attendant, vous pouvez commander comme tout client : votre première commande se règle à la commande, et elle compte pour l'ouverture du paiement à 30 jours.",
        ],
      });
      await queueAdminAlert(tx, {
        subject: `Compte professionnel à valider : ${row!.companyName}`,
        summary: `${row!.companyName} demande un compte professionnel.`,
        details: [
          ["Entreprise", row!.companyName],
          ["Pays", row!.country],
          ...(row!.siret ? ([["SIRET", row!.siret]] as [string, string][]) : []),
          ...(row!.vatNumber ? ([["N° de TVA", row!.vatNumber]] as [string, string][]) : []),
          ["Contact", `${row!.contactName} · ${row!.contactEmail} · ${row!.phone}`],
        ],
        advice: "Vérifiez l'entreprise (Kbis, numéro de TVA), puis validez-la ou refusez-la depuis « Professionnels » dans le back-office.",
      });
      return row!.id;
    });
    log.info("pro", "professional account applied for", { accountId });
    return { ok: true, accountId };
  } catch (error) {
    if (isUniqueViolation(error, "pro_accounts_user_unique")) return { ok: false, message: PRO_MESSAGES.alreadyApplied };
    throw error;
  }
}

export type GrantedTerms = {
  terms: PaymentTerms;
  creditLimitCents: number;
  chequeInstalmentsAllowed: boolean;
};

function checkGrantedTerms(t: GrantedTerms): string | null {
  const terms = checkTerms(t.terms);
  if (!terms.ok) return terms.message;
  if (!Number.isSafeInteger(t.creditLimitCents) || t.creditLimitCents < 0) return PRO_MESSAGES.limitInvalid;
  return null;
}

const termsData = (a: Pick<ProAccountRow, "termsKind" | "termsDays" | "creditLimitCents" | "chequeInstalmentsAllowed">) => ({
  termsKind: a.termsKind,
  termsDays: a.termsDays,
  creditLimitCents: a.creditLimitCents,
  chequeInstalmentsAllowed: a.chequeInstalmentsAllowed,
});

export function accountTerms(a: Pick<ProAccountRow, "termsKind" | "termsDays">): PaymentTerms {
  return { kind: a.termsKind, days: a.termsDays };
}

export async function approveProAccount(db: Db, admin: Admin, accountId: string, granted: GrantedTerms): Promise<ProAccountResult> {
  const problem = checkGrantedTerms(granted);
  if (problem) return { ok: false, message: problem };
  return db.transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (!account) return { ok: false, message: PRO_MESSAGES.notFound };
    if (account.status === "approved") return { ok: true, accountId, already: true };
    if (account.status !== "pending") return { ok: false, message: PRO_MESSAGES.decided };
    const [updated] = await tx
      .update(proAccounts)
      .set({
        status: "approved",
        termsKind: granted.terms.kind,
        termsDays: granted.terms.days,
        creditLimitCents: granted.creditLimitCents,
        chequeInstalmentsAllowed: granted.chequeInstalmentsAllowed,
        decidedAt: new Date(),
        decidedBy: admin.id,
        updatedAt: new Date(),
      })
      .where(eq(proAccounts.id, accountId))
      .returning();
    await mirrorOnUser(tx, updated!);
    await recordProEvent(tx, { accountId, actor: { type: "admin", id: admin.id }, type: "approved", data: { ...termsData(updated!), by: admin.name } });
    await emailAccount(tx, updated!, EMAIL_TEMPLATES.proApproved, {
      subject: `Votre compte professionnel est validé – ${env.merchant.name}`,
      paragraphs: [
        `Bonne nouvelle : le compte professionnel de ${updated!.companyName} est validé. Vous voyez désormais nos prix hors taxes, et chaque commande reçoit sa facture.`,
        updated!.creditLimitCents > 0
          ? "Le paiement à 30 jours sur facture vous est proposé dès que votre première commande est réglée."
          : "Le paiement sur facture n'est pas encore ouvert sur votre compte : contactez-nous pour en parler.",
      ],
      details: [
        ["Délai de paiement", termsLabel(accountTerms(updated!))],
        ["Encours autorisé", formatEur(updated!.creditLimitCents)],
      ],
      action: { url: `${env.appUrl}/pro`, label: "Ouvrir mon espace pro" },
    });
    return { ok: true, accountId };
  });
}

export async function rejectProAccount(db: Db, admin: Admin, accountId: string, reason: string): Promise<ProAccountResult> {
  const why = reason.trim();
  if (why.length < 3) return { ok: false, message: PRO_MESSAGES.reasonRequired };
  return db.transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (!account) return { ok: false, message: PRO_MESSAGES.notFound };
    if (account.status === "rejected") return { ok: true, accountId, already: true };
    if (account.status !== "pending") return { ok: false, message: PRO_MESSAGES.decided };
    const [updated] = await tx
      .update(proAccounts)
      .set({ status: "rejected", rejectionReason: why, decidedAt: new Date(), decidedBy: admin.id, updatedAt: new Date() })
      .where(eq(proAccounts.id, accountId))
      .returning();
    await mirrorOnUser(tx, updated!);
    await recordProEvent(tx, { accountId, actor: { type: "admin", id: admin.id }, type: "rejected", reason: why, data: { by: admin.name } });
    await emailAccount(tx, updated!, EMAIL_TEMPLATES.proRejected, {
      subject: `Votre demande de compte professionnel – ${env.merchant.name}`,
      paragraphs: [
        `Nous ne pouvons pas ouvrir de compte professionnel pour ${updated!.companyName} pour le moment.`,
        `Motif : ${why}`,
        "Vous pouvez toujours commander comme client, et nous répondre pour compléter votre demande.",
      ],
    });
    return { ok: true, accountId };
  });
}

/** New terms for an approved account; recorded with what they were before. */
export async function updateProTerms(db: Db, admin: Admin, accountId: string, granted: GrantedTerms): Promise<ProAccountResult> {
  const problem = checkGrantedTerms(granted);
  if (problem) return { ok: false, message: problem };
  return db.transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (!account) return { ok: false, message: PRO_MESSAGES.notFound };
    if (account.status !== "approved") return { ok: false, message: PRO_MESSAGES.notApproved };
    const before = termsData(account);
    const after = { termsKind: granted.terms.kind, termsDays: granted.terms.days, creditLimitCents: granted.creditLimitCents, chequeInstalmentsAllowed: granted.chequeInstalmentsAllowed };
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, accountId, already: true };
    const [updated] = await tx
      .update(proAccounts)
      .set({ ...after, updatedAt: new Date() })
      .where(eq(proAccounts.id, accountId))
      .returning();
    await mirrorOnUser(tx, updated!);
    await recordProEvent(tx, { accountId, actor: { type: "admin", id: admin.id }, type: "terms_changed", data: { before, after, by: admin.name } });
    return { ok: true, accountId };
  });
}

/** Puts the account on hold (no net-30 while it lasts) or lifts the hold; the pro is told either way. */
export async function setProHold(db: Db, admin: Admin, accountId: string, hold: { onHold: boolean; reason: string }): Promise<ProAccountResult> {
  const why = hold.reason.trim();
  if (hold.onHold && why.length < 3) return { ok: false, message: PRO_MESSAGES.reasonRequired };
  return db.transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    if (!account) return { ok: false, message: PRO_MESSAGES.notFound };
    if (account.status !== "approved") return { ok: false, message: PRO_MESSAGES.notApproved };
    if (account.onHold === hold.onHold) return { ok: true, accountId, already: true };
    const [updated] = await tx
      .update(proAccounts)
      .set({ onHold: hold.onHold, holdReason: hold.onHold ? why : null, holdSource: hold.onHold ? "admin" : null, updatedAt: new Date() })
      .where(eq(proAccounts.id, accountId))
      .returning();
    await mirrorOnUser(tx, updated!);
    await recordProEvent(tx, { accountId, actor: { type: "admin", id: admin.id }, type: hold.onHold ? "hold_set" : "hold_lifted", reason: why || null, data: { by: admin.name, source: hold.onHold ? "admin" : account.holdSource } });
    await emailAccount(tx, updated!, EMAIL_TEMPLATES.proHold, {
      subject: hold.onHold ? `Paiement à 30 jours suspendu – ${env.merchant.name}` : `Paiement à 30 jours rétabli – ${env.merchant.name}`,
      paragraphs: hold.onHold
        ? [`Le paiement à 30 jours est suspendu sur le compte de ${updated!.companyName}.`, `Motif : ${why}`, "Vos commandes restent possibles en paiement à la commande. Réglez vos factures en attente depuis votre espace pro, ou contactez-nous."]
        : [`Le paiement à 30 jours est de nouveau ouvert sur le compte de ${updated!.companyName}.`],
      action: { url: `${env.appUrl}/pro`, label: "Ouvrir mon espace pro" },
    });
    return { ok: true, accountId };
  });
}

/**
 * The shop puts an account on hold by itself (lateness past the configured days, a bounced
 * cheque), inside the caller's transaction. An account already on hold keeps its hold and its
 * source (an admin's hold is never turned into one that lifts itself). Returns whether it changed.
 */
export async function holdAccountAutomatically(tx: Tx, accountId: string, hold: { source: Exclude<HoldSource, "admin">; reason: string }): Promise<boolean> {
  const account = await lockAccount(tx, accountId);
  if (!account || account.status !== "approved" || account.onHold) return false;
  const [updated] = await tx
    .update(proAccounts)
    .set({ onHold: true, holdReason: hold.reason, holdSource: hold.source, updatedAt: new Date() })
    .where(eq(proAccounts.id, accountId))
    .returning();
  await mirrorOnUser(tx, updated!);
  await recordProEvent(tx, { accountId, actor: { type: "system", id: null }, type: "hold_set", reason: hold.reason, data: { source: hold.source } });
  await emailAccount(tx, updated!, EMAIL_TEMPLATES.proHold, {
    subject: `Paiement à 30 jours suspendu – ${env.merchant.name}`,
    paragraphs: [
      `Le paiement à 30 jours et en plusieurs fois est suspendu sur le compte de ${updated!.companyName}.`,
      `Motif : ${hold.reason}`,
      "Vos commandes restent possibles en paiement à la commande. Dès que le montant dû est réglé, la suspension est levée d'elle-même.",
    ],
    action: { url: `${env.appUrl}/pro`, label: "Voir ce qui est dû" },
  });
  return true;
}

/**
 * Lifts a hold the shop set by itself once its cause is gone (nothing overdue, no bounced cheque
 * left unpaid): the caller decides that; an admin's hold is left alone. Returns whether it changed.
 */
export async function releaseAutomaticHold(tx: Tx, accountId: string, reason: string): Promise<boolean> {
  const account = await lockAccount(tx, accountId);
  if (!account || !account.onHold || account.holdSource === "admin") return false;
  const [updated] = await tx
    .update(proAccounts)
    .set({ onHold: false, holdReason: null, holdSource: null, updatedAt: new Date() })
    .where(eq(proAccounts.id, accountId))
    .returning();
  await mirrorOnUser(tx, updated!);
  await recordProEvent(tx, { accountId, actor: { type: "system", id: null }, type: "hold_lifted", reason, data: { source: account.holdSource } });
  await emailAccount(tx, updated!, EMAIL_TEMPLATES.proHold, {
    subject: `Paiement à 30 jours rétabli – ${env.merchant.name}`,
    paragraphs: [`Le paiement à 30 jours est de nouveau ouvert sur le compte de ${updated!.companyName}.`, reason],
  });
  return true;
}
