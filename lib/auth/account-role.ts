import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users, type UserRole } from "@/lib/db/schema";

/** The account's role, put in the session token at sign-in to choose its idle limit. */
export async function accountRole(db: Executor, userId: string): Promise<UserRole> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  return row?.role ?? "customer";
}
