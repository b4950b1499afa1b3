import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { issuePasswordLink } from "@/lib/auth/password-reset";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { enqueueEmail } from "@/lib/mail/outbox";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { renderAdminInvitationEmail } from "@/lib/mail/templates/admin-invitation";
import { formatDeadlineFr } from "@/lib/shared/dates";
import { env } from "@/lib/shared/env";
import { log } from "@/lib/shared/log";
import { newToken } from "@/lib/shared/tokens";
import { adminActionDone, claimAdminAction, type AdminActor } from "@/lib/use-cases/admin-actions";

/*
 * Admin accounts (/admin/administrateurs). Only an admin creates another (the first one comes from
 * `npm run admin:create`); admins disable and enable each other. Rules:
 * - a new admin gets the password typed by the admin who creates it (the admin policy: 12
 *   characters, not a breached one), or — better, nobody else ever knows it — a single-use link
 *   to choose it (the password-reset tokens), valid INVITATION_TTL_HOURS;
 * - never the last active admin disabled: the shop would have nobody to run it. All active admin
 *   rows are locked first, so two admins disabling each other at the same moment cannot both pass;
 * - never oneself: one click would lock the admin out of their own back-office;
 * - a disabled admin cannot sign in (lib/auth/authenticate.ts), and every session of theirs ends
 *   at once (session_version goes up; getCurrentUser also refuses a disabled account);
 * - every change is an admin_actions row with the acting admin's name; the form's request key
 *   makes a double click do it once.
 */

export const INVITATION_TTL_HOURS = 48;

export const ADMIN_ACCOUNT_MESSAGES = {
  duplicate: "Cette demande a déjà été enregistrée : rechargez la page.",
  notAdmin: "Action réservée aux administrateurs : reconnectez-vous.",
  emailTaken: (email: string) => `Un compte existe déjà avec l'adresse ${email}. Un client ou un professionnel ne devient pas administrateur d'ici.`,
  created: (email: string) => `Le compte administrateur ${email} est créé.`,
  invited: (email: string) => `Le compte administrateur ${email} est créé : un e-mail lui donne un lien pour choisir son mot de passe (valable ${INVITATION_TTL_HOURS} heures).`,
  missing: "Ce compte administrateur n'existe pas.",
  self: "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre administrateur.",
  last: "C'est le dernier administrateur actif : la boutique n'aurait plus personne pour la gérer. Créez ou réactivez d'abord un autre compte.",
  alreadyDisabled: "Ce compte est déjà désactivé.",
  alreadyActive: "Ce compte est déjà actif.",
  disabled: (email: string) => `Le compte ${email} est désactivé : il ne peut plus se connecter et ses sessions sont fermées.`,
  enabled: (email: string) => `Le compte ${email} est réactivé : il peut de nouveau se connecter.`,
} as const;

export const createAdminAccountInput = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("link"),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("Adresse e-mail invalide, par exemple nom@exemple.fr.")),
    name: z.string().trim().min(1, "Indiquez le nom.").max(100, "100 caractères au plus."),
  }),
  z.object({
    mode: z.literal("password"),
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("Adresse e-mail invalide, par exemple nom@exemple.fr.")),
    name: z.string().trim().min(1, "Indiquez le nom.").max(100, "100 caractères au plus."),
    password: newPasswordSchema("admin"),
  }),
]);
export type CreateAdminAccountInput = z.output<typeof createAdminAccountInput>;

export type AdminAccountResult = { ok: boolean; message: string };

/** A refusal found after something was written: thrown to roll the transaction back, caught as a result. */
class Refused extends Error {}

export async function listAdminAccounts(db: Executor) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, disabledAt: users.disabledAt, totpEnabledAt: users.totpEnabledAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(asc(users.createdAt), asc(users.id));
}

export async function createAdminAccount(input: { account: CreateAdminAccountInput; requestKey: string; admin: AdminActor; now?: Date }): Promise<AdminAccountResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  const { account } = input;
  if (await adminActionDone(db, input.requestKey)) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.duplicate };
  // Hashing is slow (argon2): never inside the transaction. An invited admin's hash is of a
  // random secret nobody knows, so the account opens only through the link.
  const passwordHash = await hashPassword(account.mode === "password" ? account.password : newToken());
  return db.transaction(async (tx): Promise<AdminAccountResult> => {
    const [created] = await tx
      .insert(users)
      .values({ email: account.email, name: account.name, role: "admin", passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) {
      // The other request of a double click created it a moment ago: say that, not « taken ».
      if (await adminActionDone(tx, input.requestKey)) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.duplicate };
      return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.emailTaken(account.email) };
    }
    const claim = await claimAdminAction(tx, { actor: input.admin, action: "admin_created", target: `user:${created.id}`, requestKey: input.requestKey, data: { email: account.email, name: account.name, mode: account.mode } });
    // Nothing of this request may stay: throwing takes the account row back with the transaction.
    if (claim !== "recorded") throw new Refused(claim === "duplicate" ? ADMIN_ACCOUNT_MESSAGES.duplicate : ADMIN_ACCOUNT_MESSAGES.notAdmin);
    if (account.mode === "link") {
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_HOURS * 60 * 60_000);
      const url = await issuePasswordLink(tx, created.id, { expiresAt, now });
      await enqueueEmail(tx, {
        to: account.email,
        template: EMAIL_TEMPLATES.adminInvitation,
        email: renderAdminInvitationEmail({ name: account.name, invitedBy: input.admin.name, shopName: env.merchant.name, url, expiresText: formatDeadlineFr(expiresAt) }),
      });
    }
    log.info("auth", "admin account created by an admin", { userId: created.id, by: input.admin.id, mode: account.mode });
    return { ok: true, message: account.mode === "link" ? ADMIN_ACCOUNT_MESSAGES.invited(account.email) : ADMIN_ACCOUNT_MESSAGES.created(account.email) };
  }).catch((error: unknown) => {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  });
}

/** Disables (`disable: true`) or enables an admin account. */
export async function setAdminDisabled(input: { userId: string; disable: boolean; requestKey: string; admin: AdminActor; now?: Date }): Promise<AdminAccountResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  if (await adminActionDone(db, input.requestKey)) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.duplicate };
  return db.transaction(async (tx): Promise<AdminAccountResult> => {
    // Every active admin locked, in one order: two disables at once are decided one after the other.
    const active = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
      .orderBy(asc(users.id))
      .for("update");
    const [target] = await tx.select({ id: users.id, email: users.email, disabledAt: users.disabledAt }).from(users).where(and(eq(users.id, input.userId), eq(users.role, "admin"))).for("update");
    if (!target) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.missing };
    if (input.disable) {
      if (target.id === input.admin.id) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.self };
      if (target.disabledAt) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.alreadyDisabled };
      if (active.length <= 1) return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.last };
    } else if (!target.disabledAt) {
      return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.alreadyActive };
    }
    const claim = await claimAdminAction(tx, {
      actor: input.admin,
      action: input.disable ? "admin_disabled" : "admin_enabled",
      target: `user:${target.id}`,
      requestKey: input.requestKey,
      data: { email: target.email },
    });
    if (claim === "duplicate") return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.duplicate };
    if (claim === "not_admin") return { ok: false, message: ADMIN_ACCOUNT_MESSAGES.notAdmin };
    await tx
      .update(users)
      .set(
        input.disable
          ? { disabledAt: now, disabledBy: input.admin.id, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now }
          : { disabledAt: null, disabledBy: null, updatedAt: now },
      )
      .where(eq(users.id, target.id));
    log.info("auth", input.disable ? "admin account disabled, sessions ended" : "admin account enabled", { userId: target.id, by: input.admin.id });
    return { ok: true, message: input.disable ? ADMIN_ACCOUNT_MESSAGES.disabled(target.email) : ADMIN_ACCOUNT_MESSAGES.enabled(target.email) };
  });
}
