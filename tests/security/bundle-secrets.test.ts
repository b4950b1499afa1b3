import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertNoSecretsInBundle, BUILD_CANARIES } from "@/scripts/bundle-secrets.mjs";

/*
 * The scan the e2e run applies to every production build (scripts/e2e.mjs): here on planted files,
 * so that it is known to catch a secret's name and a secret's value.
 */

function fakeBuild(files: Record<string, string>): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-bundle-"));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dist, "static", name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dist;
}

describe("no secret in the browser bundle", () => {
  it("passes a clean build", () => {
    expect(assertNoSecretsInBundle(fakeBuild({ "chunks/app.js": "console.log('bonjour')" }))).toMatchObject({ scanned: 1 });
  });

  it("catches a variable name (the env module bundled into a client component)", () => {
    const dist = fakeBuild({ "chunks/app.js": "console.log('bonjour')", "chunks/env.js": 'const k = "PAYPLUG_SECRET_KEY";' });
    expect(() => assertNoSecretsInBundle(dist)).toThrow(/chunks\/env\.js: PAYPLUG_SECRET_KEY/);
  });

  it("catches a canary value (a secret inlined at build)", () => {
    const dist = fakeBuild({ "css/x.css": `/* ${BUILD_CANARIES.ORDER_LINK_SECRET} */` });
    expect(() => assertNoSecretsInBundle(dist)).toThrow(/ORDER_LINK_SECRET|canary-orderlink/);
  });
});

describe("no secret in the servers' logs of an e2e run", () => {
  it("the scan catches a secret value, a card number and a link token, and passes clean lines", async () => {
    const { scanServerLogs } = await import("@/scripts/log-secrets.mjs");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "caisse-logs-"));
    fs.writeFileSync(path.join(dir, "server-1.log"), '{"level":"info","message":"payment reconciled","data":{"paymentId":"p1"}}\n');
    expect(scanServerLogs(dir).leaks).toEqual([]);
    fs.writeFileSync(path.join(dir, "server-2.log"), '{"message":"x","data":{"url":"/commandes/CA-1?t=abc","card":"4242424242424242"}}\n');
    expect(scanServerLogs(dir).leaks.map((l) => l.needle).sort()).toEqual(["4242424242424242", "?t="]);
  });
});
