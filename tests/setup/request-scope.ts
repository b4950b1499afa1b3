import { vi } from "vitest";

// Tests render pages (tests/support/render-page.ts) outside a Next.js request. There, headers()
// answers as for a request that carried none (no CSP nonce for the PayPal buttons), instead of
// throwing; inside a request it is Next's own.
vi.mock("next/headers", async (importOriginal) => {
  const real = await importOriginal<typeof import("next/headers")>();
  return {
    ...real,
    headers: async () => {
      try {
        return await real.headers();
      } catch {
        return new Headers();
      }
    },
  };
});
