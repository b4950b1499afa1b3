import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** An admin account created by another admin: who did, and the single-use link to choose a password. */
export type AdminInvitationEmailInput = { name: string; invitedBy: string; shopName: string; url: string; expiresText: string };

export function renderAdminInvitationEmail(input: AdminInvitationEmailInput): RenderedEmail {
  const subject = `Votre accès au back-office de ${input.shopName}`;
  const intro = `${input.invitedBy} vous a créé un compte d'administrateur du back-office de ${input.shopName}. Choisissez votre mot de passe (12 caractères au moins) :`;
  const expiry = `Ce lien est valable jusqu'au ${input.expiresText} et ne sert qu'une fois. Passé ce délai, utilisez « Mot de passe oublié ? » sur la page de connexion.`;
  const ignore = "Si vous ne vous attendiez pas à ce message, ne cliquez pas et prévenez la boutique.";
  const text = [`Bonjour ${input.name},`, "", intro, input.url, "", expiry, "", ignore, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.name},`)}
${paragraph(intro)}
${button(input.url, "Choisir mon mot de passe")}
${note(expiry)}
${paragraph(ignore)}`,
  });
  return { subject, html, text };
}
