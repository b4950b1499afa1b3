import { expect, type Page } from "@playwright/test";

/** The PayPlug emulator's hosted card page, as a customer fills it. */
export async function payOnHostedPage(page: Page, cardNumber: string): Promise<void> {
  await expect(page).toHaveURL(/\/sandbox\/payplug\/pay\//);
  await page.getByLabel("Numéro de carte").fill(cardNumber);
  await page.getByLabel("Date d'expiration").fill("12/30");
  await page.getByLabel("Cryptogramme (CVC)").fill("123");
  await page.getByLabel("Titulaire de la carte").fill("Jeanne Martin");
  await page.getByRole("button", { name: /^Payer / }).click();
}

/** The 3-D Secure step: reads the code the sandbox shows and types it. */
export async function confirmSms(page: Page): Promise<void> {
  const code = (await page.getByTestId("sandbox-otp-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^\d{6}$/);
  await page.getByLabel("Code reçu par SMS").fill(code);
  await page.getByRole("button", { name: "Valider" }).click();
}
