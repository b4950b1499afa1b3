import "server-only";
import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { users, type UserRole } from "@/lib/db/schema";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  proStatus: "pending" | "approved" | "rejected" | null;
  net30Allowed: boolean;
};

/**
 * The signed-in user, read fresh from the database on every call: a role change or a deleted
 * account takes effect at once, whatever the session cookie says.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, proStatus: users.proStatus, net30Allowed: users.net30Allowed })
    .from(users)
    .where(eq(users.id, id));
  return user ?? null;
}

/** For pages: sends a visitor to sign in, and answers 404 to a user without the role. */
export async function requireRole(role: UserRole | UserRole[], returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/connexion?retour=${encodeURIComponent(returnTo)}`);
  const allowed = Array.isArray(role) ? role : [role];
  if (!allowed.includes(user.role)) notFound();
  return user;
}

/** For server actions and route handlers: null unless the caller has the role. */
export async function currentUserWithRole(role: UserRole | UserRole[]): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  const allowed = Array.isArray(role) ? role : [role];
  return user && allowed.includes(user.role) ? user : null;
}
