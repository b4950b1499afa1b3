import "server-only";
import type { RenderedEmail } from "@/lib/mail/outbox";
import { button, note, paragraph, renderEmailLayout, textFooter } from "./layout";

/** "Choisissez un nouveau mot de passe": the single-use link of « Mot de passe oublié ? ». */
export type PasswordResetEmailInput = { name: string; url: string; expiresText: string };

export function renderPasswordResetEmail(input: PasswordResetEmailInput): RenderedEmail {
  const subject = "Choisissez un nouveau mot de passe";
  const intro = "Vous avez demandé à changer le mot de passe de votre compte. Ce lien vous permet d'en choisir un nouveau :";
  const expiry = `Il est valable jusqu'au ${input.expiresText} et ne sert qu'une fois. Une fois le mot de passe changé, votre compte est déconnecté de tous les appareils.`;
  const ignore = "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste le même.";
  const text = [`Bonjour ${input.name},`, "", intro, input.url, "", expiry, "", ignore, "", textFooter()].join("\n");
  const html = renderEmailLayout({
    title: subject,
    bodyHtml: `${paragraph(`Bonjour ${input.name},`)}
${paragraph(intro)}
${button(input.url, "Choisir un nouveau mot de passe")}
${note(expiry)}
${paragraph(ignore)}`,
  });
  return { subject, html, text };
}
