import { defineConfig, devices } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.mjs): it builds the app, finds Chromium and prepares
// a fresh database, then calls Playwright with these variables set.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Two servers of the same build: the main one, and one whose payment links expire after two
// seconds (for the expired-link journey), each with its own database.
const serverEnv = (port: number, database: string | undefined, pgliteDir: string): Record<string, string> => ({
  NODE_ENV: "production",
  PORT: String(port),
  APP_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdefghijklmnop",
  CRON_SECRET: "e2e-cron-secret-0123456789",
  ORDER_LINK_SECRET: "e2e-order-link-secret-0123456789abcdefghijklmnop",
  DEMO_DATA: "true",
  // The journeys place more orders an hour with one e-mail than a customer may (ORDER_RATE_LIMIT);
  // the limit itself is tested in tests/integration/order-rate-limits.test.ts.
  ORDER_RATE_LIMIT: "off",
  BANK_ACCOUNT_HOLDER: "Maison Lavande SAS",
  BANK_IBAN: "FR76 3000 6000 0112 3456 7890 189",
  BANK_BIC: "AGRIFRPPXXX",
  BANK_NAME: "Crédit Agricole",
  // info, so that the log scan after the run (scripts/log-secrets.mjs) reads what a production shop logs.
  LOG_LEVEL: "info",
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  ...(database ? { DATABASE_URL: database } : { PGLITE_DIR: pgliteDir }),
});

// With E2E_LOG_DIR (scripts/e2e.mjs) each server logs to a file there, scanned for secrets after the run.
const logTo = (port: number) => (process.env.E2E_LOG_DIR ? ` >> "${process.env.E2E_LOG_DIR}/server-${port}.log" 2>&1` : "");

const webServer = (port: number, env: Record<string, string>) => ({
  command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1${logTo(port)}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  env,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

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
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    webServer(PORT, serverEnv(PORT, process.env.E2E_DATABASE_URL, process.env.E2E_PGLITE_DIR ?? ".data/e2e")),
    webServer(PORT + 1, {
      ...serverEnv(PORT + 1, process.env.E2E_SHORT_DATABASE_URL, process.env.E2E_SHORT_PGLITE_DIR ?? ".data/e2e-short"),
      PAYMENT_LINK_TTL_DAYS: String(2 / 86_400),
    }),
  ],
});
