import { expect, test } from "@playwright/test";
import { addToCart } from "./support/shop";

/*
 * Cross-site POSTs to cookie-authenticated endpoints (issue 12, the suite): a real server action
 * request, captured from the browser, replayed with the victim's cookies from another site's
 * origin, must change nothing; the very same bytes from the shop's own origin are accepted, which
 * proves the replay itself is valid.
 */

test("a server action replayed from another site is refused and changes nothing; from the shop's origin it works", async ({ page, baseURL }) => {
  const actionRequest = page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined);
  await addToCart(page, "serum-vitamine-c", 1);
  const captured = await actionRequest;
  const headers = await captured.allHeaders();
  const body = captured.postDataBuffer() ?? Buffer.alloc(0);
  const cartCount = async () => {
    await page.goto("/panier");
    return Number((await page.getByTestId("cart-count").textContent())?.trim() || "0");
  };
  expect(await cartCount()).toBe(1);

  // Replay: same cookies (the browser context's), same action id and body; only Origin changes.
  const replay = (origin: string) =>
    page.request.fetch(captured.url(), {
      method: "POST",
      headers: { "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8", "next-action": headers["next-action"]!, accept: "text/x-component", origin },
      data: body,
      failOnStatusCode: false,
    });

  const forged = await replay("https://boutique-pirate.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await cartCount()).toBe(1);

  const genuine = await replay(new URL(baseURL!).origin);
  expect(genuine.status()).toBe(200);
  expect(await cartCount()).toBe(2);
});
