import { expect, test } from "@playwright/test";
import { adminPage } from "./support/journeys";
import { addToCart, fillCheckout, JEANNE, placeOrder } from "./support/shop";

/*
 * A cheque from the post to the bank (issue 11): a customer orders by cheque; the admin records
 * it received on the order page, puts it on a deposit slip from « Chèques » (the PDF to hand in
 * with it), then imports the bank's statement, whose one credit is the slip's total, and confirms
 * the proposed match: the cheque is cashed and the order paid. Other journeys record cheques at
 * the same time: the slip takes only this order's.
 */

test("an admin deposits a received cheque on a slip, downloads it, and reconciles the slip's credit from the statement", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const buyer = { ...JEANNE, lastName: "Remise", email: "cheque.remise@example.fr" };
  await addToCart(page, "lait-corps-amande", 1);
  await fillCheckout(page, buyer, "cheque");
  await placeOrder(page);
  await expect(page.getByTestId("order-status")).toHaveText(/En attente de votre chèque/);
  const reference = ((await page.getByTestId("order-reference").first().textContent()) ?? "").trim();
  const orderUrl = page.url();

  const { admin, close } = await adminPage(browser);
  await admin.goto(`/admin/commandes/${reference}`);
  const due = ((await admin.getByTestId("admin-next-step").textContent()) ?? "").match(/(\d[\d\s  ]*,\d\d)\s*€/)?.[1]?.replace(/[\s  ]/g, "") ?? "";
  expect(due).toMatch(/^\d+,\d\d$/);
  await admin.getByLabel("Montant du chèque (€)").fill(due);
  await admin.getByLabel("Numéro du chèque").fill("8800123");
  await admin.getByLabel(/Je confirme avoir ce chèque en main/).check();
  await admin.getByRole("button", { name: "Enregistrer le chèque" }).click();
  await expect(admin.getByTestId("admin-timeline")).toContainText(/Chèque reçu/i);

  // « Chèques »: only this order's cheque goes on the slip.
  await admin.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: /^Chèques/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Chèques" })).toBeVisible();
  const form = admin.getByTestId("deposit-slip-form");
  const items = form.getByTestId("cheque-to-deposit");
  await expect(items.filter({ hasText: reference })).toHaveCount(1);
  for (const item of await items.all()) {
    const box = item.getByRole("checkbox");
    if (!(await box.isEnabled())) continue;
    const mine = ((await item.textContent()) ?? "").includes(reference);
    if ((await box.isChecked()) !== mine) await box.setChecked(mine);
  }
  await expect(form.getByTestId("deposit-selection")).toContainText("1 chèque sélectionné");
  await form.getByLabel("Je confirme remettre ces chèques à la banque avec le bordereau imprimé.").check();
  await form.getByRole("button", { name: "Préparer le bordereau de remise" }).click();
  const made = admin.getByTestId("deposit-slip-made");
  await expect(made).toContainText("Remise n°");
  const pdfLink = made.getByTestId("deposit-slip-pdf");
  const slipNumber = /n° (\d+)/.exec((await pdfLink.textContent()) ?? "")?.[1] ?? "";
  expect(slipNumber).toMatch(/^\d+$/);

  // The slip's PDF, as the bank wants it.
  const pdf = await admin.request.get((await pdfLink.getAttribute("href")) ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The cheque is at the bank now, not yet cashed; the order still waits.
  await admin.goto("/admin/cheques");
  await expect(admin.getByTestId("deposited-cheque").filter({ hasText: reference })).toContainText(`remise n° ${slipNumber}`);

  // The statement: one credit for the slip's total, its number in the label.
  const today = new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });
  const label = `REMISE CHEQUES N ${slipNumber} 1 CHQ`;
  const csv = ["Date;Libellé;Débit;Crédit", `${today};${label};;${due}`, ""].join("\r\n");
  await admin.goto("/admin/banque");
  await admin.getByLabel("Fichier du relevé").setInputFiles({ name: `releve-remise-${slipNumber}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await admin.getByRole("button", { name: "Importer le relevé" }).click();
  await expect(admin.getByRole("heading", { name: `Relevé importé : releve-remise-${slipNumber}.csv` })).toBeVisible({ timeout: 20_000 });
  const line = admin.getByTestId("bank-line").filter({ hasText: label });
  const proposal = line.getByTestId("bank-proposal").filter({ hasText: `Remise de chèques n° ${slipNumber}` });
  await expect(proposal).toContainText("Montant exact");
  await expect(proposal).toContainText("La banque a crédité la remise");
  await proposal.getByLabel(/Je confirme que ce crédit/).check();
  await proposal.getByRole("button", { name: "Confirmer le rapprochement" }).click();
  await expect(line).toContainText(`Remise de chèques n° ${slipNumber}`, { timeout: 20_000 });
  await expect(line).toContainText("rapprochée le");

  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-order-status")).toHaveText("Payée");
  await expect(admin.getByTestId("admin-timeline")).toContainText(/encaissé/i);
  await close();

  await page.goto(orderUrl);
  await expect(page.getByTestId("order-status")).toHaveText(/Payée/);
});
