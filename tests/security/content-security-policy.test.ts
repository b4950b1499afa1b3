import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { setEnvVariablesForTests } from "@/tests/support/env-variables";
import { proxy } from "@/proxy";

/*
 * The pages' Content-Security-Policy names the providers' hosts of the shop's mode only: live
 * hosts in live mode, sandbox hosts in test mode, none with the emulators (they are 'self').
 */

const VARIABLES = ["NODE_ENV", "PAYMENT_MODE", "PAYPLUG_SECRET_KEY", "PAYPLUG_HOSTED_PAGE_HOSTS", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_API_URL"];
let restore = () => {};
afterEach(() => restore());

async function pageCsp(variables: Record<string, string>): Promise<Map<string, string[]>> {
  restore = setEnvVariablesForTests(VARIABLES, { NODE_ENV: "test", ...variables });
  const response = await proxy(new NextRequest(`${env.appUrl}/commande`));
  const csp = response.headers.get("content-security-policy") ?? "";
  return new Map(
    csp.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const LIVE = { PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s" };
const TEST = { PAYPLUG_SECRET_KEY: "sk_test_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s", PAYPAL_API_URL: "https://api-m.sandbox.paypal.com" };
const DIRECTIVES = ["script-src", "img-src", "connect-src", "frame-src", "form-action"];

describe("Content-Security-Policy of the pages, by payment mode", () => {
  it("live: PayPal's live site and PayPlug's live hosted page, no sandbox or QA host named", async () => {
    const csp = await pageCsp(LIVE);
    for (const directive of DIRECTIVES) {
      expect(csp.get(directive)?.join(" "), directive).not.toMatch(/sandbox|secure-qa/);
    }
    expect(csp.get("form-action")).toEqual(["'self'", "https://secure.payplug.com", "https://www.paypal.com"]);
    expect(csp.get("script-src")).toContain("https://www.paypal.com");
  });

  it("test: PayPal's sandbox site and PayPlug's test hosts, not PayPal's live approval page", async () => {
    const csp = await pageCsp(TEST);
    expect(csp.get("form-action")).toEqual(["'self'", "https://secure.payplug.com", "https://secure-qa.payplug.com", "https://www.sandbox.paypal.com"]);
    expect(csp.get("script-src")).toContain("https://www.sandbox.paypal.com");
    expect(csp.get("script-src")).not.toContain("https://www.paypal.com");
  });

  it("emulators: no provider host at all, everything is the shop's own origin", async () => {
    const csp = await pageCsp({});
    for (const directive of DIRECTIVES) {
      expect(csp.get(directive)?.join(" "), directive).not.toMatch(/paypal|payplug/);
    }
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("keeps a merchant's own hosted-page hosts, https only, and drops what cannot go into a CSP", async () => {
    const csp = await pageCsp({ ...LIVE, PAYPLUG_HOSTED_PAGE_HOSTS: "pay.example.fr, bad host;script-src *" });
    expect(csp.get("form-action")).toEqual(["'self'", "https://pay.example.fr", "https://www.paypal.com"]);
  });

  it("machine endpoints allow nothing", async () => {
    restore = setEnvVariablesForTests(VARIABLES, { NODE_ENV: "test", ...LIVE });
    expect((await proxy(new NextRequest(`${env.appUrl}/api/health`))).headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  });
});
