import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { resetDatabase } from "@/tests/support/db";
import { newToken } from "@/lib/shared/tokens";
import { enqueueEmail } from "./outbox";
import { backoffMs, MAX_ATTEMPTS, sendDueEmails } from "./send-outbox";

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

const queue = (to = "jeanne@example.fr") => enqueueEmail(db, { to, template: "test", email: { subject: "Bonjour", html: "<p>Bonjour</p>", text: "Bonjour" } });

/** A real nodemailer transport whose delivery fails, as an unreachable SMTP server would. */
function failingTransport() {
  const transport = nodemailer.createTransport({ jsonTransport: true });
  transport.use("compile", (_mail, done) => done(new Error("SMTP indisponible")));
  return transport;
}

describe("sendDueEmails", () => {
  it("delivers due messages through nodemailer and marks them sent", async () => {
    await queue("a@example.fr");
    await queue("b@example.fr");
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const delivered: string[] = [];
    const spyTransport = {
      sendMail: async (mail: Parameters<typeof transport.sendMail>[0]) => {
        const info = await transport.sendMail(mail);
        delivered.push(String(info.message));
        return info;
      },
    };
    const report = await sendDueEmails({ db, transport: spyTransport });
    expect(report).toMatchObject({ smtp: true, claimed: 2, sent: 2, retried: 0, failed: 0 });
    const rows = await db.select().from(emailOutbox);
    expect(rows.every((r) => r.status === "sent" && r.sentAt !== null && r.attempts === 1)).toBe(true);
    expect(delivered).toHaveLength(2);
    const parsed = JSON.parse(delivered[0]!) as { subject: string; to: { address: string }[]; html: string };
    expect(parsed.subject).toBe("Bonjour");
    expect(parsed.html).toBe("<p>Bonjour</p>");
    // Nothing left to do.
    expect(await sendDueEmails({ db, transport })).toMatchObject({ claimed: 0 });
  });

  it("without SMTP leaves messages pending (readable on the mailbox page)", async () => {
    await queue();
    expect(await sendDueEmails({ db, transport: null })).toEqual({ smtp: false, claimed: 0, sent: 0, retried: 0, failed: 0 });
    expect((await db.select().from(emailOutbox))[0]).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("backs off after a failure, retries when due, and gives up after MAX_ATTEMPTS", async () => {
    await queue();
    const now = new Date(Date.now() + 1000);
    const report = await sendDueEmails({ db, transport: failingTransport(), now });
    expect(report).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    const [row] = await db.select().from(emailOutbox);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP indisponible" });
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + backoffMs(1));

    // Not due yet: nothing claimed.
    expect(await sendDueEmails({ db, transport: failingTransport(), now: new Date(now.getTime() + 1000) })).toMatchObject({ claimed: 0 });

    // Due again: delivered this time.
    const later = new Date(now.getTime() + backoffMs(1));
    expect(await sendDueEmails({ db, transport: nodemailer.createTransport({ jsonTransport: true }), now: later })).toMatchObject({ sent: 1 });
    expect((await db.select().from(emailOutbox))[0]).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("marks a message failed after the last attempt", async () => {
    await queue();
    await db.update(emailOutbox).set({ attempts: MAX_ATTEMPTS - 1 });
    expect(await sendDueEmails({ db, transport: failingTransport() })).toMatchObject({ failed: 1 });
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.status, "failed")))[0]).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: "SMTP indisponible" });
  });

  describe("the shop's copy of a message once sent", () => {
    const orderToken = newToken();
    const linkToken = newToken();
    const body = {
      subject: "Votre lien de paiement",
      html: `<p>Commande CA-7K4M2QX9</p><a href="https://boutique.example/commandes/CA-7K4M2QX9?t=${orderToken}&amp;x=1">Suivre</a> <a href="https://boutique.example/paiement/${linkToken}">Payer</a>`,
      text: `Commande CA-7K4M2QX9\nSuivre : https://boutique.example/commandes/CA-7K4M2QX9?t=${orderToken}\nPayer : https://boutique.example/paiement/${linkToken}`,
    };

    it("keeps no token: the customer got the links, the outbox keeps the message without them", async () => {
      await enqueueEmail(db, { to: "jeanne@example.fr", template: "payment-link", email: body });
      const delivered: string[] = [];
      const transport = nodemailer.createTransport({ jsonTransport: true });
      const report = await sendDueEmails({
        db,
        transport: { sendMail: async (mail: Parameters<typeof transport.sendMail>[0]) => transport.sendMail(mail).then((info) => (delivered.push(String(info.message)), info)) },
      });
      expect(report).toMatchObject({ sent: 1 });
      expect(delivered[0]).toContain(orderToken);
      expect(delivered[0]).toContain(linkToken);
      const [row] = await db.select().from(emailOutbox);
      for (const stored of [row!.html, row!.text]) {
        expect(stored).not.toContain(orderToken);
        expect(stored).not.toContain(linkToken);
        expect(stored).toContain("CA-7K4M2QX9");
        expect(stored).toContain("https://boutique.example/paiement/[masqué]");
      }
      expect(row!.bodyRedactedAt).not.toBeNull();
    });

    it("without SMTP keeps the links: the mailbox is the delivery (sandbox, demos, end-to-end tests)", async () => {
      await enqueueEmail(db, { to: "jeanne@example.fr", template: "payment-link", email: body });
      await sendDueEmails({ db, transport: null });
      const [row] = await db.select().from(emailOutbox);
      expect(row).toMatchObject({ status: "pending", html: body.html, text: body.text, bodyRedactedAt: null });
    });

    it("masks the messages sent before masking existed, at the next run", async () => {
      await db.insert(emailOutbox).values({ toAddress: "jeanne@example.fr", template: "payment-link", ...body, status: "sent", sentAt: new Date() });
      await sendDueEmails({ db, transport: nodemailer.createTransport({ jsonTransport: true }) });
      const [row] = await db.select().from(emailOutbox);
      expect(`${row!.html}${row!.text}`).not.toContain(linkToken);
      expect(row!.bodyRedactedAt).not.toBeNull();
    });
  });

  it("grows the backoff and caps it", () => {
    expect(backoffMs(1)).toBe(60_000);
    expect(backoffMs(2)).toBe(120_000);
    expect(backoffMs(20)).toBe(6 * 60 * 60_000);
  });
});
