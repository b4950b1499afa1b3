import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import OrderPage from "@/app/(shop)/commandes/[reference]/page";
import ReceiptPage from "@/app/(shop)/commandes/[reference]/recu/page";
import PaymentReturnPage from "@/app/(shop)/commandes/[reference]/retour/page";
import { addToCart, createCart, loadPricedCart } from "@/lib/cart/cart";
import { getDb } from "@/lib/db/client";
import { emailOutbox, orders, products } from "@/lib/db/schema";
import { env } from "@/lib/shared/env";
import { findAccessibleOrder } from "@/lib/orders/access";
import { createOrder } from "@/lib/use-cases/place-order";
import { payplugClient } from "@/lib/providers/payplug/client";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { resetDatabase } from "@/tests/support/db";
import { deliver, manualDeliveries, payOnHostedPage, payplugIdFromUrl, readOrder, startPayplugShop } from "@/tests/support/payplug-shop";
import { hrefsOf, redirectOf, renderPage, textOf } from "@/tests/support/render-page";

/*
 * A guest pays by card (PayPlug emulator over real HTTP). The only links they ever get carry the
 * order's signed link token (return URL, confirmation e-mail, receipt): each of them must open the
 * order page, and every link on those pages must keep the token.
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

const shipping = { firstName: "Jeanne", lastName: "Martin", line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" };
const billing = { firstName: "Jeanne", lastName: "Martin", company: "Atelier Martin", line1: "8 quai Saint-Antoine", postalCode: "69002", city: "Lyon", country: "FR" };
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

/** Checkout as a guest with "Carte bancaire" (2 × 12,50 € + 5,90 € shipping), then the hosted page. */
async function guestPaysByCard() {
  const db = await getDb();
  const [product] = await db.insert(products).values({ slug: "savon-lavande", name: "Savon à la lavande", description: "…", priceCents: 1250, stock: 50 }).returning();
  const cart = await createCart(db);
  await addToCart(db, { token: cart.token, productId: product!.id, quantity: 2 });
  const priced = await loadPricedCart(db, cart.id);
  const result = await createOrder(db, {
    cartId: cart.id,
    expectedVersion: priced.version,
    email: "jeanne@example.fr",
    phone: "+33612345678",
    billingAddress: billing,
    shippingAddress: shipping,
    paymentMethod: "card",
    user: null,
  });
  if (!result.ok) throw new Error(result.message);
  const started = await startOnlinePayment(result.order.paymentId);
  if (!started.ok) throw new Error(started.message);
  const payplugId = payplugIdFromUrl(started.redirectUrl);
  const back = await payOnHostedPage(payplugId);
  return { placed: result.order, payplugId, back };
}

async function mailsOf(orderId: string) {
  return (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.orderId, orderId));
}

const linkToken = (url: string) => new URL(url, env.appUrl).searchParams.get("t");

describe("a guest who paid by card", () => {
  it("reaches the order page from the return URL, the e-mail and the receipt, the token kept in every link", async () => {
    const { placed, back } = await guestPaysByCard();
    expect(await deliver()).toEqual([200]);
    const ref = placed.reference;

    // The provider's return URL → the receipt, with the same token.
    const returnUrl = new URL(back.redirectTo, env.appUrl);
    const token = returnUrl.searchParams.get("t")!;
    expect(token).toBeTruthy();
    expect(token).not.toBe(placed.accessToken); // the guest never saw the checkout's token
    expect(await redirectOf(PaymentReturnPage, { reference: ref }, { t: token })).toBe(`/commandes/${ref}/recu?t=${encodeURIComponent(token)}`);

    // The confirmation e-mail links to both pages with that token.
    const [mail] = await mailsOf(placed.orderId);
    expect(mail!.text).toContain(`${env.appUrl}/commandes/${ref}/recu?t=${encodeURIComponent(token)}`);
    expect(mail!.text).toContain(`${env.appUrl}/commandes/${ref}?t=${encodeURIComponent(token)}`);

    // The receipt links to the order page (and its PDF) with the token.
    const receipt = await renderPage(ReceiptPage, { reference: ref }, { t: token });
    expect(textOf(receipt, "receipt-result")).toBe("Transaction acceptée");
    expect(hrefsOf(receipt, "receipt-pdf")).toEqual([`/commandes/${ref}/recu/pdf?t=${encodeURIComponent(token)}`]);
    const [orderHref] = hrefsOf(receipt, "receipt-order-link");
    expect(orderHref).toBe(`/commandes/${ref}?t=${encodeURIComponent(token)}`);

    // The order page opens with it, and has ONE way back to the receipt, token kept.
    const orderPage = await renderPage(OrderPage, { reference: ref }, { t: linkToken(orderHref!)! });
    expect(textOf(orderPage, "order-reference")).toBe(ref);
    expect(textOf(orderPage, "order-status")).toBe("Payée");
    expect(hrefsOf(orderPage, "order-receipt-link")).toEqual([`/commandes/${ref}/recu?t=${encodeURIComponent(token)}`]);
    expect(orderPage).toContain('data-testid="order-history"');

    // The checkout's own token still opens it; a forged one does not.
    expect(await findAccessibleOrder(await getDb(), ref, { token: placed.accessToken, user: null })).not.toBeNull();
    expect(await findAccessibleOrder(await getDb(), ref, { token: `${token.slice(0, -2)}xx`, user: null })).toBeNull();
  });

  it("gets exactly one confirmation, with the whole order, even from 20 concurrent copies of the notification", async () => {
    const { placed, payplugId } = await guestPaysByCard();
    const { data } = await payplugClient().payments.retrieve(payplugId);
    const body = JSON.stringify(data);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(`${server.url}/api/ipn/payplug`, { method: "POST", headers: { "content-type": "application/json" }, body })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(await deliver()).toEqual([200]);
    expect((await readOrder(placed.orderId)).status).toBe("paid");

    // Nothing was sent when the order was placed (online method), one e-mail when it was paid.
    const mails = await mailsOf(placed.orderId);
    expect(mails.map((m) => m.template)).toEqual(["order-confirmation-paid"]);
    const mail = mails[0]!;
    const text = plain(mail.text);
    const ref = placed.reference;
    expect(mail.toAddress).toBe("jeanne@example.fr");
    // Paid through the emulator, i.e. PayPlug's test store: the mark no parcel-packer can miss.
    expect(mail.subject).toBe(`[TEST — ne pas expédier] Commande ${ref} confirmée – paiement accepté`);
    // Items and totals (VAT included and shown).
    expect(text).toContain("Savon à la lavande × 2 : 25,00 €");
    expect(text).toContain("Sous-total : 25,00 €");
    expect(text).toContain("Livraison : 5,90 €");
    expect(text).toMatch(/Total TTC : 30,90 € \(dont TVA \d+,\d{2} €\)/);
    // The payment, as on the receipt.
    expect(text).toContain("Carte : Visa •••• 4242");
    expect(text).toContain(`N° de transaction : ${payplugId}`);
    expect(text).toContain("Résultat : Transaction acceptée");
    // Both addresses.
    expect(text).toMatch(/Adresse de livraison :\n {2}Jeanne Martin\n {2}1 rue de la Paix\n {2}75002 Paris\n {2}France/);
    expect(text).toMatch(/Adresse de facturation :\n {2}Jeanne Martin\n {2}Atelier Martin\n {2}8 quai Saint-Antoine\n {2}69002 Lyon\n {2}France/);
    // Links to the receipt and the order, with the signed token.
    expect(text).toMatch(new RegExp(`${env.appUrl}/commandes/${ref}/recu\\?t=[0-9a-z]+\\.[A-Za-z0-9_-]{43}`));
    expect(text).toMatch(new RegExp(`${env.appUrl}/commandes/${ref}\\?t=[0-9a-z]+\\.[A-Za-z0-9_-]{43}`));
    expect(mail.html).toContain("Voir mon ticket de paiement");
    expect(mail.html).toContain("Suivre ma commande");
    // Legal mentions and the seller's identity, in both parts.
    expect(text).toContain(`Conditions générales de vente : ${env.appUrl}/cgv`);
    expect(text).toContain("droit de rétractation");
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(env.merchant.legalName);
      expect(part).toContain(`SIRET ${env.merchant.siret}`);
      expect(part).toContain(`TVA ${env.merchant.vatNumber}`);
    }
  });

  it("money for an order cancelled meanwhile: flagged for a refund, no 'paiement accepté' to the customer", async () => {
    const db = await getDb();
    const { placed } = await guestPaysByCard();
    await db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, placed.orderId));
    expect(await deliver()).toEqual([200]);
    const order = await readOrder(placed.orderId);
    expect(order.status).toBe("cancelled");
    expect(order.flag).toMatch(/à rembourser/);
    expect(await mailsOf(placed.orderId)).toHaveLength(0);
  });
});
