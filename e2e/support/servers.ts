import { devices } from "@playwright/test";

/*
 * What every e2e server of the production build runs with, shared by playwright.config.ts (the
 * journeys) and playwright.instances.config.ts (two instances behind a proxy).
 */

export const CHROMIUM = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

/** A server's environment: `appUrl` is where customers and providers reach it (itself, or a proxy in front). */
export function serverEnv(port: number, storage: { database?: string; pgliteDir: string }, appUrl = `http://127.0.0.1:${port}`): Record<string, string> {
  return {
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
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
    ...(storage.database ? { DATABASE_URL: storage.database } : { PGLITE_DIR: storage.pgliteDir }),
  };
}

// With E2E_LOG_DIR (scripts/e2e.mjs) each server logs to a file there, scanned for secrets after the run.
const logTo = (port: number) => (process.env.E2E_LOG_DIR ? ` >> "${process.env.E2E_LOG_DIR}/server-${port}.log" 2>&1` : "");

/** `next start` of the build on this port, ready when /api/health answers. */
export function webServer(port: number, env: Record<string, string>) {
  return {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1${logTo(port)}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  };
}
