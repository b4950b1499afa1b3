import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { adminActions, users } from "@/lib/db/schema";

/*
 * The back-office's own journal (table admin_actions): what an admin did that belongs to no
 * order's or account's timeline — an admin account created, disabled or enabled, a notification
 * replayed, an e-mail sent again. Written inside the transaction of the thing it records, so a
 * row exists if and only if the thing was done; its `request_key` (the form's key, drawn when the
 * page rendered) is unique, so the second request of a double click finds the first one's row and
 * does nothing.
 */

export const ADMIN_ACTION_TYPES = ["admin_created", "admin_disabled", "admin_enabled", "notification_replayed", "email_resent"] as const;
export type AdminActionType = (typeof ADMIN_ACTION_TYPES)[number];

export type AdminActor = { id: string; name: string };

export type AdminActionClaim = "recorded" | "duplicate" | "not_admin";

/**
 * Records one admin action: "duplicate" when this request key was recorded already (a double
 * click, a resubmitted form), "not_admin" when the actor is not (or no longer) an active admin —
 * checked here again whatever the action's wrapper did. Either way the caller does nothing.
 */
export async function claimAdminAction(
  tx: Executor,
  input: { actor: AdminActor; action: AdminActionType; target: string; requestKey: string; data?: Record<string, unknown> },
): Promise<AdminActionClaim> {
  const [actor] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.actor.id), eq(users.role, "admin"), isNull(users.disabledAt)));
  if (!actor) return "not_admin";
  const [row] = await tx
    .insert(adminActions)
    .values({ actorId: input.actor.id, actorName: input.actor.name, action: input.action, target: input.target, requestKey: input.requestKey, data: input.data ?? null })
    .onConflictDoNothing({ target: adminActions.requestKey })
    .returning({ id: adminActions.id });
  return row ? "recorded" : "duplicate";
}

/** Adds what came of an action recorded before it ran (a replay's outcome). */
export async function completeAdminAction(tx: Executor, requestKey: string, data: Record<string, unknown>): Promise<void> {
  await tx.update(adminActions).set({ data }).where(eq(adminActions.requestKey, requestKey));
}

/** The actions done to one thing, newest first (the notification's, the e-mail's, the account's history). */
export async function adminActionsOn(db: Executor, target: string, limit = 20) {
  return db
    .select({ id: adminActions.id, actorName: adminActions.actorName, action: adminActions.action, data: adminActions.data, createdAt: adminActions.createdAt })
    .from(adminActions)
    .where(eq(adminActions.target, target))
    .orderBy(desc(adminActions.id))
    .limit(limit);
}

/** Whether this form's request was recorded already (to answer a double click before taking any lock). */
export async function adminActionDone(db: Executor, requestKey: string): Promise<boolean> {
  const [row] = await db.select({ id: adminActions.id }).from(adminActions).where(eq(adminActions.requestKey, requestKey));
  return Boolean(row);
}
