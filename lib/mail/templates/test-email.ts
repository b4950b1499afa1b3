import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, paragraph, renderEmailLayout, textFooter } from "./layout";

/**
 * The e-mail an admin sends themself from the readiness page. Its subject has accents and an
 * apostrophe on purpose: if it arrives readable, the encoding of every other e-mail will too.
 */
export function renderTestEmail(input: { shopName: string; readinessUrl: string; sentAt: string }): RenderedEmail {
  const subject = `Essai d'envoi réussi : ${input.shopName} écrit bien à ses clients`;
  const summary = `Ce message a été envoyé le ${input.sentAt} depuis la page « Configuration » du back-office. S'il vous parvient, vos clients recevront aussi leurs confirmations de commande et leurs liens de paiement.`;
  const advice = "S'il est arrivé dans les indésirables, vérifiez les enregistrements SPF et DKIM de votre domaine (docs/going-live.md).";
  const text = [summary, "", advice, "", `Revenir à la configuration : ${input.readinessUrl}`, "", textFooter()].join("\n");
  const bodyHtml = `${paragraph(summary)}\n${paragraph(advice)}\n${button(input.readinessUrl, "Revenir à la configuration")}`;
  return { subject, html: renderEmailLayout({ title: subject, bodyHtml }), text };
}
