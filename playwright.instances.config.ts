import { defineConfig } from "@playwright/test";
import { CHROMIUM, serverEnv, webServer } from "./e2e/support/servers";

// Two `next start` processes of the same build on ONE PostgreSQL database, behind a round-robin
// proxy (scripts/round-robin-proxy.mjs): pages, server actions, notifications, cron calls and the
// in-process jobs land on both at once. Run by scripts/e2e.mjs after the journeys when DATABASE_URL
// is set.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 10;
const [A, B] = [PORT + 1, PORT + 2];
const baseURL = `http://127.0.0.1:${PORT}`;
// Both instances are the one shop at the proxy's address: return URLs and notifications go there.
const instance = (port: number) => webServer(port, serverEnv(port, { database: process.env.E2E_INSTANCES_DATABASE_URL ?? "", pgliteDir: "" }, baseURL));

export default defineConfig({
  testDir: "./e2e-instances",
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: { baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" },
  projects: [{ name: "chromium", use: CHROMIUM }],
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
