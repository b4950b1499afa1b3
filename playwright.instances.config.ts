import { defineConfig, devices } from "@playwright/test";

// Two `next start` processes of the same build on ONE PostgreSQL database, behind a round-robin
// proxy (scripts/round-robin-proxy.mjs): notifications, cron calls and in-process jobs land on
// both at once. Run by scripts/e2e.mjs after the main journeys when DATABASE_URL is set.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 10;
const [A, B] = [PORT + 1, PORT + 2];
const baseURL = `http://127.0.0.1:${PORT}`;
const database = process.env.E2E_INSTANCES_DATABASE_URL ?? "";
const logTo = (port: number) => (process.env.E2E_LOG_DIR ? ` >> "${process.env.E2E_LOG_DIR}/server-${port}.log" 2>&1` : "");

const instance = (port: number) => ({
  command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1${logTo(port)}`,
  url: `http://127.0.0.1:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: {
    NODE_ENV: "production",
    PORT: String(port),
    // Both instances are the one shop at the proxy's address: return URLs and notifications go there.
    APP_URL: baseURL,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdefghijklmnop",
    CRON_SECRET: "e2e-cron-secret-0123456789",
    ORDER_LINK_SECRET: "e2e-order-link-secret-0123456789abcdefghijklmnop",
    DEMO_DATA: "true",
    ORDER_RATE_LIMIT: "off",
    BANK_ACCOUNT_HOLDER: "Maison Lavande SAS",
    BANK_IBAN: "FR76 3000 6000 0112 3456 7890 189",
    BANK_BIC: "AGRIFRPPXXX",
    LOG_LEVEL: "info",
    DATABASE_URL: database,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
  },
});

export default defineConfig({
  testDir: "./e2e-instances",
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: { baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH,
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: [
    instance(A),
    instance(B),
    {
      command: `node scripts/round-robin-proxy.mjs ${PORT} ${A} ${B}`,
      url: `${baseURL}/__health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
    },
  ],
});
