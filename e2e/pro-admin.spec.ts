import { expect, test } from "@playwright/test";
import { applyAsPro } from "./support/pro";
import { ACCOUNTS, addToCart, eur, fillCheckout, placeOrder, signIn } from "./support/shop";

/*
 * The back-office side of professional accounts: a company applies, an admin finds it among the
 * « Professionnels à valider », refuses terms over the legal cap (the message next to the field),
 * approves it with net-30, and the history says so; the company's first order paid by transfer
 * gets its invoice, which the admin corrects with a credit note from the order page (the amount
 * becomes the account's credit); on a phone the list is cards.
 */

test("an admin approves a company with net-30 terms, then issues a credit note on its paid invoice", async ({ page, browser }) => {
  const company = `Atelier Garance ${Date.now().toString(36)}`;
  const login = `garance-${Date.now().toString(36)}@example.fr`;
  // Applied and signed in: the form sends the company to its account page.
  await applyAsPro(page, { name: company, login, contact: "Garance Petit", billingEmail: "compta@atelier-garance.example" });

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.admin);
  await admin.goto("/admin/professionnels");
  await expect(admin.getByTestId("admin-nav-pending-pros")).toBeVisible();
  await admin.getByRole("link", { name: /^Professionnels à valider/ }).first().click();
  await admin.getByTestId("admin-pros").getByRole("link", { name: company }).click();
  await expect(admin.getByTestId("admin-pro-status")).toHaveText("À valider");

  const decision = admin.getByRole("region", { name: "Décision" });
  await decision.getByLabel("Nombre de jours (N)").fill("61");
  await decision.getByLabel("Encours autorisé (€)").fill("2 000,00");
  await decision.getByLabel(/Je confirme avoir vérifié l'entreprise/).check();
  await decision.getByRole("button", { name: "Valider le compte" }).click();
  const days = decision.getByLabel("Nombre de jours (N)");
  await expect(days).toHaveAttribute("aria-invalid", "true");
  // The message sits next to the field, tied to it for screen readers.
  const daysError = (await days.getAttribute("aria-describedby"))?.split(" ").find((id) => id.endsWith("-error")) ?? "none";
  await expect(decision.locator(`[id="${daysError}"]`)).toHaveText(/ne peut dépasser 60 jours/);
  await days.fill("30");
  await decision.getByLabel(/Je confirme avoir vérifié l'entreprise/).check();
  await decision.getByRole("button", { name: "Valider le compte" }).click();
  await expect(admin.getByTestId("admin-pro-status")).toHaveText("Validé");
  await expect(admin.getByTestId("admin-pro-terms")).toHaveText("30 jours à compter de la date de facture");
  await expect(admin.getByTestId("admin-pro-history")).toContainText(/Compte validé : 30 jours à compter de la date de facture, encours 2\s000,00\s€/);

  // The company's first order, paid upfront by transfer: its invoice is issued « Acquittée ».
  await page.goto("/");
  await addToCart(page, "savon-lavande", 2);
  await fillCheckout(page, { email: login, phone: "06 12 34 56 78", firstName: "Garance", lastName: "Petit", line1: "8 cours Mirabeau", postalCode: "13100", city: "Aix-en-Provence" }, "transfer");
  await placeOrder(page);
  const reference = (await page.getByTestId("order-reference").first().textContent())?.trim() ?? "";
  expect(reference).toMatch(/^CA-/);

  await admin.goto(`/admin/commandes/${reference}`);
  const due = (await admin.getByTestId("admin-next-step").textContent()) ?? "";
  const amount = /([\d\s\u00a0\u202f]+,\d{2})/.exec(due)?.[1]?.replace(/[\s\u00a0\u202f]/g, "") ?? "";
  await admin.getByLabel("Montant reçu (€)").fill(amount);
  await admin.getByLabel("Référence bancaire").fill(`VIR-${reference}`);
  await admin.getByLabel("Je confirme que ce virement apparaît sur le relevé du compte de la boutique.").check();
  await admin.getByRole("button", { name: "Enregistrer le virement" }).click();
  await expect(admin.getByTestId("admin-order-status")).toContainText("Payée");

  const invoice = admin.getByRole("region", { name: "Facture" });
  await expect(invoice.getByTestId("admin-order-invoices")).toContainText(/F-\d{4}-\d{6}/);
  await invoice.locator("summary", { hasText: "Émettre un avoir" }).click();
  await invoice.getByLabel("Un montant TTC").check();
  await invoice.getByLabel("Montant de l'avoir TTC (€)").fill("3,00");
  await invoice.getByLabel("Motif", { exact: true }).fill("Un savon abîmé");
  // Said before confirming: the invoice is paid, so the amount becomes the account's credit.
  await expect(invoice.getByText(/porté en avoir sur le compte du client/)).toBeVisible();
  await invoice.getByLabel(/Je confirme l'émission de cet avoir/).check();
  await invoice.getByRole("button", { name: "Émettre l'avoir" }).click();
  await expect(invoice.getByRole("status")).toContainText(/Avoir A-\d{4}-\d{6} de 3,00/);
  await expect(invoice.getByTestId("admin-order-invoices")).toContainText(/A-\d{4}-\d{6} · avoir de 3,00/);

  // The account now holds that credit; on a phone, the list shows cards.
  await admin.goto("/admin/professionnels?filtre=valides");
  await admin.getByTestId("admin-pros").getByRole("link", { name: company }).click();
  await expect(admin.getByTestId("admin-pro-credit")).toHaveText(eur("3,00 €"));
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto("/admin/professionnels?filtre=valides");
  await expect(admin.getByTestId("admin-pros")).toBeHidden();
  await expect(admin.getByTestId("admin-pro-cards")).toContainText(company);
  await adminContext.close();
});
