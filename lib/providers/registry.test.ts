import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/shared/env";
import { setEnvVariablesForTests } from "@/tests/support/env-variables";
import { getGatewayOrThrow, providerMode } from "./registry";

const VARIABLES = ["PAYMENT_MODE", "PAYPLUG_SECRET_KEY", "PAYPLUG_API_URL", "PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET", "PAYPAL_API_URL"];
let restore = () => {};
const configure = (variables: Record<string, string>) => {
  restore = setEnvVariablesForTests(VARIABLES, variables);
};
afterEach(() => restore());

describe("providerMode", () => {
  it.each([
    ["no keys: the emulators", {}, "test", "test"],
    ["live keys", { PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s" }, "live", "live"],
    [
      "test keys and PayPal's sandbox",
      { PAYPLUG_SECRET_KEY: "sk_test_abcdefgh12", PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s", PAYPAL_API_URL: "https://api-m.sandbox.paypal.com" },
      "test",
      "test",
    ],
  ] as const)("%s → PayPlug %s, PayPal %s, as each gateway's isLiveMode says", (_case, variables, payplug, paypal) => {
    configure(variables);
    expect(providerMode("payplug")).toBe(payplug);
    expect(providerMode("paypal")).toBe(paypal);
    expect(getGatewayOrThrow("payplug").isLiveMode()).toBe(payplug === "live");
    expect(getGatewayOrThrow("paypal").isLiveMode()).toBe(paypal === "live");
  });
});

describe("where the customer's browser may be sent, by mode", () => {
  const payplugLive = { PAYPLUG_SECRET_KEY: "sk_live_abcdefgh12" };
  const payplugTest = { PAYPLUG_SECRET_KEY: "sk_test_abcdefgh12" };
  const paypalLive = { PAYPAL_CLIENT_ID: "id", PAYPAL_CLIENT_SECRET: "s" };
  const paypalTest = { ...paypalLive, PAYPAL_API_URL: "https://api-m.sandbox.paypal.com" };
  const emulatorPage = `${env.appUrl}/sandbox/payplug/pay/pay_1`;

  it.each([
    // [mode, url, allowed, variables]
    ["live", "https://secure.payplug.com/pay/abc", true, payplugLive],
    ["live", "https://secure-qa.payplug.com/pay/abc", false, payplugLive],
    ["live", emulatorPage, false, payplugLive],
    ["test", "https://secure.payplug.com/pay/test/abc", true, payplugTest],
    ["test", "https://secure-qa.payplug.com/pay/abc", true, payplugTest],
    ["test", emulatorPage, false, payplugTest],
    ["emulator", emulatorPage, true, {}],
    ["emulator", "https://secure.payplug.com/pay/abc", false, {}],
  ] as const)("PayPlug %s: %s → %s", (_mode, url, allowed, variables) => {
    configure(variables);
    expect(getGatewayOrThrow("payplug").redirectAllowed(url)).toBe(allowed);
  });

  it.each([
    ["live", "https://www.paypal.com/checkoutnow?token=5O1", true, paypalLive],
    ["live", "https://www.sandbox.paypal.com/checkoutnow?token=5O1", false, paypalLive],
    ["test", "https://www.sandbox.paypal.com/checkoutnow?token=5O1", true, paypalTest],
    ["test", "https://www.paypal.com/checkoutnow?token=5O1", false, paypalTest],
    ["emulator", `${env.appUrl}/sandbox/paypal/checkoutnow?token=5O1`, true, {}],
    ["emulator", "https://www.sandbox.paypal.com/checkoutnow?token=5O1", false, {}],
  ] as const)("PayPal %s: %s → %s", (_mode, url, allowed, variables) => {
    configure(variables);
    expect(getGatewayOrThrow("paypal").redirectAllowed(url)).toBe(allowed);
  });
});
