import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { PAYMENT_PROVIDERS, providerEvents } from "@/lib/db/schema";
import { idKeysetDirection, idKeysetPage } from "@/lib/shared/id-keyset";
import { maskBody, maskHeaders } from "@/lib/shared/mask-secrets";
import { adminActionsOn } from "@/lib/use-cases/admin-actions";

/*
 * The notifications log (/admin/notifications): every provider notification the inbox stored,
 * newest first, by keyset on the id (never OFFSET: the inbox grows with every delivery). Filters:
 * provider, outcome, and an id typed or pasted (the notification's event key, the id its body
 * names, or our payment's provider id — exact matches that indexes answer; the raw bodies are
 * never scanned). Headers and body are shown masked (lib/shared/mask-secrets.ts).
 */

export const NOTIFICATION_OUTCOMES = ["processed", "ignored", "failed", "rejected", "not_ours", "pending"] as const;
export type NotificationLogOutcome = (typeof NOTIFICATION_OUTCOMES)[number];

export const NOTIFICATION_OUTCOME_LABELS: Readonly<Record<NotificationLogOutcome, string>> = {
  processed: "Traitée",
  ignored: "Ignorée (rien à appliquer)",
  failed: "En échec",
  rejected: "Refusée (non authentifiée ou mal formée)",
  not_ours: "Pas à nous",
  pending: "En cours de traitement",
};

const PAGE_SIZE = 50;

export const notificationLogQuery = z.object({
  fournisseur: z.enum(PAYMENT_PROVIDERS).optional().catch(undefined),
  resultat: z.enum(NOTIFICATION_OUTCOMES).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .transform((s) => s || undefined)
    .optional()
    .catch(undefined),
  /** Keyset: rows older than this id (next page) or newer (previous page). */
  apres: z.coerce.number().int().positive().optional().catch(undefined),
  avant: z.coerce.number().int().positive().optional().catch(undefined),
  id: z.coerce.number().int().positive().optional().catch(undefined),
});
export type NotificationLogQuery = z.output<typeof notificationLogQuery>;

/** The query string of a filter (without the page position), for links and forms. */
export function notificationLogParams(query: NotificationLogQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.fournisseur) p.set("fournisseur", query.fournisseur);
  if (query.resultat) p.set("resultat", query.resultat);
  if (query.q) p.set("q", query.q);
  return p;
}

function outcomeOf(outcome: string | null): NotificationLogOutcome {
  return outcome && (NOTIFICATION_OUTCOMES as readonly string[]).includes(outcome) ? (outcome as NotificationLogOutcome) : "pending";
}

const listColumns = {
  id: providerEvents.id,
  provider: providerEvents.provider,
  eventKey: providerEvents.eventKey,
  resourceId: providerEvents.resourceId,
  providerRef: providerEvents.providerRef,
  outcome: providerEvents.outcome,
  error: providerEvents.error,
  receivedAt: providerEvents.receivedAt,
  processedAt: providerEvents.processedAt,
  attempts: providerEvents.attempts,
  deliveries: providerEvents.deliveries,
};

/** One page of the log and the ids that start the previous and next pages (null: none). */
export async function listNotifications(db: Executor, query: NotificationLogQuery) {
  const where: SQL[] = [];
  if (query.fournisseur) where.push(eq(providerEvents.provider, query.fournisseur));
  if (query.resultat === "pending") where.push(isNull(providerEvents.outcome));
  else if (query.resultat) where.push(eq(providerEvents.outcome, query.resultat));
  if (query.q) {
    // (provider, event_key) is the inbox's unique index: naming both providers lets PostgreSQL use it.
    const providers = query.fournisseur ? [query.fournisseur] : [...PAYMENT_PROVIDERS];
    where.push(
      or(
        and(inArray(providerEvents.provider, providers), eq(providerEvents.eventKey, query.q)),
        and(inArray(providerEvents.provider, providers), eq(providerEvents.resourceId, query.q)),
        eq(providerEvents.providerRef, query.q),
      )!,
    );
  }
  const direction = idKeysetDirection(query);
  if (direction.olderThan !== undefined) where.push(lt(providerEvents.id, direction.olderThan));
  if (direction.newerThan !== undefined) where.push(gt(providerEvents.id, direction.newerThan));
  const fetched = await db
    .select(listColumns)
    .from(providerEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(direction.ascending ? asc(providerEvents.id) : desc(providerEvents.id))
    .limit(PAGE_SIZE + 1);
  const page = idKeysetPage(fetched, PAGE_SIZE, query);
  return { ...page, rows: page.rows.map((r) => ({ ...r, outcome: outcomeOf(r.outcome) })) };
}

/** One notification for its detail panel: masked headers and body, and what admins did to it. */
export async function getNotification(db: Executor, id: number) {
  const [row] = await db.select().from(providerEvents).where(eq(providerEvents.id, id));
  if (!row) return null;
  return {
    id: row.id,
    provider: row.provider,
    eventKey: row.eventKey,
    resourceId: row.resourceId,
    providerRef: row.providerRef,
    error: row.error,
    outcome: outcomeOf(row.outcome),
    verified: row.verified,
    receivedAt: row.receivedAt,
    processedAt: row.processedAt,
    attempts: row.attempts,
    deliveries: row.deliveries,
    nextAttemptAt: row.nextAttemptAt,
    sourceIp: row.sourceIp,
    headers: maskHeaders(row.headers),
    body: maskBody(row.rawBody),
    replays: await adminActionsOn(db, `provider_event:${row.id}`),
  };
}
