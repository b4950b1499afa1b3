import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { listOrdersOfUser } from "@/lib/orders/customer-queries";
import { mailStatusLabel } from "@/lib/mail/mailbox";
import { eq, sql } from "drizzle-orm";
import { invoices, orders, payments } from "@/lib/db/schema";
import { countOrdersByStatus, getOrderForAdmin, listOrdersForAdmin, PAGE_SIZE } from "./admin-queries";
import { encodeCursor, orderListParams, parseOrderListQuery } from "./order-list-query";

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

const list = (raw: Record<string, string> = {}) => {
  const { query, problems } = parseOrderListQuery(raw);
  expect(problems).toEqual([]);
  return query;
};
const refs = async (raw: Record<string, string> = {}) => (await listOrdersForAdmin(db, list(raw))).rows.map((r) => r.reference);

async function setCreated(id: string, at: string) {
  await db.update(orders).set({ createdAt: new Date(at) }).where(eq(orders.id, id));
}

describe("listOrdersForAdmin: search and filters", () => {
  it("finds an order by a piece of its reference, e-mail, name or company, and exactly by provider id, transaction id or invoice number", async () => {
    const a = await insertOrder(db, { email: "alice@example.fr" });
    const b = await insertOrder(db, { email: "bob@example.fr" });
    const c = await insertOrder(db, { email: "carla@example.fr" });
    await db
      .update(orders)
      .set({ billingAddress: { firstName: "Bérénice", lastName: "Dupont-Lajoie", company: "Menuiserie Arnaud SARL", line1: "1 rue", postalCode: "69001", city: "Lyon", country: "FR" } })
      .where(eq(orders.id, b.id));
    await db.insert(payments).values({ orderId: c.id, method: "card", provider: "payplug", providerRef: "pay_5iHMDxy4ABR4YBVW4UscIn", transactionId: "TXN-ABCDEF", amountCents: 5000 });
    await db.insert(invoices).values({ kind: "invoice", number: "F-2026-000042", year: 2026, sequence: 42, orderId: a.id, issueDate: "2026-11-02", totalCents: 5000, netCents: 4167, vatCents: 833, document: {} });

    expect(await refs({ q: "ALICE@" })).toEqual([a.reference]);
    expect(await refs({ q: a.reference.slice(3).toLowerCase() })).toEqual([a.reference]);
    expect(await refs({ q: "dupont-laj" })).toEqual([b.reference]);
    expect(await refs({ q: "menuiserie arnaud" })).toEqual([b.reference]);
    expect(await refs({ q: "pay_5iHMDxy4ABR4YBVW4UscIn" })).toEqual([c.reference]);
    expect(await refs({ q: "TXN-ABCDEF" })).toEqual([c.reference]);
    expect(await refs({ q: "f-2026-000042" })).toEqual([a.reference]);
    expect(await refs({ q: "F-2026-000043" })).toEqual([]);
    // LIKE's wildcards are taken literally.
    expect(await refs({ q: "%%%" })).toEqual([]);
    expect(await refs({ q: "a_i" })).toEqual([]);
  });

  it("filters by status, method, period (Paris days), amount, buyer kind and flag", async () => {
    const pro = await insertUser(db, "pro");
    const customer = await insertUser(db, "customer");
    const guest = await insertOrder(db, { status: "awaiting_transfer", totalCents: 1250 });
    const mine = await insertOrder(db, { status: "awaiting_cheque", totalCents: 9900, userId: customer.id });
    const theirs = await insertOrder(db, { status: "paid", totalCents: 20000, userId: pro.id });
    await db.update(orders).set({ flag: "Montant différent" }).where(eq(orders.id, theirs.id));
    // 23:30 in Paris on 1 March is 22:30 UTC: still the 1st for the shop.
    await setCreated(guest.id, "2026-03-01T22:30:00Z");
    await setCreated(mine.id, "2026-03-01T23:30:00Z");
    await setCreated(theirs.id, "2026-03-05T10:00:00Z");

    expect(await refs({ statut: "awaiting_cheque" })).toEqual([mine.reference]);
    expect(await refs({ moyen: "cheque" })).toEqual([mine.reference]);
    expect(await refs({ du: "2026-03-01", au: "2026-03-01" })).toEqual([guest.reference]);
    expect(await refs({ du: "2026-03-02" })).toEqual([theirs.reference, mine.reference]);
    expect(await refs({ min: "12,50", max: "99" })).toEqual([mine.reference, guest.reference]);
    expect(await refs({ min: "12,51" })).toEqual([theirs.reference, mine.reference]);
    expect(await refs({ client: "invite" })).toEqual([guest.reference]);
    expect(await refs({ client: "client" })).toEqual([mine.reference]);
    expect(await refs({ client: "pro" })).toEqual([theirs.reference]);
    expect(await refs({ signale: "1" })).toEqual([theirs.reference]);
    expect(await refs({ tri: "montant-asc" })).toEqual([guest.reference, mine.reference, theirs.reference]);
    expect(await refs({ tri: "ancien" })).toEqual([guest.reference, mine.reference, theirs.reference]);
  });

  it("counts each status under the other filters, exactly below the limit", async () => {
    await insertOrder(db, { status: "awaiting_transfer", totalCents: 1000 });
    await insertOrder(db, { status: "awaiting_transfer", totalCents: 3000 });
    await insertOrder(db, { status: "paid", totalCents: 3000 });
    const counts = await countOrdersByStatus(db, list({ min: "20", statut: "paid" }));
    expect(counts.filter((c) => c.count > 0)).toEqual([
      { status: "awaiting_transfer", count: 1, estimated: false },
      { status: "paid", count: 1, estimated: false },
    ]);
  });
});

describe("listOrdersForAdmin: keyset pages", () => {
  async function seed(n: number) {
    const made = [];
    for (let i = 0; i < n; i++) made.push(await insertOrder(db, { totalCents: 1000 + (i % 7) * 100 }));
    // Several orders share a timestamp to the microsecond, as a burst of checkouts can: the id breaks the tie.
    await db.execute(sql`update orders set created_at = timestamptz '2026-06-01 12:00:00.123456+00' - ((extract(epoch from created_at)::bigint % 3) * interval '1 microsecond')`);
    return made;
  }

  async function walk(raw: Record<string, string>) {
    const seen: string[] = [];
    let query = list(raw);
    for (;;) {
      const page = await listOrdersForAdmin(db, query);
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) return { seen, last: page };
      query = { ...query, apres: page.next, avant: undefined };
    }
  }

  it("walks every order exactly once, forward and back, by date and by amount, ties included", async () => {
    const made = await seed(PAGE_SIZE * 2 + 7);
    for (const tri of ["recent", "ancien", "montant-desc", "montant-asc"]) {
      const { seen, last } = await walk({ tri });
      expect(seen).toHaveLength(made.length);
      expect(new Set(seen).size).toBe(made.length);
      expect(last.rows).toHaveLength(7);
      // Back from the last page: the page before it, in the same order as going forward.
      const back = await listOrdersForAdmin(db, { ...list({ tri }), avant: last.previous! });
      expect(back.rows.map((r) => r.id)).toEqual(seen.slice(PAGE_SIZE, PAGE_SIZE * 2));
      expect(back.next).not.toBeNull();
    }
    const first = await listOrdersForAdmin(db, list());
    expect(first.previous).toBeNull();
  });

  it("does not shift while new orders arrive: the next page continues where the last one stopped", async () => {
    await seed(PAGE_SIZE + 10);
    const first = await listOrdersForAdmin(db, list());
    for (let i = 0; i < 5; i++) await insertOrder(db, {});
    const second = await listOrdersForAdmin(db, { ...list(), apres: first.next! });
    expect(second.rows).toHaveLength(10);
    expect(second.rows.some((r) => first.rows.some((f) => f.id === r.id))).toBe(false);
  });

  it("jumps to a day: the first page starts with that day's last order", async () => {
    const [a, b, c] = [await insertOrder(db, {}), await insertOrder(db, {}), await insertOrder(db, {})];
    await setCreated(a.id, "2026-02-10T09:00:00Z");
    await setCreated(b.id, "2026-02-11T09:00:00Z");
    await setCreated(c.id, "2026-02-12T09:00:00Z");
    const page = await listOrdersForAdmin(db, list({ date: "2026-02-11" }));
    expect(page.rows.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(page.previous).not.toBeNull();
    const back = await listOrdersForAdmin(db, { ...list(), avant: page.previous! });
    expect(back.rows.map((r) => r.id)).toEqual([c.id]);
    expect((await listOrdersForAdmin(db, list({ date: "2026-02-11", tri: "ancien" }))).rows.map((r) => r.id)).toEqual([b.id, c.id]);
  });
});

describe("parseOrderListQuery", () => {
  it("ignores what does not parse and says why, in French", () => {
    const { query, problems } = parseOrderListQuery({ statut: "nope", q: " CA ", min: "douze", du: "2026-13-45", tri: "zzz", apres: "garbage" });
    expect(query).toEqual({ tri: "recent" });
    expect(problems).toEqual([
      "Recherche ignorée : tapez au moins 3 caractères.",
      "Date de début ignorée : « 2026-13-45 » n'est pas une date.",
      "Montant minimum ignoré : « douze » n'est pas un montant (par exemple 12,50).",
    ]);
    expect(parseOrderListQuery({ min: "50", max: "10" }).problems).toEqual(["Montants ignorés : le minimum dépasse le maximum."]);
  });

  it("round-trips the filters into links, and a cursor only for its sort", () => {
    const { query } = parseOrderListQuery({ q: "dupont", moyen: "card", client: "pro", signale: "1", min: "12,5", tri: "montant-asc" });
    expect(orderListParams(query).toString()).toBe("q=dupont&moyen=card&client=pro&signale=1&min=12%2C50&tri=montant-asc");
    const cursor = encodeCursor({ key: "2026-06-01 12:00:00.123456+00", id: "0b8f5a52-3d3e-4a43-9c1f-2f1c7a1e4d10" });
    expect(parseOrderListQuery({ apres: cursor }).query.apres?.key).toBe("2026-06-01 12:00:00.123456+00");
    expect(parseOrderListQuery({ apres: cursor, tri: "montant-asc" }).query.apres).toBeUndefined();
  });
});

describe("getOrderForAdmin", () => {
  it("returns lines, payments, events with the names of who did what, and what is missing", async () => {
    const admin = await insertUser(db, "admin");
    const order = await insertOrder(db, { totalCents: 5000 });
    await recordTransfer(db, admin, { orderId: order.id, amountCents: 1250, bankReference: "R1", receivedOn: "2026-01-15" });
    const detail = await getOrderForAdmin(db, order.reference);
    expect(detail).toMatchObject({ outstandingCents: 3750, overpaidCents: 0 });
    expect(detail!.payments).toHaveLength(1);
    expect(detail!.events.map((e) => e.type)).toEqual(["transfer_recorded"]);
    expect(detail!.names.get(admin.id)).toBe("Alice Admin");
    expect(await getOrderForAdmin(db, "CA-NOPE")).toBeNull();
  });
});

describe("account and mailbox helpers", () => {
  it("lists only the signed-in customer's orders", async () => {
    const me = await insertUser(db, "customer");
    const other = await insertUser(db, "customer");
    const mine = await insertOrder(db, { userId: me.id });
    await insertOrder(db, { userId: other.id });
    await insertOrder(db, {});
    expect((await listOrdersOfUser(db, me.id)).map((o) => o.reference)).toEqual([mine.reference]);
  });

  it("labels messages that cannot leave without SMTP", () => {
    expect(mailStatusLabel("pending", false).label).toBe("Non envoyé (pas de SMTP) — lisible ici");
    expect(mailStatusLabel("pending", true).label).toBe("En attente d'envoi");
    expect(mailStatusLabel("sent", false).label).toBe("Envoyé");
    expect(mailStatusLabel("failed", true).label).toBe("Échec d'envoi");
  });
});
