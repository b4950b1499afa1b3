import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { providerEvents } from "@/lib/db/schema";
import { adminActionDone, claimAdminAction, completeAdminAction, type AdminActor } from "@/lib/use-cases/admin-actions";
import { leaseInboxRows, processLeasedRow } from "@/lib/use-cases/retry-notifications";

/*
 * « Retraiter » on the notifications log: one failed notification processed again now, by the
 * very path the retry job takes (leaseInboxRows → processLeasedRow → processInboxRow →
 * reconcilePayment), so that a replay is nothing but an early retry:
 *
 * - only a row whose outcome is "failed" (a processed one has nothing left to do; a rejected one
 *   failed its signature, and replaying the same bytes would fail it again);
 * - under the row's lock, the admin action is recorded with the form's request key and the row is
 *   leased like the job leases it; a double click finds the key recorded and does nothing; a row
 *   the job or another admin is processing right now is skipped (SKIP LOCKED) and said so;
 * - processing happens after that transaction commits, exactly as for the job; what came of it is
 *   added to the admin action, and the row says the outcome as it does after any attempt.
 *
 * Applying the payment twice is impossible anyway: reconcilePayment locks the payment and applies
 * a transition once.
 */

export const REPLAY_MESSAGES = {
  missing: "Cette notification n'existe pas (ou plus).",
  notFailed: "Cette notification n'est pas en échec : il n'y a rien à retraiter.",
  busy: "Cette notification est en cours de traitement (par la tâche de reprise ou un autre administrateur). Rechargez la page dans un instant.",
  duplicate: "Ce retraitement a déjà été demandé : rechargez la page pour voir son résultat.",
  notAdmin: "Action réservée aux administrateurs : reconnectez-vous.",
  noGateway: "Aucun prestataire n'est configuré pour cette notification : elle ne peut pas être retraitée ici.",
  processed: "Notification retraitée : le paiement a été rapproché.",
  ignored: "Notification retraitée : le prestataire ne signale rien à appliquer chez nous.",
  failedAgain: (error: string | null) => `Le retraitement a encore échoué${error ? ` : ${error}` : ""}. La tâche de reprise réessaiera si c'est utile.`,
} as const;

export type ReplayResult = { ok: boolean; message: string };

export async function replayNotification(input: { eventId: number; requestKey: string; admin: AdminActor; now?: Date }): Promise<ReplayResult> {
  const db = await getDb();
  const now = input.now ?? new Date();
  if (await adminActionDone(db, input.requestKey)) return { ok: false, message: REPLAY_MESSAGES.duplicate };

  const claim = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: providerEvents.id, outcome: providerEvents.outcome })
      .from(providerEvents)
      .where(eq(providerEvents.id, input.eventId))
      .for("update", { skipLocked: true });
    if (!row) {
      const [exists] = await tx.select({ id: providerEvents.id }).from(providerEvents).where(eq(providerEvents.id, input.eventId));
      return { kind: exists ? "busy" : "missing" } as const;
    }
    if (row.outcome !== "failed") return { kind: "not_failed" } as const;
    const recorded = await claimAdminAction(tx, { actor: input.admin, action: "notification_replayed", target: `provider_event:${row.id}`, requestKey: input.requestKey });
    if (recorded !== "recorded") return { kind: recorded } as const;
    const [leased] = await leaseInboxRows(tx, sql`id = ${row.id}`, { now, limit: 1 });
    return leased ? ({ kind: "leased", row: leased } as const) : ({ kind: "busy" } as const);
  });

  switch (claim.kind) {
    case "missing":
      return { ok: false, message: REPLAY_MESSAGES.missing };
    case "busy":
      return { ok: false, message: REPLAY_MESSAGES.busy };
    case "not_failed":
      return { ok: false, message: REPLAY_MESSAGES.notFailed };
    case "duplicate":
      return { ok: false, message: REPLAY_MESSAGES.duplicate };
    case "not_admin":
      return { ok: false, message: REPLAY_MESSAGES.notAdmin };
  }

  const answer = await processLeasedRow(claim.row, now);
  const [after] = await db.select({ outcome: providerEvents.outcome, error: providerEvents.error }).from(providerEvents).where(eq(providerEvents.id, input.eventId));
  await completeAdminAction(db, input.requestKey, { outcome: answer?.outcome ?? "no_gateway", error: after?.error ?? null });
  if (!answer) return { ok: false, message: REPLAY_MESSAGES.noGateway };
  if (answer.outcome === "failed") return { ok: false, message: REPLAY_MESSAGES.failedAgain(after?.error ?? null) };
  return { ok: true, message: answer.outcome === "processed" ? REPLAY_MESSAGES.processed : REPLAY_MESSAGES.ignored };
}
