import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, detailsTable, heading, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/*
 * A reminder about invoices: before the due date (courtesy), then dunning in a rising tone. Each
 * carries the statement of what is due and a link to pay online.
 *
 * The late-payment penalty and the 40 € recovery indemnity exist only between professionals
 * (Code de commerce L441-10): the audience says who reads it, and only the professional variant
 * has the fields that carry them, so a message to a consumer cannot print them whatever the caller
 * passes.
 */

export type ReminderTone = "courtesy" | "dunning_1" | "dunning_2" | "dunning_3";

export type ReminderAudience =
  | { kind: "consumer" }
  | { kind: "professional"; latePenaltyMention: string; recoveryIndemnityMention: string };

export type InvoiceReminderInput = {
  tone: ReminderTone;
  audience: ReminderAudience;
  shopName: string;
  greeting: string;
  signature: string;
  /** The invoice this reminder is about, already formatted. */
  invoice: { number: string; dueDate: string; remaining: string; daysLate: number };
  /** Every invoice still open on the account, oldest due first, formatted. */
  statement: readonly { number: string; issueDate: string; dueDate: string; total: string; remaining: string; late: boolean }[];
  totalDue: string;
  payUrl: string;
};

const dayWord = (n: number) => `${n} jour${n > 1 ? "s" : ""}`;

function subjectOf(i: InvoiceReminderInput): string {
  switch (i.tone) {
    case "courtesy":
      return `Rappel : facture ${i.invoice.number} à régler le ${i.invoice.dueDate} – ${i.shopName}`;
    case "dunning_1":
      return `Facture ${i.invoice.number} arrivée à échéance – ${i.shopName}`;
    case "dunning_2":
      return `Relance : facture ${i.invoice.number} impayée – ${i.shopName}`;
    case "dunning_3":
      return `Dernière relance avant suspension : facture ${i.invoice.number} – ${i.shopName}`;
  }
}

function openingOf(i: InvoiceReminderInput): string[] {
  const { number, dueDate, remaining, daysLate } = i.invoice;
  switch (i.tone) {
    case "courtesy":
      return [`Petit rappel : la facture ${number} arrive à échéance le ${dueDate}. Il en reste ${remaining} à régler.`, "Si votre règlement est déjà parti, merci, et ne tenez pas compte de ce message."];
    case "dunning_1":
      return [`La facture ${number} était à régler le ${dueDate} et nous n'en avons pas encore reçu le règlement complet : il en reste ${remaining}.`, "Un oubli arrive : vous pouvez la régler en ligne dès maintenant. Si votre règlement est en route, ne tenez pas compte de ce message."];
    case "dunning_2":
      return [`Malgré notre précédent message, la facture ${number}, échue le ${dueDate}, reste impayée depuis ${dayWord(daysLate)} : il en reste ${remaining}.`, "Merci de la régler sans attendre, ou de nous contacter si quelque chose vous en empêche."];
    case "dunning_3":
      return [
        `La facture ${number}, échue le ${dueDate}, reste impayée depuis ${dayWord(daysLate)} malgré nos relances : il en reste ${remaining}.`,
        "Sans règlement de votre part, le paiement différé de votre compte sera suspendu : vos commandes se régleront alors à la commande jusqu'au règlement de ce qui est dû. Merci de régulariser dès réception de ce message.",
      ];
  }
}

/** Only the professional variant of the audience has anything to say here. */
function legalLines(audience: ReminderAudience): string[] {
  return audience.kind === "professional" ? [audience.latePenaltyMention, audience.recoveryIndemnityMention] : [];
}

export function renderInvoiceReminderEmail(i: InvoiceReminderInput): RenderedEmail {
  const subject = subjectOf(i);
  const opening = openingOf(i);
  const legal = legalLines(i.audience);
  const rows = i.statement.map((s) => [`${s.number} (du ${s.issueDate}, échéance ${s.dueDate}${s.late ? ", en retard" : ""})`, `${s.remaining} sur ${s.total}`] as const);
  const text = [
    i.greeting,
    "",
    ...opening.flatMap((p) => [p, ""]),
    "Relevé de ce qui reste dû :",
    ...rows.map(([k, v]) => `- ${k} : ${v}`),
    `Total dû : ${i.totalDue}`,
    "",
    `Régler en ligne : ${i.payUrl}`,
    "",
    ...legal.flatMap((p) => [p, ""]),
    "Bien cordialement,",
    i.signature,
    "",
    textFooter(),
  ].join("\n");
  const bodyHtml = `${paragraph(i.greeting)}
${opening.map((p) => paragraph(p)).join("\n")}
${heading("Relevé de ce qui reste dû")}
${detailsTable([...rows, ["Total dû", i.totalDue]])}
${button(i.payUrl, "Régler en ligne")}
${legal.map((p) => note(p)).join("\n")}
${paragraph("Bien cordialement,", "margin:0")}
${paragraph(i.signature)}`;
  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
