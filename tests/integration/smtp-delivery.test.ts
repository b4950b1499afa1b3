import net from "node:net";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { EMAIL_TEMPLATES } from "@/lib/mail/template-names";
import { sendDueEmails } from "@/lib/mail/send-outbox";
import { env } from "@/lib/shared/env";
import { sendTestEmail } from "@/lib/use-cases/send-test-email";
import { resetDatabase } from "@/tests/support/db";
import { setEnvForTests } from "@/tests/support/env";

/*
 * E-mail over a real SMTP conversation, as a provider's relay holds it: the server offers
 * STARTTLS and refuses AUTH before it (allowInsecureAuth false), checks the login, and the message
 * that arrives is parsed back (mailparser) to check what a customer's mail client will show.
 */

const USER = "boutique@savonnerie-bleue.fr";
const PASSWORD = "mot de passe SMTP";
const received: { from: string; to: string[]; mail: ParsedMail; raw: string; tls: boolean; user: unknown }[] = [];
let refuse: string | null = null;
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: auth.username });
      else callback(new Error("535 Authentication failed"));
    },
    onMailFrom(_address, _session, callback) {
      if (refuse) {
        const error = Object.assign(new Error(refuse), { responseCode: 451 });
        callback(error);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw)
          .then((mail) => {
            received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), mail, raw, tls: session.secure, user: session.user });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  setEnvForTests({ SMTP_URL: undefined, MAIL_FROM: undefined, MERCHANT_NAME: undefined });
});

const smtpUrl = (password = PASSWORD, at = `127.0.0.1:${port}`) =>
  // The test server's certificate is self-signed: the only setting a real relay would not need.
  `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(password)}@${at}/?tls.rejectUnauthorized=false&greetingTimeout=1500&connectionTimeout=1500&socketTimeout=1500`;

beforeEach(async () => {
  received.length = 0;
  refuse = null;
  await resetDatabase();
  setEnvForTests({ SMTP_URL: smtpUrl(), MAIL_FROM: "Savonnerie Bleue <boutique@savonnerie-bleue.fr>", MERCHANT_NAME: "Savonnerie Bleue" });
});
afterEach(() => setEnvForTests({ SMTP_URL: undefined }));

async function outboxRow() {
  const db = await getDb();
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, EMAIL_TEMPLATES.testEmail));
  return row!;
}

describe("e-mail over SMTP (STARTTLS, AUTH)", () => {
  it("delivers the outbox: sender, recipient, a French subject, HTML and text parts, links to APP_URL", async () => {
    const outcome = await sendTestEmail(await getDb(), "jeanne@example.fr");
    expect(outcome).toEqual({ kind: "sent", to: "jeanne@example.fr" });
    expect(received).toHaveLength(1);
    const [{ from, to, mail, raw, tls, user }] = received as [(typeof received)[number]];
    expect(tls).toBe(true);
    expect(user).toBe(USER);
    expect(from).toBe("boutique@savonnerie-bleue.fr");
    expect(to).toEqual(["jeanne@example.fr"]);
    expect(mail.from?.value).toEqual([{ address: "boutique@savonnerie-bleue.fr", name: "Savonnerie Bleue" }]);
    // Accents and the apostrophe arrive intact, and travel encoded (RFC 2047), not as raw 8-bit.
    expect(mail.subject).toBe("Essai d'envoi réussi : Savonnerie Bleue écrit bien à ses clients");
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(mail.html).toContain(`href="${env.appUrl}/admin/configuration"`);
    expect(mail.html).toContain("<html lang=\"fr\">");
    expect(mail.text).toContain(`${env.appUrl}/admin/configuration`);
    expect(mail.text).toContain("envoyé le");
    expect(await outboxRow()).toMatchObject({ status: "sent", attempts: 1, lastError: null });
  });

  it("is refused AUTH with a wrong password, and keeps the message pending for a retry", async () => {
    setEnvForTests({ SMTP_URL: smtpUrl("mauvais") });
    const outcome = await sendTestEmail(await getDb(), "jeanne@example.fr");
    expect(outcome).toMatchObject({ kind: "retrying", error: expect.stringMatching(/Invalid login|535/) as unknown });
    expect(received).toHaveLength(0);
    expect(await outboxRow()).toMatchObject({ status: "pending", attempts: 1 });
  });

  it("keeps the message pending when the server refuses it (451), and delivers it on the next run", async () => {
    refuse = "Greylisted, try again later";
    expect((await sendTestEmail(await getDb(), "jeanne@example.fr")).kind).toBe("retrying");
    const row = await outboxRow();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row.lastError).toContain("Greylisted");
    refuse = null;
    expect(await sendDueEmails({ now: new Date(row.nextAttemptAt.getTime() + 1000) })).toMatchObject({ sent: 1 });
    expect(received).toHaveLength(1);
    expect(await outboxRow()).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("keeps the message pending when the server never answers (timeout)", async () => {
    const silent = net.createServer(() => {
      /* accepts, says nothing: no SMTP greeting ever comes */
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      setEnvForTests({ SMTP_URL: smtpUrl(PASSWORD, `127.0.0.1:${(silent.address() as AddressInfo).port}`) });
      const outcome = await sendTestEmail(await getDb(), "jeanne@example.fr");
      expect(outcome).toMatchObject({ kind: "retrying", error: expect.stringMatching(/timeout/i) as unknown });
      expect(await outboxRow()).toMatchObject({ status: "pending", attempts: 1 });
    } finally {
      silent.close();
    }
  });

  it("without SMTP keeps the test e-mail in the back-office mailbox", async () => {
    setEnvForTests({ SMTP_URL: undefined });
    expect(await sendTestEmail(await getDb(), "jeanne@example.fr")).toEqual({ kind: "kept", to: "jeanne@example.fr" });
    expect(await outboxRow()).toMatchObject({ status: "pending", attempts: 0 });
  });
});
