// What the shop's servers logged during the e2e journeys must hold no secret (the servers' own,
// see playwright.config.ts), no card number typed on the emulators' pages, and no order-link or
// payment-link token. lib/shared/log.ts redacts by key; this proves it on a whole run.
import fs from "node:fs";
import path from "node:path";
import { findInFiles } from "./bundle-secrets.mjs";

/** The secret values the e2e servers run with (playwright.config.ts) and test card numbers. */
export const LOG_NEEDLES = [
  "e2e-nextauth-secret-0123456789abcdefghijklmnop",
  "e2e-cron-secret-0123456789",
  "e2e-order-link-secret-0123456789abcdefghijklmnop",
  "4242424242424242",
  "4242 4242 4242 4242",
  "4000000000009995",
  "4000 0000 0000 9995",
  // A link token travels as ?t=… (order pages) or /paiement/… (payment links).
  "?t=",
  "/paiement/",
];

export function scanServerLogs(dir, needles = LOG_NEEDLES) {
  if (!dir || !fs.existsSync(dir)) return { leaks: [], lines: 0, tails: [] };
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  let lines = 0;
  const tails = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const all = text.split("\n");
    lines += all.length;
    tails.push({ file: path.basename(file), tail: all.slice(-40).join("\n") });
  }
  return { leaks: findInFiles(dir, needles), lines, tails };
}
