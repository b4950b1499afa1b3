import { test } from "@playwright/test";
import { ACCOUNTS, addToCart, signIn } from "./support/shop";

test("screens", async ({ page }) => {
  await signIn(page, ACCOUNTS.pro);
  await page.goto("/pro");
  await page.screenshot({ path: "/tmp/shot-pro.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/shot-pro-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await addToCart(page, "savon-lavande", 10);
  await page.goto("/commande");
  await page.screenshot({ path: "/tmp/shot-checkout.png", fullPage: true });
  const link = page.getByRole("link", { name: /F-2026-000003/ }).first();
  await page.goto("/pro");
  await link.click();
  await page.screenshot({ path: "/tmp/shot-invoice.png", fullPage: true });
  await page.goto("/pro/inscription");
  await page.screenshot({ path: "/tmp/shot-inscription.png", fullPage: true });
});
