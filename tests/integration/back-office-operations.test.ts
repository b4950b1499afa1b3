import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import DashboardPage from "@/app/admin/page";
import AdminAccountsPage from "@/app/admin/administrateurs/page";
import { createAdminAction } from "@/app/admin/administrateurs/create-admin-action";
import { setAdminDisabledAction } from "@/app/admin/administrateurs/set-admin-disabled-action";
import MailboxPage from "@/app/admin/courriels/page";
import { resendEmailAction } from "@/app/admin/courriels/resend-email-action";
import NotificationsPage from "@/app/admin/notifications/page";
import { replayNotificationAction } from "@/app/admin/notifications/replay-notification-action";
import { ACTION_MESSAGES } from "@/lib/actions/safe-action";
import { authenticate } from "@/lib/auth/authenticate";
import { resetPassword } from "@/lib/auth/password-reset";
import { getCurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { accountPayments, adminActions, emailOutbox, orderEvents, orders, payments, proAccounts, providerEvents, users, type PaymentMethod, type PaymentStatus } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/mail/outbox";
import { loadDashboard } from "@/lib/orders/dashboard";
import { formatEur } from "@/lib/shared/money";
import { REDACTED_TOKEN } from "@/lib/shared/tokens";
import { ADMIN_ACCOUNT_MESSAGES, setAdminDisabled } from "@/lib/use-cases/admin-accounts";
import { RESEND_MESSAGES } from "@/lib/use-cases/resend-email";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { submitForm } from "@/tests/support/form-actions";
import { approvedPro } from "@/tests/support/pro-fixtures";
import { redirectOf, renderPage, textOf } from "@/tests/support/render-page";
import { testSession as session } from "@/tests/support/session-mock";

/*
 * The back-office's operations pages (issue 11: dashboard, notifications log, mailbox, admin
 * accounts), called the way Next calls them with the session read through next-auth: refused to a
 * guest, a customer and a professional with nothing written; the dashboard's figures on a seeded
 * set of payments (exact cents, Paris days across the night daylight saving starts); « Renvoyer »
 * making one copy; the rules of admin accounts.
 */

vi.mock("next-auth", async (original) => (await import("@/tests/support/session-mock")).mockedNextAuth(original));
vi.mock("next/cache", async (original) => (await import("@/tests/support/session-mock")).mockedNextCache(original));

let db: Db;
let admin: Awaited<ReturnType<typeof insertUser>>;

beforeEach(async () => {
  db = await resetDatabase();
  session.userId = null;
  admin = await insertUser(db, "admin");
});

const run = submitForm;

async function queuedEmail(to = "jeanne@example.fr", orderId: string | null = null) {
  await enqueueEmail(db, { to, template: "order-confirmation", orderId, email: { subject: "Votre commande", html: "<p>Bonjour</p>", text: "Bonjour" } });
  const [row] = await db.select().from(emailOutbox).orderBy(sql`${emailOutbox.id} desc`).limit(1);
  return row!;
}

async function failedNotification() {
  const [row] = await db
    .insert(providerEvents)
    .values({ provider: "payplug", eventKey: `pay_${randomUUID().replaceAll("-", "").slice(0, 22)}`, headers: { "content-type": "application/json" }, rawBody: '{"object":"payment","id":"pay_x"}', outcome: "failed", error: "provider_unreachable: test", attempts: 1 })
    .returning();
  return row!;
}

describe.each([
  ["a guest", () => Promise.resolve(null)],
  ["a customer", async () => (await insertUser(db, "customer")).id],
  ["a professional", async () => (await insertUser(db, "pro")).id],
])("%s", (_who, signIn) => {
  it("is refused the dashboard, the notifications log, the mailbox and the admin accounts: a sign-in redirect or a 404", async () => {
    session.userId = await signIn();
    const pages = [
      ["/admin", () => DashboardPage({ searchParams: Promise.resolve({}) })],
      ["/admin/notifications", () => NotificationsPage({ searchParams: Promise.resolve({}) })],
      ["/admin/courriels", () => MailboxPage({ searchParams: Promise.resolve({}) })],
      ["/admin/administrateurs", () => AdminAccountsPage()],
    ] as const;
    for (const [path, page] of pages) {
      if (session.userId === null) {
        expect(await redirectOf(page, {}, {}), path).toBe(`/connexion?retour=${encodeURIComponent(path)}`);
      } else {
        await expect(page(), path).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
      }
    }
  });

  it("is refused « Retraiter », « Renvoyer » and every admin-account action, and nothing is written", async () => {
    const event = await failedNotification();
    const email = await queuedEmail();
    const other = await insertUser(db, "admin", "autre@example.fr", "Autre Admin");
    session.userId = await signIn();
    const footprint = async () => ({
      actions: (await db.select({ n: count() }).from(adminActions))[0]!.n,
      emails: (await db.select({ n: count() }).from(emailOutbox))[0]!.n,
      users: (await db.select({ id: users.id, disabledAt: users.disabledAt, v: users.sessionVersion }).from(users).orderBy(users.id)),
      event: (await db.select({ outcome: providerEvents.outcome, attempts: providerEvents.attempts }).from(providerEvents)),
    });
    const before = await footprint();
    const calls = [
      ["replay", replayNotificationAction, { eventId: String(event.id), requestKey: randomUUID(), confirm: "oui" }],
      ["resend", resendEmailAction, { emailId: String(email.id), requestKey: randomUUID(), confirm: "oui" }],
      ["create admin", createAdminAction, { mode: "link", email: "intrus@example.fr", name: "Intrus", requestKey: randomUUID(), confirm: "oui" }],
      ["disable admin", setAdminDisabledAction, { userId: other.id, decision: "desactiver", requestKey: randomUUID(), confirm: "oui" }],
    ] as const;
    for (const [name, action, fields] of calls) {
      expect(await run(action, fields), name).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });
    }
    expect(await footprint()).toEqual(before);
  });
});

describe("the dashboard", () => {
  // 29 March 2026: Paris moves to summer time at 02:00; noon in Paris is 10:00 UTC.
  const NOW = new Date("2026-03-29T10:00:00Z");

  async function pay(method: PaymentMethod, amountCents: number, paidAt: string, status: PaymentStatus = "paid") {
    const order = await insertOrder(db, { status: "paid", totalCents: amountCents });
    const [p] = await db.insert(payments).values({ orderId: order.id, method, status, amountCents, paidAt: new Date(paidAt) }).returning();
    return { order, payment: p! };
  }

  async function refuse(code: string, message: string, amountCents: number, at: string) {
    const order = await insertOrder(db, { status: "payment_failed", totalCents: amountCents });
    await db.insert(payments).values({ orderId: order.id, method: "card", provider: "payplug", status: "failed", amountCents, failureCode: code, failureMessage: message, updatedAt: new Date(at) });
  }

  async function seed() {
    await pay("card", 4200, "2026-03-29T08:00:00Z");
    await pay("card", 1050, "2026-03-28T23:30:00Z"); // 00:30 in Paris on the 29th: today
    await pay("paypal", 2000, "2026-03-28T22:30:00Z"); // 23:30 in Paris on the 28th: this month, not today
    await pay("transfer", 10000, "2026-03-02T10:00:00Z");
    await pay("cheque", 3000, "2026-02-28T12:00:00Z"); // last month, first day of the 30-day chart
    await pay("cheque", 999, "2026-03-29T09:00:00Z", "pending"); // a cheque received, not cashed: not money yet
    await pay("net30", 5000, "2026-03-29T09:00:00Z"); // the placeholder of an on-account order: its money comes as an account payment
    const { payment: refunded } = await pay("card", 2500, "2026-03-20T10:00:00Z", "partially_refunded");
    await db.insert(orderEvents).values([
      { orderId: refunded.orderId, paymentId: refunded.id, actorType: "provider", actorId: "payplug", type: "payment_refund_recorded", data: { amountCents: 500 }, createdAt: new Date("2026-03-29T07:00:00Z") },
      { orderId: refunded.orderId, paymentId: refunded.id, actorType: "provider", actorId: "payplug", type: "payment_refund_recorded", data: { amountCents: 300 }, createdAt: new Date("2026-03-10T07:00:00Z") },
      { orderId: refunded.orderId, actorType: "admin", actorId: admin.id, type: "refund_requested", data: { amountCents: 99999 }, createdAt: new Date("2026-03-29T07:00:00Z") },
    ]);
    const pro = await approvedPro(db, admin);
    const [account] = await db.select().from(proAccounts).where(eq(proAccounts.id, pro.accountId));
    await db.insert(accountPayments).values([
      { reference: "RG-TEST0001", proAccountId: account!.id, method: "card", status: "paid", amountCents: 1500, paidAt: new Date("2026-03-29T09:30:00Z") },
      { reference: "RG-TEST0002", proAccountId: account!.id, method: "credit", status: "paid", amountCents: 700, paidAt: new Date("2026-03-29T09:30:00Z") },
    ]);
    await refuse("card_declined", "Votre banque a refusé le paiement.", 1200, "2026-03-29T09:00:00Z");
    await refuse("card_declined", "Votre banque a refusé le paiement.", 1300, "2026-03-29T09:10:00Z");
    await refuse("insufficient_funds", "Votre banque a refusé le paiement : provision insuffisante.", 800, "2026-03-29T09:20:00Z");
    await refuse("card_declined", "Votre banque a refusé le paiement.", 5000, "2026-03-28T22:00:00Z"); // yesterday in Paris
    await insertOrder(db, { status: "awaiting_transfer", totalCents: 5000 });
    await insertOrder(db, { status: "awaiting_transfer", totalCents: 2550 });
    const cheque = await insertOrder(db, { status: "awaiting_cheque", totalCents: 3000 });
    await db.update(orders).set({ paidCents: 1000 }).where(eq(orders.id, cheque.id));
    const flagged = await insertOrder(db, { status: "paid", totalCents: 1000 });
    await db.update(orders).set({ flag: "Trop-perçu de 18,80 € : à rembourser." }).where(eq(orders.id, flagged.id));
    return { flagged };
  }

  it("adds up takings per method today and this month, refunds, refusals with their reasons, money awaited and flagged orders, to the cent", async () => {
    const { flagged } = await seed();
    const d = await loadDashboard(db, NOW);
    expect(d.today).toBe("2026-03-29");
    expect(d.takingsToday).toEqual([{ method: "card", cents: 4200 + 1050 + 1500, count: 3 }]);
    expect(d.takingsMonth).toEqual([
      { method: "transfer", cents: 10000, count: 1 },
      { method: "card", cents: 4200 + 1050 + 2500 + 1500, count: 4 },
      { method: "paypal", cents: 2000, count: 1 },
    ]);
    expect(d.refundsToday).toEqual({ cents: 500, count: 1 });
    expect(d.refundsMonth).toEqual({ cents: 800, count: 2 });
    expect(d.refusedToday).toEqual([
      { code: "card_declined", reason: "Votre banque a refusé le paiement.", method: "card", count: 2, cents: 2500 },
      { code: "insufficient_funds", reason: "Votre banque a refusé le paiement : provision insuffisante.", method: "card", count: 1, cents: 800 },
    ]);
    // The failed orders of the refusals wait for money too (they may be paid again).
    expect(d.waiting).toEqual([
      { status: "awaiting_transfer", count: 2, dueCents: 7550 },
      { status: "awaiting_cheque", count: 1, dueCents: 2000 },
      { status: "payment_failed", count: 4, dueCents: 1200 + 1300 + 800 + 5000 },
    ]);
    expect(d.flagged.count).toBe(1);
    expect(d.flagged.latest.map((o) => o.reference)).toEqual([flagged.reference]);
    expect(d.perDay).toHaveLength(30);
    expect(d.perDay[0]).toEqual({ day: "2026-02-28", cents: 3000 });
    expect(d.perDay.find((p) => p.day === "2026-03-28")).toEqual({ day: "2026-03-28", cents: 2000 });
    expect(d.perDay.at(-1)).toEqual({ day: "2026-03-29", cents: 4200 + 1050 + 1500 });
  });

  it("renders the figures and both charts, accessible (title, description, figures as text)", async () => {
    await seed();
    session.userId = admin.id;
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    try {
      const html = await renderPage(DashboardPage, {}, {});
      expect(textOf(html, "takings-today-total")).toBe(formatEur(6750));
      expect(textOf(html, "takings-month-card")).toBe(formatEur(9250));
      expect(textOf(html, "refunds-today")).toBe(formatEur(500));
      expect(textOf(html, "flagged-count")).toBe("1");
      expect(html).toContain("Votre banque a refusé le paiement : provision insuffisante.");
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*data-testid="chart-takings-per-day"/);
      expect(html).toContain('<title id="per-day-chart-title">Encaissements par jour sur 30 jours</title>');
      expect(html).toContain("28/02/2026");
    } finally {
      vi.useRealTimers();
    }
  });

  it("sends an old list address (/admin with a filter) on to /admin/commandes with the same parameters", async () => {
    session.userId = admin.id;
    expect(await redirectOf(DashboardPage, {}, { q: "dupont", statut: "paid", apres: "abc" })).toBe("/admin/commandes?q=dupont&statut=paid&apres=abc");
    expect(await redirectOf(DashboardPage, {}, {})).toBeNull();
  });
});

describe("« Renvoyer » on the mailbox", () => {
  it("queues one new copy pointing at the original, recorded with the admin's name and in the order's timeline, once under a double click", async () => {
    const order = await insertOrder(db);
    const original = await queuedEmail("jeanne@example.fr", order.id);
    await db.update(emailOutbox).set({ status: "sent", sentAt: new Date() }).where(eq(emailOutbox.id, original.id));
    session.userId = admin.id;
    const fields = { emailId: String(original.id), requestKey: randomUUID(), confirm: "oui" };
    const [first, second] = await Promise.all([run(resendEmailAction, fields), run(resendEmailAction, fields)]);
    expect([first.status, second.status].sort()).toEqual(["error", "success"]);
    const copies = await db.select().from(emailOutbox).where(eq(emailOutbox.resentFromId, original.id));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ toAddress: "jeanne@example.fr", subject: "Votre commande", html: "<p>Bonjour</p>", status: "pending", orderId: order.id });
    expect(await db.select().from(adminActions)).toMatchObject([{ action: "email_resent", actorName: admin.name, target: `email:${original.id}` }]);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.type, "email_resent"));
    expect(events).toMatchObject([{ orderId: order.id, actorType: "admin", actorId: admin.id }]);
    const html = await renderPage(MailboxPage, {}, { id: String(original.id) });
    expect(textOf(html, "mail-resends")).toContain(`par ${admin.name}`);
  });

  it("refuses, and says why, a message whose links were masked after sending: a copy would carry dead links", async () => {
    const original = await queuedEmail();
    await db
      .update(emailOutbox)
      .set({ status: "sent", sentAt: new Date(), bodyRedactedAt: new Date(), html: `<a href="https://shop/paiement/${REDACTED_TOKEN}">Payer</a>` })
      .where(eq(emailOutbox.id, original.id));
    session.userId = admin.id;
    expect(await run(resendEmailAction, { emailId: String(original.id), requestKey: randomUUID(), confirm: "oui" })).toMatchObject({ status: "error", message: RESEND_MESSAGES.masked });
    expect(textOf(await renderPage(MailboxPage, {}, { id: String(original.id) }), "mail-resend-refused")).toBe(RESEND_MESSAGES.masked);
    expect((await db.select({ n: count() }).from(emailOutbox))[0]!.n).toBe(1);
  });

  it("filters the outbox by status", async () => {
    const sent = await queuedEmail("envoye@example.fr");
    await db.update(emailOutbox).set({ status: "sent" }).where(eq(emailOutbox.id, sent.id));
    await queuedEmail("attente@example.fr");
    session.userId = admin.id;
    const html = await renderPage(MailboxPage, {}, { statut: "sent" });
    expect(html).toContain("envoye@example.fr");
    expect(html).not.toContain("attente@example.fr");
  });
});

describe("admin accounts", () => {
  const PASSWORD = "une phrase de passe assez longue";

  it("an admin creates another with a password; disabling it ends its sessions and its sign-in; enabling brings them back", async () => {
    session.userId = admin.id;
    const created = await run(createAdminAction, { mode: "password", email: "Bob@Example.fr", name: "Bob Admin", password: PASSWORD, requestKey: randomUUID(), confirm: "oui" });
    expect(created).toMatchObject({ status: "success" });
    const [bob] = await db.select().from(users).where(eq(users.email, "bob@example.fr"));
    expect(bob).toMatchObject({ role: "admin", disabledAt: null });
    expect(await authenticate(db, { email: "bob@example.fr", password: PASSWORD }, null)).toMatchObject({ ok: true });

    session.userId = bob!.id;
    expect(await getCurrentUser()).toMatchObject({ id: bob!.id });
    session.userId = admin.id;
    expect(await run(setAdminDisabledAction, { userId: bob!.id, decision: "desactiver", requestKey: randomUUID(), confirm: "oui" })).toMatchObject({ status: "success" });
    expect(await authenticate(db, { email: "bob@example.fr", password: PASSWORD }, null)).toMatchObject({ ok: false, code: "CredentialsSignin" });
    session.userId = bob!.id;
    expect(await getCurrentUser()).toBeNull();
    expect(await run(setAdminDisabledAction, { userId: admin.id, decision: "desactiver", requestKey: randomUUID(), confirm: "oui" })).toMatchObject({ status: "error", message: ACTION_MESSAGES.adminOnly });

    session.userId = admin.id;
    expect(await run(setAdminDisabledAction, { userId: bob!.id, decision: "reactiver", requestKey: randomUUID(), confirm: "oui" })).toMatchObject({ status: "success" });
    expect(await authenticate(db, { email: "bob@example.fr", password: PASSWORD }, null)).toMatchObject({ ok: true });
    expect((await db.select().from(adminActions).orderBy(adminActions.id)).map((a) => [a.action, a.actorName])).toEqual([
      ["admin_created", admin.name],
      ["admin_disabled", admin.name],
      ["admin_enabled", admin.name],
    ]);
  });

  it("never disables oneself, and says why", async () => {
    session.userId = admin.id;
    expect(await run(setAdminDisabledAction, { userId: admin.id, decision: "desactiver", requestKey: randomUUID(), confirm: "oui" })).toMatchObject({ status: "error", message: ADMIN_ACCOUNT_MESSAGES.self });
    expect(textOf(await renderPage(AdminAccountsPage as never, {}, {}), "admin-accounts")).toContain(ADMIN_ACCOUNT_MESSAGES.self);
    expect((await db.select().from(users).where(eq(users.id, admin.id)))[0]!.disabledAt).toBeNull();
  });

  it("two admins disabling each other at once: one succeeds, the other is refused as the last active admin", async () => {
    const other = await insertUser(db, "admin", "autre@example.fr", "Autre Admin");
    const results = await Promise.all([
      setAdminDisabled({ userId: other.id, disable: true, requestKey: randomUUID(), admin: { id: admin.id, name: admin.name } }),
      setAdminDisabled({ userId: admin.id, disable: true, requestKey: randomUUID(), admin: { id: other.id, name: other.name } }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, message: ADMIN_ACCOUNT_MESSAGES.last }]);
    expect((await db.select({ n: count() }).from(users).where(sql`${users.role} = 'admin' and ${users.disabledAt} is null`))[0]!.n).toBe(1);
  });

  it("an invited admin gets a link that sets its first password", async () => {
    session.userId = admin.id;
    const key = randomUUID();
    const fields = { mode: "link", email: "carla@example.fr", name: "Carla Admin", requestKey: key, confirm: "oui" };
    const [first, second] = await Promise.all([run(createAdminAction, fields), run(createAdminAction, fields)]);
    expect([first.status, second.status].sort()).toEqual(["error", "success"]);
    expect([first, second].find((r) => r.status === "error")).toMatchObject({ message: ADMIN_ACCOUNT_MESSAGES.duplicate });
    expect(await run(createAdminAction, { ...fields, requestKey: randomUUID() })).toMatchObject({ status: "error", message: ADMIN_ACCOUNT_MESSAGES.emailTaken("carla@example.fr") });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.template, "admin-invitation"));
    expect(mail!.text).toContain(admin.name);
    const token = /[?&]t=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect(await resetPassword(db, { token, password: PASSWORD, confirmation: PASSWORD })).toEqual({ ok: true });
    expect(await authenticate(db, { email: "carla@example.fr", password: PASSWORD }, null)).toMatchObject({ ok: true });
    expect(await db.select({ n: count() }).from(users).where(eq(users.email, "carla@example.fr"))).toEqual([{ n: 1 }]);
  });
});
