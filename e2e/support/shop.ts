import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

/** Page objects for the storefront journeys: what a customer does, in the words the page uses. */

/** A second server of the same build whose payment links expire after two seconds (playwright.config.ts). */
export const SHORT_LINKS_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;

export const DEMO_PASSWORD = "demo-caisse-2026";
export const ACCOUNTS = { admin: "admin@demo.caisse.fr", pro: "pro@demo.caisse.fr", customer: "client@demo.caisse.fr" } as const;
/** The demo admin's second factor (lib/demo/demo-data.ts, README). */
export const DEMO_ADMIN_TOTP_SECRET = "CAISSE2DEMO2ADMIN2TOTP2SECRET234";

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

export async function fillCheckout(page: Page, buyer: Buyer, method: "transfer" | "cheque" | "card" | "paypal" | "net30"): Promise<void> {
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
  if (email === ACCOUNTS.admin) await enterTotpCode(page);
  await expect(page).not.toHaveURL(/\/connexion/);
}

/**
 * The demo admin's second step. A code is accepted once per 30-second step, and successive journeys
 * sign in as the same admin within seconds: a refused code means an earlier journey used this step,
 * so wait for the next one and try again.
 */
async function enterTotpCode(page: Page): Promise<void> {
  const field = page.getByLabel("Code de vérification");
  await expect(field).toBeVisible();
  const refused = page.getByText("Ce code n'est pas valide ou a déjà servi.");
  for (let attempt = 0; attempt < 4; attempt++) {
    await field.fill(await generate({ secret: DEMO_ADMIN_TOTP_SECRET }));
    await page.getByRole("button", { name: "Se connecter" }).click();
    // The previous refusal disappears on submit; only then can the answer to this code be read.
    await refused.waitFor({ state: "hidden", timeout: 5_000 }).catch(() => undefined);
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith("/connexion"), { timeout: 15_000 }).then(() => "in" as const, () => "timeout" as const),
      refused.waitFor({ timeout: 15_000 }).then(() => "refused" as const, () => "timeout" as const),
    ]);
    if (outcome === "in") return;
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
}

/** "12,50 €" as fr-FR prints it (with no-break spaces), for text matching. */
export function eur(text: string): RegExp {
  return new RegExp(text.replace(/ /g, "[\\s\\u00a0\\u202f]"));
}
