import { defineConfig } from "@playwright/test";
import { CHROMIUM, serverEnv, webServer } from "./e2e/support/servers";

// Run through `npm run test:e2e` (scripts/e2e.mjs): it builds the app, finds Chromium and prepares
// a fresh database, then calls Playwright with these variables set.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;

// Two servers of the same build: the main one, and one whose payment links expire after two
// seconds (for the expired-link journey) and whose content folder is missing (readiness page),
// each with its own database.
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium", use: CHROMIUM }],
  webServer: [
    webServer(PORT, serverEnv(PORT, { database: process.env.E2E_DATABASE_URL, pgliteDir: process.env.E2E_PGLITE_DIR ?? ".data/e2e" })),
    webServer(PORT + 1, {
      ...serverEnv(PORT + 1, { database: process.env.E2E_SHORT_DATABASE_URL, pgliteDir: process.env.E2E_SHORT_PGLITE_DIR ?? ".data/e2e-short" }),
      PAYMENT_LINK_TTL_DAYS: String(2 / 86_400),
      // A setting left wrong, for the readiness page's red (e2e/readiness.spec.ts): no content folder.
      CONTENT_DIR: ".data/e2e-no-content",
    }),
  ],
});
