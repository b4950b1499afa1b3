import { afterEach, describe, expect, it } from "vitest";
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
