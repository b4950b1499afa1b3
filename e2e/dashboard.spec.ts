import { expect, test } from "@playwright/test";
import { adminPage, orderAwaitingTransfer } from "./support/journeys";
import { JEANNE } from "./support/shop";

/*
 * The back-office's operations pages (issue 11): the dashboard an admin lands on, the provider
 * notifications log, and the mailbox with « Renvoyer ». The e2e shop runs without SMTP: messages
 * stay in the outbox (pending), and a copy is what an admin asks for to read or forward again.
 */

test("an admin lands on the dashboard, reads the notifications log, and resends a customer's e-mail from the mailbox", async ({ page, browser }) => {
  // A transfer order: money awaited on the dashboard, a confirmation e-mail in the outbox.
  const buyer = { ...JEANNE, lastName: "Renvoi", email: `renvoi-${Date.now()}@example.fr` };
  const reference = await orderAwaitingTransfer(page, buyer, "savon-lavande");

  const { admin, close } = await adminPage(browser);
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await expect(admin.getByTestId("takings-today-total")).toHaveText(/^\d[\d\s\u00a0\u202f]*,\d\d[\s\u00a0\u202f]€$/);
  await expect(admin.getByTestId("waiting-money")).toContainText("Virement attendu");
  await expect(admin.getByTestId("chart-takings-per-day")).toBeVisible();
  await expect(admin.getByTestId("chart-method-split")).toBeVisible();

  // An old list address with a filter lands on the orders list.
  await admin.goto(`/admin?q=${reference}`);
  await expect(admin).toHaveURL(new RegExp(`/admin/commandes\\?q=${reference}`));
  await expect(admin.getByTestId("admin-orders")).toContainText(reference);

  // The notifications log, from the navigation.
  await admin.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Notifications" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Notifications des prestataires" })).toBeVisible();
  await admin.getByLabel("Résultat").selectOption("processed");
  await admin.getByRole("button", { name: "Filtrer" }).click();
  await expect(admin).toHaveURL(/resultat=processed/);

  // The mailbox: the order's confirmation, sent again.
  await admin.getByRole("navigation", { name: "Back-office" }).getByRole("link", { name: "Courriels" }).click();
  await admin.getByTestId("admin-mailbox").getByRole("link", { name: `Votre commande ${reference}` }).first().click();
  await expect(admin.getByTestId("mail-preview")).toBeVisible();
  const resend = admin.getByTestId("mail-resend");
  await resend.getByLabel(/Je confirme : envoyer une nouvelle copie/).check();
  await resend.getByRole("button", { name: "Renvoyer" }).click();
  await expect(resend.getByText(`Une nouvelle copie part à ${buyer.email}.`)).toBeVisible();
  await admin.goto("/admin/courriels?statut=pending");
  const rows = admin.getByTestId("admin-mailbox").getByRole("row", { name: new RegExp(`Votre commande ${reference}`) });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("copie renvoyée");

  // Recorded in the order's timeline with the admin's name.
  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-timeline")).toContainText(`renvoyé à ${buyer.email}`);
  await close();
});

test("on a phone the dashboard reads top to bottom, figures and charts included", async ({ browser }) => {
  const { admin, close } = await adminPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await admin.goto("/admin");
  await expect(admin.getByTestId("takings-today-total")).toBeVisible();
  await expect(admin.getByTestId("takings-month-total")).toBeVisible();
  await expect(admin.getByTestId("flagged-count")).toBeVisible();
  await expect(admin.getByTestId("chart-takings-per-day")).toBeVisible();
  await close();
});
