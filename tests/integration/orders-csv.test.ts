import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { parseOrderListQuery } from "@/lib/orders/order-list-query";
import { csvField, ordersCsvStream } from "@/lib/use-cases/export-orders-csv";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";

/*
 * The CSV export of the orders list: French spreadsheet conventions, the list's filter, every
 * order once across batches, and only for an admin.
 */

type Who = { id: string; role: "admin" | "customer" | "pro"; secondFactorEnabled: boolean } | null;
const session = vi.hoisted(() => ({ user: null as Who }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: () => Promise.resolve(session.user),
}));
const { GET } = await import("@/app/admin/commandes/export/route");

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
  session.user = null;
});

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const query = (raw: Record<string, string> = {}) => parseOrderListQuery(raw).query;

describe("ordersCsvStream", () => {
  it("writes UTF-8 with a BOM, `;` separators, 12,50 amounts, 03/12/2026 dates, quoted fields where needed", async () => {
    const order = await insertOrder(db, { totalCents: 1250, status: "paid" });
    await db
      .update(orders)
      .set({
        createdAt: new Date("2026-12-03T08:05:00Z"),
        vatCents: 208,
        paidCents: 1250,
        billingAddress: { firstName: "Zoé", lastName: "L'Hôte", company: 'Atelier "Bois; Fer"', line1: "1 rue", postalCode: "75001", city: "Paris", country: "FR" },
      })
      .where(eq(orders.id, order.id));
    const bytes = await bytesOf(ordersCsvStream(db, query()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("Référence;Date;Heure;Client;Société;E-mail;Acheteur;Moyen de paiement;Statut;Total TTC;dont TVA;Reçu;Remboursé;À vérifier");
    expect(lines[1]).toBe(`${order.reference};03/12/2026;09:05;Zoé L'Hôte;"Atelier ""Bois; Fer""";jeanne@example.fr;Invité;Virement;Payée;12,50;2,08;12,50;0,00;`);
    expect(lines[2]).toBe("");
    expect(lines).toHaveLength(3);
  });

  it("exports the list's filter (status included), every order exactly once across batches, in the list's order", async () => {
    const pro = await insertUser(db, "pro");
    for (let i = 0; i < 23; i++) await insertOrder(db, { status: "paid", userId: i % 2 ? pro.id : null, totalCents: 1000 + i });
    await insertOrder(db, { status: "awaiting_transfer" });
    const text = (await bytesOf(ordersCsvStream(db, query({ statut: "paid", tri: "montant-asc" }), 5))).toString("utf8");
    const body = text.split("\r\n").slice(1, -1);
    expect(body).toHaveLength(23);
    expect(body.map((l) => l.split(";")[9])).toEqual(Array.from({ length: 23 }, (_, i) => `10,${String(i).padStart(2, "0")}`));
    const pros = (await bytesOf(ordersCsvStream(db, query({ client: "pro" }), 5))).toString("utf8").split("\r\n").slice(1, -1);
    expect(pros).toHaveLength(11);
    expect(pros.every((l) => l.includes(";Professionnel;"))).toBe(true);
  });

  it("defuses what a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("+33 6")).toBe("'+33 6");
    expect(csvField("@foo")).toBe("'@foo");
    expect(csvField("Dupont")).toBe("Dupont");
  });
});

describe("GET /admin/commandes/export", () => {
  const request = (qs = "") => new Request(`http://127.0.0.1/admin/commandes/export${qs}`);

  it.each([
    ["signed out", null],
    ["a customer", { id: "00000000-0000-4000-8000-000000000002", role: "customer", secondFactorEnabled: false }],
    ["a professional", { id: "00000000-0000-4000-8000-000000000003", role: "pro", secondFactorEnabled: false }],
  ] as const)("answers 404 to %s, with no order in the body", async (_who, user) => {
    await insertOrder(db, {});
    session.user = user;
    const response = await GET(request());
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("CA-");
  });

  it("streams the filtered orders to an admin as a CSV download", async () => {
    const wanted = await insertOrder(db, { email: "zoe@exemple.fr" });
    await insertOrder(db, { email: "autre@exemple.fr" });
    session.user = { id: "00000000-0000-4000-8000-000000000001", role: "admin", secondFactorEnabled: true };
    const response = await GET(request("?q=zoe%40"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="commandes-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = Buffer.from(await response.arrayBuffer()).subarray(3).toString("utf8").split("\r\n");
    expect(lines.slice(1, -1).map((l) => l.split(";")[0])).toEqual([wanted.reference]);
  });
});
