import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/shared/env";

/** What the outbox sender needs from a transport: nodemailer's sendMail. */
export type MailTransport = Pick<Transporter, "sendMail">;

const key = Symbol.for("caisse.mail.transport");
type G = typeof globalThis & { [key]?: { url: string; transport: Transporter } };

/**
 * The SMTP transport when SMTP_URL is set (e.g. smtps://user:pass@smtp.example.fr:465), else
 * null: messages then stay in the outbox, readable on the back-office mailbox page.
 */
export function getMailTransport(): MailTransport | null {
  const url = env.smtpUrl;
  if (!url) return null;
  const g = globalThis as G;
  if (g[key]?.url !== url) g[key] = { url, transport: nodemailer.createTransport(url) };
  return g[key].transport;
}
