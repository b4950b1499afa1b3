import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/shop";

/*
 * The receivables page (/admin/encaissements). The demo professional's history holds an invoice on
 * account placed 60 days ago, due 30 days ago and unpaid: the admin sees it among the overdue
 * invoices, in the « 1 à 30 jours de retard » bucket, with its company.
 */

test("an admin opens the receivables page from the back-office menu and sees the overdue invoice", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Encaissements" }).click();
  await expect(page).toHaveURL(/\/admin\/encaissements$/);
  await expect(page.getByRole("heading", { level: 1, name: "Encaissements" })).toBeVisible();

  // An amount other than 0,00 € (« 130,00 € » contains « 0,00 »: compare the whole amount).
  await expect(page.getByTestId("receivables-bucket-1_30")).toHaveText(/retard(?!0,00\s€)\d[\d\s]*,\d\d\s€$/);
  const overdue = page.getByTestId("receivables-overdue-1_30");
  await expect(overdue).toBeVisible();
  const row = overdue.getByTestId("receivables-overdue-row").first();
  await expect(row).toContainText(/F-\d{4}-\d{6}/);
  await expect(row).toContainText(/\d+ jours?/);

  // The invoice leads to its company's account in the back-office.
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/professionnels\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("admin-pro-overdue")).toHaveText(/^(?!0,00\s€)\d[\d\s]*,\d\d\s€$/);
});
