import { inflateSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findPlacedOrderOfCart } from "@/lib/cart/cart";
import { getDb } from "@/lib/db/client";
import { carts, orders } from "@/lib/db/schema";
import { renderReceiptPdf } from "@/lib/documents/receipt-pdf";
import { loadReceipt, receiptOrder, type ReceiptView } from "@/lib/payments/receipt";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { placeOrderOfTwo } from "@/tests/support/checkout";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, startPayplugShop } from "@/tests/support/payplug-shop";

/*
 * The receipt carries the order (issue 10): the page's view and the PDF hold the items, the
 * totals with VAT per rate, the customer and the addresses, the shop's identity; card sentences
 * only where a card paid. And the checkout finds the order its cart became.
 */

let server: Awaited<ReturnType<typeof startPayplugShop>>;
beforeAll(async () => {
  server = await startPayplugShop();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await resetDatabase();
  await manualDeliveries();
});

/** The text pdf-lib draws (hex strings inside deflated content streams), decoded. */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) out.push(Buffer.from(hex[1]!, "hex").toString("latin1"));
  }
  return out.join("\n");
}

async function paidCardReceipt() {
  const db = await getDb();
  const placed = await placeOrderOfTwo(db, "card");
  const started = await startOnlinePayment(placed.paymentId);
  if (!started.ok) throw new Error("not started");
  await payOnHostedPage(payplugIdFromUrl(started.redirectUrl));
  await deliver();
  return { ...placed, receipt: (await loadReceipt(placed.orderId))! };
}

describe("the receipt carries the order", () => {
  it("items, quantities, shipping, VAT per rate adding up to the total, customer, addresses and the seller", async () => {
    const { receipt } = await paidCardReceipt();
    expect(receipt.result).toBe("accepted");
    const o = receipt.order;
    expect(o.lines).toEqual([{ name: "Bougie au miel", quantity: 2, unitPriceCents: 1250, lineTotalCents: 2500, vatRateBp: 2000 }]);
    expect(o.customerName).toBe("Jeanne Martin");
    expect(o.shippingAddress.city).toBe("Paris");
    expect(o.itemsCents + o.shippingCents).toBe(o.totalCents);
    expect(o.netCents + o.vatCents).toBe(o.totalCents);
    expect(o.vatRates.reduce((sum, v) => sum + v.totalCents, 0)).toBe(o.totalCents);
    expect(receipt.seller.siret).toBeTruthy();
    expect(receipt.paidByCard).toBe(true);
  });

  it("the PDF is one A4 page holding the items, the totals, the customer and the card sentence of a card ticket", async () => {
    const { receipt } = await paidCardReceipt();
    const pdf = await renderReceiptPdf(receipt);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const text = pdfText(pdf);
    for (const expected of ["Bougie au miel (TVA 20 %)", "Total TTC", "Jeanne Martin", "1 rue de la Paix", "TRANSACTION ACCEPTÉE", receipt.reference, "4 derniers chiffres"]) {
      expect(text).toContain(expected);
    }
  });

  it("no card sentence on a ticket without a card (PayPal account), and forty lines still make one page", async () => {
    const { receipt } = await paidCardReceipt();
    const line = receipt.order.lines[0]!;
    const paypal: ReceiptView = {
      ...receipt,
      methodLabel: "PayPal",
      card: null,
      cardLast4: null,
      threeDSecure: null,
      paidByCard: false,
      order: { ...receipt.order, lines: Array.from({ length: 40 }, (_, i) => ({ ...line, name: `Article n° ${i + 1}` })) },
    };
    const pdf = await renderReceiptPdf(paypal);
    const text = pdfText(pdf);
    expect(text).not.toContain("4 derniers chiffres");
    expect(text).toContain("Article n° 1 ");
    // What does not fit is counted, never dropped silently nor pushed onto a second page.
    expect(text).toMatch(/et \d+ autres articles|Article n° 40/);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });

  it("shipping is taxed at its own rate: two rates, each with its HT and VAT", () => {
    const order = { shippingCents: 590, itemsCents: 2000, totalCents: 2590, createdAt: new Date(), email: "a@b.fr", billingAddress: { firstName: "A", lastName: "B" }, shippingAddress: {} } as unknown as typeof orders.$inferSelect;
    const lines = [{ name: "Miel", quantity: 2, unitPriceCents: 1000, lineTotalCents: 2000, vatRateBp: 550 }] as unknown as Parameters<typeof receiptOrder>[1];
    const o = receiptOrder(order, lines, 2000);
    expect(o.vatRates.map((v) => [v.vatRateBp, v.totalCents, v.vatCents])).toEqual([
      [550, 2000, 104],
      [2000, 590, 98],
    ]);
    expect(o.vatCents).toBe(202);
    expect(o.netCents).toBe(2388);
  });
});

describe("the checkout finds the order its cart became", () => {
  it("the cart remembers its order; a cart that ordered nothing has none", async () => {
    const db = await getDb();
    const { orderId } = await placeOrderOfTwo(db, "card");
    const [cart] = await db.select().from(carts).where(eq(carts.placedOrderId, orderId));
    expect((await findPlacedOrderOfCart(db, cart!.id))?.order.id).toBe(orderId);
    expect((await findPlacedOrderOfCart(db, cart!.id))?.lines).toHaveLength(1);
    const [other] = await db.insert(carts).values({ tokenHash: "x".repeat(64) }).returning();
    expect(await findPlacedOrderOfCart(db, other!.id)).toBeNull();
    expect(await findPlacedOrderOfCart(db, null)).toBeNull();
  });
});
