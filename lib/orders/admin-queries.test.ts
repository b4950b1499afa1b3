import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { recordTransfer } from "@/lib/use-cases/record-offline-payment";
import { listOrdersOfUser } from "@/lib/orders/customer-queries";
import { mailStatusLabel } from "@/lib/mail/mailbox";
import { getOrderForAdmin, listOrdersForAdmin, orderListQuery } from "./admin-queries";

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

describe("listOrdersForAdmin", () => {
  it("filters by status and searches the reference or e-mail, case-insensitively, with % taken literally", async () => {
    const a = await insertOrder(db, { status: "awaiting_transfer", email: "alice@example.fr" });
    await insertOrder(db, { status: "awaiting_cheque", email: "bob@example.fr" });
    await insertOrder(db, { status: "paid", email: "carla@example.fr" });
    expect((await listOrdersForAdmin(db, {})).total).toBe(3);
    expect((await listOrdersForAdmin(db, { statut: "awaiting_cheque" })).rows.map((r) => r.email)).toEqual(["bob@example.fr"]);
    expect((await listOrdersForAdmin(db, { q: "ALICE" })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listOrdersForAdmin(db, { q: a.reference.slice(3).toLowerCase() })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listOrdersForAdmin(db, { q: "%" })).total).toBe(0);
  });

  it("parses a hostile query string leniently", () => {
    expect(orderListQuery.parse({ statut: "nope", q: "  CA-1 ", page: "-3" })).toEqual({ statut: undefined, q: "CA-1", page: undefined });
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
