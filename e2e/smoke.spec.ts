import { expect, test } from "@playwright/test";

test("the shop answers with its security headers and a healthy database", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });
  // Machine endpoints get the security headers too, with a CSP that allows nothing (no nonce).
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");
  // Every response names the id its log lines carry (support finds them with it).
  expect(health.headers()["x-request-id"]).toMatch(/^req-[0-9a-f]{16}$/);

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("'unsafe-inline' 'nonce");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  // Two requests never share a nonce.
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);
});
