import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { users, type UserRole } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  proStatus: "pending" | "approved" | "rejected" | null;
  net30Allowed: boolean;
  /** TOTP second factor enabled (admins, /admin/securite). */
  secondFactorEnabled: boolean;
};

/** Where an admin without a second factor is sent when the shop requires one. */
export const SECOND_FACTOR_ENROLMENT_PATH = "/admin/securite";

/**
 * True for an admin of a real shop (production, not a demo) who has not enabled TOTP yet: such an
 * admin may only reach the enrolment page until they do.
 */
export function adminMustEnrolSecondFactor(user: { role: UserRole; secondFactorEnabled?: boolean }): boolean {
  return user.role === "admin" && env.adminTotpRequired && !user.secondFactorEnabled;
}

/** A session is valid only under the account's current version; one from before versions existed counts as 0. Pure. */
export function sessionVersionCurrent(claimed: number | undefined, current: number): boolean {
  return (claimed ?? 0) === current;
}

/**
 * The signed-in user, read fresh from the database on every call: a role change or a deleted
 * account takes effect at once, whatever the session cookie says.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sessionVersion?: number } | undefined;
  const id = claims?.id;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, proStatus: users.proStatus, net30Allowed: users.net30Allowed, totpEnabledAt: users.totpEnabledAt, sessionVersion: users.sessionVersion, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id));
  // A disabled account has no session, whatever its cookie says (its version went up too).
  if (!user || user.disabledAt) return null;
  // Issued before the account's last password reset: that session has ended (password-reset.ts).
  if (!sessionVersionCurrent(claims.sessionVersion, user.sessionVersion)) return null;
  const { totpEnabledAt, sessionVersion: _version, disabledAt: _disabled, ...rest } = user;
  return { ...rest, secondFactorEnabled: totpEnabledAt !== null };
}

/**
 * For pages: sends a visitor to sign in, and answers 404 to a user without the role. An admin who
 * must enrol a second factor is sent to /admin/securite, except from the pages that allow it
 * (`secondFactorOptional`: the enrolment page, and the back-office layout whose header it shows).
 */
export async function requireRole(role: UserRole | UserRole[], returnTo: string, options: { secondFactorOptional?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  const allowed = Array.isArray(role) ? role : [role];
  if (!allowed.includes(user.role)) notFound();
  if (!options.secondFactorOptional && adminMustEnrolSecondFactor(user)) redirect(SECOND_FACTOR_ENROLMENT_PATH);
  return user;
}

/** For server actions and route handlers: null unless the caller has the role (and, for an admin, the required second factor). */
export async function currentUserWithRole(role: UserRole | UserRole[]): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  const allowed = Array.isArray(role) ? role : [role];
  return user && allowed.includes(user.role) && !adminMustEnrolSecondFactor(user) ? user : null;
}
