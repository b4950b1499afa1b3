import { expect, test } from "@playwright/test";
import { applyAsPro, approvePro, newCompany } from "./support/pro";
import { ACCOUNTS, addToCart, eur, fillCheckout, placeOrder, signIn } from "./support/shop";

/*
 * Paying in 3 cheques (issue 9): a company allowed instalments by cheques orders in 3 cheques at
 * checkout and finds the schedule with the instructions on its order page and in its portal; the
 * admin moves a deposit date, records the three cheques one by one (the next step says how many
 * are held), and the order becomes shippable, the cheques to deposit each on its date.
 */

const frDate = (iso: string) => iso.split("-").reverse().join("/");

test("a pro orders in 3 cheques; the admin edits the schedule, records the cheques, and the order can ship", async ({ page, browser }) => {
  // Two people, a sign-up, an approval and five back-office forms: more than one default timeout.
  test.setTimeout(150_000);
  const company = newCompany("Institut Cheques");
  await applyAsPro(page, company);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await approvePro(admin, company, { chequeInstalments: true });

  // 10 × 32,90 € = 329,00 €: above the 300 € minimum for cheques.
  await addToCart(page, "serum-vitamine-c", 10);
  await fillCheckout(page, { email: company.login, phone: "06 12 34 56 78", firstName: "Garance", lastName: "Petit", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence" }, "cheque");
  await expect(page.locator("#instalments-3-schedule")).toContainText("Chèque 3");
  await page.getByTestId("instalments-3").check();
  await placeOrder(page);

  // The order page: waiting for the cheques, how to send them, and the schedule.
  await expect(page.getByTestId("order-status")).toHaveText("En attente de vos chèques");
  const reference = ((await page.getByTestId("order-reference").textContent()) ?? "").trim();
  const instructions = page.getByTestId("cheque-schedule-instructions");
  await expect(instructions).toContainText("Vos 3 chèques");
  await expect(instructions).toContainText("au dos de chaque chèque");
  await expect(instructions).toContainText("jamais d'une date à venir");
  await expect(page.getByTestId("cheque-reference")).toHaveText(reference);
  const schedule = page.getByTestId("instalment-schedule");
  await expect(schedule.getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("instalment-1-status")).toHaveText("Chèque attendu");

  // The portal lists it with its schedule.
  await page.goto("/pro");
  const portalPlan = page.getByTestId(`pro-cheque-plan-${reference}`);
  await expect(portalPlan).toContainText("En attente de vos chèques");
  await expect(portalPlan.getByRole("row")).toHaveCount(4);

  // The admin: nothing held yet, nothing ships.
  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-next-step")).toHaveText(eur("Aucun des 3 chèques reçu — reste à recevoir 329,00 €"));
  await expect(admin.getByTestId("ship-form")).toHaveCount(0);
  const card = admin.getByTestId("admin-cheque-plan");
  await expect(card.getByRole("link", { name: /page Chèques/ })).toHaveAttribute("href", "/admin/cheques");

  // The third cheque a week earlier, agreed with the customer.
  const third = ((await admin.getByTestId("instalment-3-date").textContent()) ?? "").trim();
  const [d, m, y] = third.split("/").map(Number);
  const earlier = new Date(Date.UTC(y!, m! - 1, d! - 7)).toISOString().slice(0, 10);
  await admin.locator("summary", { hasText: "Modifier l'échéancier" }).click();
  const edit = admin.getByTestId("edit-cheque-schedule-form");
  await edit.getByLabel("Date de dépôt du chèque 3").fill(earlier);
  await expect(edit.getByTestId("edit-cheque-schedule-total")).toContainText(eur("Total des chèques : 329,00 €"));
  await edit.getByLabel(/Je confirme ce nouvel échéancier/).check();
  await edit.getByRole("button", { name: "Enregistrer l'échéancier" }).click();
  await expect(admin.getByTestId("instalment-3-date")).toHaveText(frDate(earlier));
  await expect(admin.getByTestId("admin-timeline")).toContainText(/échéancier/i);

  // The three cheques, one by one.
  const held = ["1 chèque sur 3 reçu", "2 chèques sur 3 reçus"];
  for (const n of [1, 2, 3]) {
    const form = admin.getByTestId(`receive-instalment-${n}`);
    await form.locator("summary").click();
    await form.getByLabel("Tireur (titulaire du compte)").fill("Institut Cheques SARL");
    await form.getByLabel("Banque", { exact: true }).fill("Banque Populaire");
    await form.getByLabel("Numéro du chèque").fill(`000${n}42`);
    await form.getByLabel(`Je confirme avoir le chèque ${n}/3 en main.`).check();
    await form.getByRole("button", { name: `Enregistrer le chèque ${n}/3` }).click();
    await expect(admin.getByTestId(`instalment-${n}-cheque`)).toContainText(`000${n}42`);
    if (n < 3) await expect(admin.getByTestId("admin-next-step")).toContainText(held[n - 1]!);
  }

  // Every cheque held: on account, shippable, the first cheque to deposit today.
  const first = ((await admin.getByTestId("instalment-1-date").textContent()) ?? "").trim();
  await expect(admin.getByTestId("admin-order-status")).toHaveText("3 chèques reçus — échéancier en cours");
  await expect(admin.getByTestId("admin-next-step")).toHaveText(`Chèques tous reçus : prête à expédier — Chèque 1/3 à déposer le ${first}`);
  await expect(admin.getByTestId("ship-form")).toBeVisible();

  // The customer reads it too.
  await page.goto("/pro");
  await expect(page.getByTestId(`pro-cheque-plan-${reference}`)).toContainText("3 chèques reçus — échéancier en cours");
  await adminContext.close();
});

test("the admin turns 2 cheques into 3, then cancels the order: stock back, the customer sees it cancelled", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The demo company may pay in cheques (lib/demo/seed-demo.ts). 35 × 9,90 € = 346,50 €, above the minimum.
  await signIn(page, ACCOUNTS.pro);
  await addToCart(page, "shampooing-solide-ortie", 35);
  await fillCheckout(page, { email: ACCOUNTS.pro, phone: "06 12 34 56 78", firstName: "Garance", lastName: "Petit", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence" }, "cheque");
  await page.getByTestId("instalments-2").check();
  await placeOrder(page);
  await expect(page.getByTestId("order-status")).toHaveText("En attente de vos chèques");
  const reference = ((await page.getByTestId("order-reference").textContent()) ?? "").trim();
  const orderUrl = page.url();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto(`/admin/commandes/${reference}`);
  await admin.locator("summary", { hasText: "Modifier l'échéancier" }).click();
  const edit = admin.getByTestId("edit-cheque-schedule-form");
  await edit.getByLabel("Nombre de chèques").selectOption("3");
  // The shop's usual 3-cheque schedule is proposed, to the cent.
  await expect(edit.getByLabel("Date de dépôt du chèque 3")).toBeVisible();
  await expect(edit.getByTestId("edit-cheque-schedule-total")).toContainText(eur("Total des chèques : 346,50 €"));
  await edit.getByLabel(/Je confirme ce nouvel échéancier/).check();
  await edit.getByRole("button", { name: "Enregistrer l'échéancier" }).click();
  await expect(admin.getByTestId("instalment-3-date")).toBeVisible();
  await expect(admin.getByTestId("admin-next-step")).toHaveText(eur("Aucun des 3 chèques reçu — reste à recevoir 346,50 €"));

  const cancel = admin.getByTestId("admin-cancel-order");
  await cancel.getByLabel("Motif (pour l'historique)").fill("le client renonce");
  await cancel.getByLabel("Je confirme l'annulation de cette commande.").check();
  await cancel.getByRole("button", { name: "Annuler la commande" }).click();
  await expect(admin.getByTestId("admin-order-status")).toHaveText("Annulée");
  await expect(admin.getByTestId("admin-timeline")).toContainText("Stock remis en vente (35 articles)");
  await adminContext.close();

  await page.goto(orderUrl);
  await expect(page.getByTestId("order-status")).toHaveText("Annulée");
});
