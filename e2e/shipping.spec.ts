import { expect, test } from "@playwright/test";
import { adminPage, orderAwaitingTransfer, orderPaidByCard } from "./support/journeys";
import { JEANNE } from "./support/shop";

/*
 * Shipping from the back-office: an admin marks a paid order shipped with a tracking number; the
 * customer's order page shows the parcel with the carrier's tracking link, and the e-mail carries
 * it. An order still waiting for its money offers no ship form and says why.
 */

test("an admin ships a paid order with a tracking number; the customer's order page shows the parcel and its link", async ({ page, browser }) => {
  const buyer = { ...JEANNE, lastName: "Expédiée", email: "colis.suivi@example.fr" };
  const reference = await orderPaidByCard(page, buyer, "savon-lavande");
  // The receipt lives under the order's own page, with the same link token.
  const receipt = new URL(page.url());
  const orderPage = `${receipt.pathname.replace(/\/recu$/, "")}${receipt.search}`;

  const { admin, close } = await adminPage(browser);
  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-next-step")).toHaveText("Payée : prête à expédier");

  const form = admin.getByTestId("ship-form");
  await form.getByLabel("Transporteur").selectOption({ label: "La Poste / Colissimo" });
  await form.getByLabel("Numéro de suivi").fill("6a 1234 5678 901");
  await form.getByLabel(/Je confirme que ce colis est parti/).check();
  await form.getByRole("button", { name: "Enregistrer l'expédition" }).click();
  await expect(admin.getByText("Colis enregistré : le client reçoit un e-mail avec le lien de suivi.")).toBeVisible({ timeout: 20_000 });

  await admin.reload();
  await expect(admin.getByTestId("admin-next-step")).toHaveText(/^Expédiée le \d\d\/\d\d\/\d{4}$/);
  await expect(admin.getByTestId("admin-shipments")).toContainText("Suivre le colis 6A12345678901");
  await expect(admin.getByTestId("admin-timeline")).toContainText(/Colis expédié le \d\d\/\d\d\/\d{4} par La Poste \/ Colissimo \(suivi 6A12345678901\) — enregistré par/);
  // Another parcel may follow: the form is offered again, for parcel 2.
  await expect(admin.getByRole("heading", { name: "Expédier un autre colis (colis 2)" })).toBeVisible();

  // The customer's e-mail, read in the back-office mailbox (no SMTP in the sandbox), carries the link.
  await admin.goto("/admin/courriels");
  await admin.getByTestId("admin-mailbox").getByRole("link", { name: new RegExp(`Votre commande ${reference} est partie`) }).first().click();
  await expect(admin.locator("pre").first()).toContainText("https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
  await close();

  await page.goto(orderPage);
  const parcels = page.getByTestId("order-shipments");
  await expect(parcels).toContainText(/expédié le \d\d\/\d\d\/\d{4}/);
  await expect(parcels).toContainText("par La Poste / Colissimo");
  await expect(parcels.getByRole("link", { name: /Suivre le colis 6A12345678901/ })).toHaveAttribute("href", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901");
});

test("an order waiting for its transfer offers no ship form and says why", async ({ page, browser }) => {
  const reference = await orderAwaitingTransfer(page, { ...JEANNE, email: "attente.virement@example.fr" }, "savon-lavande");

  const { admin, close } = await adminPage(browser);
  await admin.goto(`/admin/commandes/${reference}`);
  await expect(admin.getByTestId("admin-next-step")).toHaveText(/^Virement attendu : reste à recevoir \d+,\d\d\s€$/);
  await expect(admin.getByTestId("ship-form")).toHaveCount(0);
  await expect(admin.getByTestId("admin-ship-refusal")).toHaveText("Pas d'expédition possible : Le virement n'est pas encore arrivé : la commande partira quand il sera reçu en entier.");
  await close();
});
