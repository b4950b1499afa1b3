import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueCopy } from "@/lib/mail/outbox";
import { recordOrderEvent } from "@/lib/orders/events";
import { REDACTED_TOKEN } from "@/lib/shared/tokens";
import { adminActionDone, claimAdminAction, type AdminActor } from "@/lib/use-cases/admin-actions";

/*
 * « Renvoyer » on the mailbox: a new copy of a stored message (a new outbox row, `resent_from_id`
 * pointing at the original), sent by the same outbox job. Never the original row again: its
 * history (sent at, attempts, last error) stays what it was.
 *
 * Refused, and said why:
 * - a message whose personal links were masked after sending ([masqué], lib/mail/send-outbox.ts):
 *   a copy would carry dead links; the order page sends fresh ones (payment link, order link);
 * - a message whose body was emptied at the end of its retention (lib/mail/prune-outbox.ts);
 * - a message still waiting in the queue while SMTP is configured: it will go by itself. Without
 *   SMTP nothing ever leaves, and a copy is what an admin asks to read again or forward by hand.
 * The copy, an admin_actions row with the admin's name and, for an order's message, an event in
 * the order's timeline are written in one transaction; the form's request key makes a double
 * click send one copy.
 */

export const RESEND_MESSAGES = {
  missing: "Ce courriel n'existe pas (ou plus).",
  duplicate: "Ce renvoi a déjà été fait : la copie est dans la liste.",
  notAdmin: "Action réservée aux administrateurs : reconnectez-vous.",
  stillQueued: "Ce courriel n'est pas encore parti : il est dans la file d'envoi et partira de lui-même.",
  masked:
    "Ce courriel contenait des liens personnels (suivi de commande, paiement), masqués après l'envoi : une copie n'aurait que des liens morts. Depuis la page de la commande, envoyez plutôt un nouveau lien.",
  emptied: "Le contenu de ce courriel a été effacé à la fin de sa durée de conservation : il ne peut plus être renvoyé.",
  done: (to: string) => `Une nouvelle copie part à ${to}. Elle apparaît en tête de la liste.`,
} as const;

export type ResendResult = { ok: true; message: string; copyId: number } | { ok: false; message: string };

/** Why a stored message cannot be sent again, or null when it can. Pure. */
export function resendRefusal(message: { status: string; html: string; text: string; bodyRedactedAt: Date | null }, smtpConfigured: boolean): string | null {
  if (!message.html && !message.text) return RESEND_MESSAGES.emptied;
  if (message.bodyRedactedAt && (message.html.includes(REDACTED_TOKEN) || message.text.includes(REDACTED_TOKEN))) return RESEND_MESSAGES.masked;
  if (message.status === "pending" && smtpConfigured) return RESEND_MESSAGES.stillQueued;
  return null;
}

export async function resendEmail(input: { emailId: number; requestKey: string; admin: AdminActor; smtpConfigured: boolean }): Promise<ResendResult> {
  const db = await getDb();
  if (await adminActionDone(db, input.requestKey)) return { ok: false, message: RESEND_MESSAGES.duplicate };
  return db.transaction(async (tx): Promise<ResendResult> => {
    const [original] = await tx.select().from(emailOutbox).where(eq(emailOutbox.id, input.emailId)).for("update");
    if (!original) return { ok: false, message: RESEND_MESSAGES.missing };
    const refusal = resendRefusal(original, input.smtpConfigured);
    if (refusal) return { ok: false, message: refusal };
    const claim = await claimAdminAction(tx, {
      actor: input.admin,
      action: "email_resent",
      target: `email:${original.id}`,
      requestKey: input.requestKey,
      data: { to: original.toAddress, template: original.template },
    });
    if (claim === "duplicate") return { ok: false, message: RESEND_MESSAGES.duplicate };
    if (claim === "not_admin") return { ok: false, message: RESEND_MESSAGES.notAdmin };
    const copyId = (await enqueueCopy(tx, original.id))!;
    if (original.orderId) {
      await recordOrderEvent(tx, {
        orderId: original.orderId,
        actor: { type: "admin", id: input.admin.id },
        type: "email_resent",
        data: { emailId: original.id, copyId, sentTo: original.toAddress, subject: original.subject, template: original.template, by: input.admin.name },
      });
    }
    return { ok: true, message: RESEND_MESSAGES.done(original.toAddress), copyId };
  });
}
