import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import { formatEur } from "@/lib/shared/money";
import { cashCheque, recordCheque } from "@/lib/use-cases/record-offline-payment";
import AdminOrderPage from "@/app/admin/commandes/[reference]/page";
import { insertOrder, insertUser } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { renderPage, textOf } from "@/tests/support/render-page";

/*
 * The admin order page once a cheque is in hand (received, not cashed): it must read what is
 * true (« Chèque reçu le …, à encaisser ») and offer only what makes sense (cash it, or say it
 * bounced) — never « Chèque attendu », « Reçu 0,00 € », another « Chèque reçu » form, a payment
 * link or « Annuler »: each an invitation to collect twice.
 */

vi.mock("@/lib/auth/session", () => {
  const admin = { id: "00000000-0000-4000-8000-000000000001", email: "admin@example.fr", name: "Admin", role: "admin", proStatus: null, net30Allowed: false };
  return { requireRole: () => Promise.resolve(admin), getCurrentUser: () => Promise.resolve(admin), currentUserWithRole: () => Promise.resolve(admin) };
});

let db: Db;
beforeEach(async () => {
  db = await resetDatabase();
});

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/[ \t\r\n]+/g, " ");

async function chequeOrder(totalCents: number) {
  const order = await insertOrder(db, { status: "awaiting_cheque", totalCents });
  await db.update(orders).set({ paymentMethod: "cheque" }).where(eq(orders.id, order.id));
  return order;
}

describe("the admin order page with a cheque in hand", () => {
  it("a cheque covering the order: « à encaisser », only cash / bounced offered", async () => {
    const admin = await insertUser(db, "admin");
    const order = await chequeOrder(4200);
    const before = text(await renderPage(AdminOrderPage, { reference: order.reference }, {}));
    // Before: the cheque is expected, and the page offers to record it.
    expect(before).toContain("Chèque attendu");
    expect(before).toContain("Enregistrer le chèque");

    expect(await recordCheque(db, admin, { orderId: order.id, amountCents: 4200, chequeNumber: "1234567", receivedOn: "2026-01-15" })).toMatchObject({ ok: true });
    const html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    const page = text(html);
    expect(textOf(html, "admin-order-status")).toBe("Chèque reçu, à encaisser");
    expect(textOf(html, "admin-next-step")).toBe(`Chèque reçu le 15/01/2026, à encaisser : ${formatEur(4200)}`);
    expect(page).not.toContain("Chèque attendu");
    expect(page).not.toMatch(/Reçu 0,00/);
    expect(page).toContain(`Chèques à encaisser ${formatEur(4200)}`);
    expect(page).not.toContain("Enregistrer le chèque");
    expect(page).not.toContain("Enregistrer le virement");
    expect(page).not.toContain("Lien de paiement sécurisé");
    expect(page).not.toContain("Annuler la commande");
    expect(page).toContain("Chèque n° 1234567");

    // Cashed: paid, nothing more to do about money.
    const [cheque] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(await cashCheque(db, admin, { paymentId: cheque!.id })).toMatchObject({ ok: true });
    const paid = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(paid, "admin-order-status")).toBe("Payée");
    expect(textOf(paid, "admin-next-step")).toBe("Payée : prête à expédier");
    expect(paid).toContain('data-testid="ship-form"');
  });

  it("a cheque for part of it: says what remains, and still lets the rest be recorded", async () => {
    const admin = await insertUser(db, "admin");
    const order = await chequeOrder(5000);
    await recordCheque(db, admin, { orderId: order.id, amountCents: 3760, chequeNumber: "42", receivedOn: "2026-01-15" });
    const html = await renderPage(AdminOrderPage, { reference: order.reference }, {});
    expect(textOf(html, "admin-order-status")).toBe("Chèque attendu");
    expect(textOf(html, "admin-next-step")).toBe(`Chèque reçu le 15/01/2026, à encaisser : ${formatEur(3760)} — reste à recevoir ${formatEur(1240)}`);
    const page = text(html);
    expect(page).toContain("Enregistrer le chèque");
    expect(page).not.toContain("Annuler la commande");
  });
});
