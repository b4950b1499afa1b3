import { expect, test } from "@playwright/test";
import { confirmSms, payOnHostedPage } from "./support/payplug";
import { ACCOUNTS, JEANNE, addToCart, eur, fillCheckout, placeOrder, signIn } from "./support/shop";

test("an admin finds a card order by the buyer's name, refunds part of it, sees it in the timeline, and exports the list as CSV", async ({ page, browser }) => {
  const buyer = { ...JEANNE, lastName: "Remboursée", email: "rembourse.partiel@example.fr" };
  await addToCart(page, "serum-vitamine-c", 1);
  await fillCheckout(page, buyer, "card");
  await placeOrder(page);
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/, { timeout: 20_000 });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/commandes");
  await admin.getByLabel("Rechercher", { exact: true }).fill("rembours");
  await admin.getByRole("button", { name: "Rechercher" }).click();
  const table = admin.getByTestId("admin-orders");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText("Jeanne Remboursée");

  // The export of that filter: one order, French conventions.
  const download = admin.waitForEvent("download");
  await admin.getByTestId("orders-export").click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.subarray(3).toString("utf8").trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^CA-[A-Z0-9]+;\d\d\/\d\d\/\d{4};\d\d:\d\d;Jeanne Remboursée;;rembourse\.partiel@example\.fr;Invité;Carte;Payée;\d+,\d\d;/);

  await table.getByRole("link", { name: /^CA-/ }).click();
  await admin.getByLabel("Montant à rembourser (€)").fill("5,00");
  await admin.getByLabel(/Je confirme ce remboursement/).check();
  await admin.getByRole("button", { name: "Rembourser" }).click();
  await expect(admin.getByText(eur("Remboursement de 5,00 € effectué par PayPlug."))).toBeVisible({ timeout: 20_000 });
  await admin.reload();
  await expect(admin.getByTestId("admin-order-status")).toHaveText("Partiellement remboursée");
  await expect(admin.getByTestId("admin-timeline")).toContainText(eur("Remboursement 5,00 € demandé à PayPlug par"));
  await expect(admin.getByTestId("admin-timeline")).toContainText(eur("Remboursement 5,00 € enregistré"));
  await adminContext.close();
});

test("on a phone the orders list is one card per order, status and amounts visible", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const admin = await context.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/commandes");
  await expect(admin.getByTestId("admin-orders")).toBeHidden();
  const cards = admin.getByTestId("admin-order-cards").getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  await expect(cards.first()).toContainText("Total");
  await expect(cards.first()).toContainText("Reçu");
  await expect(admin.getByTestId("status-counts")).toBeVisible();
  await context.close();
});
