import { expect, type Page } from "@playwright/test";

/** Page objects for the storefront journeys: what a customer does, in the words the page uses. */

/** A second server of the same build whose payment links expire after two seconds (playwright.config.ts). */
export const SHORT_LINKS_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;

export const DEMO_PASSWORD = "demo-caisse-2026";
export const ACCOUNTS = { admin: "admin@demo.caisse.fr", pro: "pro@demo.caisse.fr", customer: "client@demo.caisse.fr" } as const;

export async function addToCart(page: Page, slug: string, quantity = 1): Promise<void> {
  await page.goto(`/produits/${slug}`);
  await page.getByLabel("Quantité").fill(String(quantity));
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByText(/ajouté|dans votre panier/i).first()).toBeVisible();
}

export type Buyer = {
  email: string;
  phone: string;
  firstName: string;
  lastName: string;
  line1: string;
  postalCode: string;
  city: string;
};

export const JEANNE: Buyer = {
  email: "jeanne.martin@example.fr",
  phone: "06 12 34 56 78",
  firstName: "Jeanne",
  lastName: "Martin",
  line1: "3 place Bellecour",
  postalCode: "69002",
  city: "Lyon",
};

export async function fillCheckout(page: Page, buyer: Buyer, method: "transfer" | "cheque" | "card" | "paypal"): Promise<void> {
  await page.goto("/commande");
  await page.getByLabel("E-mail", { exact: true }).fill(buyer.email);
  await page.getByLabel("Téléphone mobile").fill(buyer.phone);
  const billing = page.getByRole("region", { name: "Adresse de facturation" });
  await billing.getByLabel("Prénom").fill(buyer.firstName);
  await billing.getByLabel("Nom", { exact: true }).fill(buyer.lastName);
  await billing.getByLabel("Adresse", { exact: true }).fill(buyer.line1);
  await billing.getByLabel("Code postal").fill(buyer.postalCode);
  await billing.getByLabel("Ville").fill(buyer.city);
  await page.getByTestId(`payment-method-${method}`).check();
  await page.getByLabel(/j.ai lu et j.accepte/i).check();
}

export async function placeOrder(page: Page): Promise<void> {
  await page.getByTestId("place-order").click();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}

/** "12,50 €" as fr-FR prints it (with no-break spaces), for text matching. */
export function eur(text: string): RegExp {
  return new RegExp(text.replace(/ /g, "[\\s\\u00a0\\u202f]"));
}
