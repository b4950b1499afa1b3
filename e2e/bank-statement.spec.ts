import { expect, test } from "@playwright/test";
import { adminPage, orderAwaitingTransfer } from "./support/journeys";
import { JEANNE } from "./support/shop";

/*
 * A month end in the back-office: a customer ordered by transfer, the bank's CSV export lists the
 * transfer with the order's reference in its label; the admin imports it on « Banque », confirms
 * the proposed match, and the order is paid. Importing the same file again records nothing.
 */

test("an admin imports a CSV statement, confirms the proposed match, and the order becomes paid", async ({ page, browser }) => {
  const buyer = { ...JEANNE, lastName: "Virement", email: "virement.releve@example.fr" };
  const reference = await orderAwaitingTransfer(page, buyer, "serum-vitamine-c");
  const amount = ((await page.getByTestId("transfer-amount").textContent()) ?? "").replace(/[^\d,]/g, "");
  expect(amount).toMatch(/^\d+,\d\d$/);

  // The bank's export: « ; », ISO-8859-1, a line about the account above the titles, Débit/Crédit.
  const today = new Date().toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });
  const csv = [
    "Compte courant n° 12345678901;;;",
    "Date;Libellé;Débit;Crédit",
    `${today};VIR SEPA RECU /DE JEANNE VIREMENT /MOTIF ${reference.toLowerCase()};;${amount}`,
    `${today};PRLV SEPA ÉLECTRICITÉ;35,20;`,
    "",
  ].join("\r\n");
  const file = { name: "releve-decembre.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "latin1") };

  const { admin, close } = await adminPage(browser);
  await admin.goto("/admin");
  await admin.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Banque" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Banque" })).toBeVisible();
  await expect(admin.getByTestId("expected-orders")).toContainText(reference);

  await admin.getByLabel("Fichier du relevé").setInputFiles(file);
  await admin.getByRole("button", { name: "Importer le relevé" }).click();
  await expect(admin.getByRole("heading", { name: "Relevé importé : releve-decembre.csv" })).toBeVisible({ timeout: 20_000 });
  await expect(admin.getByTestId("bank-import-summary")).toContainText("2 opérations");

  const line = admin.getByTestId("bank-line").filter({ hasText: reference.toLowerCase() });
  const proposal = line.getByTestId("bank-proposal").filter({ hasText: `Commande ${reference}` });
  await expect(proposal).toContainText("Référence trouvée dans le libellé");
  await expect(proposal).toContainText("Montant exact");
  await proposal.getByLabel(/Je confirme que ce crédit/).check();
  await proposal.getByRole("button", { name: "Confirmer le rapprochement" }).click();
  // The page refreshes: the line now says what it paid, and by whom (the form and its message give way).
  await expect(line).toContainText(`Commande ${reference}, rapprochée le`, { timeout: 20_000 });
  await expect(line.getByTestId("bank-proposal")).toHaveCount(0);

  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-order-status")).toHaveText("Payée");

  // The same file again: the lines are known, the match stays, nothing is proposed twice.
  await admin.goto("/admin/banque");
  await admin.getByLabel("Fichier du relevé").setInputFiles(file);
  await admin.getByRole("button", { name: "Importer le relevé" }).click();
  await expect(admin.getByTestId("bank-import-summary")).toContainText("0 nouvelle", { timeout: 20_000 });
  const again = admin.getByTestId("bank-line").filter({ hasText: reference.toLowerCase() });
  await expect(again).toContainText("Déjà importée");
  await expect(again).toContainText("Rapprochée");
  await expect(again.getByTestId("bank-proposal")).toHaveCount(0);
  await close();
});
