import { describe, expect, it } from "vitest";
import { captureLogs } from "@/tests/support/captured-logs";
import { GatewayError } from "@/lib/providers/errors";
import { createPayPlugClient } from "./client";

const paymentJson = {
  id: "pay_abc123",
  object: "payment",
  is_live: false,
  amount: 1000,
  amount_refunded: 0,
  currency: "EUR",
  created_at: 1_790_000_000,
  is_paid: false,
  failure: null,
  metadata: { payment_id: "p1" },
};

type Call = { url: string; method: string; headers: Headers; body: string | null };

function fakeFetch(answers: (() => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), method: init?.method ?? "GET", headers: new Headers(init?.headers), body: (init?.body as string | undefined) ?? null });
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next();
  }) as typeof fetch;
  return { calls, impl };
}

const refused = () => {
  throw new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } });
};
const json = (body: unknown, status = 200) => () => Response.json(body, { status });

function client(impl: typeof fetch) {
  return createPayPlugClient({ apiUrl: "https://api.example/", secretKey: "sk_test_abcdefgh12", apiVersion: "2019-08-06", fetchImpl: impl, backoffMs: 1 });
}

describe("PayPlug client", () => {
  it("sends the key, the version header and JSON; parses the answer", async () => {
    const { calls, impl } = fakeFetch([json(paymentJson, 201)]);
    const { data } = await client(impl).payments.create({
      amount: 1000,
      currency: "EUR",
      billing: { first_name: "A", last_name: "B", email: "a@b.fr", address1: "x", postcode: "1", city: "c", country: "FR", language: "fr" },
      shipping: { first_name: "A", last_name: "B", email: "a@b.fr", address1: "x", postcode: "1", city: "c", country: "FR", language: "fr", delivery_type: "BILLING" },
      hosted_payment: { return_url: "https://s/r", cancel_url: "https://s/c" },
      notification_url: "https://s/n",
      metadata: { payment_id: "p1" },
    });
    expect(data.id).toBe("pay_abc123");
    expect(calls[0]).toMatchObject({ url: "https://api.example/v1/payments", method: "POST" });
    expect(calls[0]!.headers.get("authorization")).toBe("Bearer sk_test_abcdefgh12");
    expect(calls[0]!.headers.get("payplug-version")).toBe("2019-08-06");
    expect(calls[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("retries a read on 5xx and network failures, then succeeds", async () => {
    const { calls, impl } = fakeFetch([json({ object: "error", message: "down" }, 503), refused, json(paymentJson)]);
    const { data } = await client(impl).payments.retrieve("pay_abc123");
    expect(data.amount).toBe(1000);
    expect(calls).toHaveLength(3);
  });

  it("never resends a create that got a 5xx: the outcome is unknown", async () => {
    const { calls, impl } = fakeFetch([json({ object: "error", message: "boom" }, 503), json(paymentJson)]);
    const error = await client(impl)
      .payments.abort("pay_abc123")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: "provider_unavailable", details: { outcomeUnknown: true, status: 503 } });
    expect(calls).toHaveLength(1);
  });

  it("resends a write whose connection was refused (it never reached PayPlug)", async () => {
    const { calls, impl } = fakeFetch([refused, json(paymentJson)]);
    await client(impl).payments.abort("pay_abc123");
    expect(calls).toHaveLength(2);
  });

  it("reports a write timeout as unreachable with an unknown outcome, without resending", async () => {
    const timeout = () => {
      throw new DOMException("The operation was aborted due to timeout", "TimeoutError");
    };
    const { calls, impl } = fakeFetch([timeout, json(paymentJson)]);
    await expect(client(impl).payments.abort("pay_abc123")).rejects.toMatchObject({ code: "provider_unreachable", details: { outcomeUnknown: true } });
    expect(calls).toHaveLength(1);
  });

  it.each([
    [400, "provider_rejected"],
    [401, "provider_auth"],
    [403, "not_allowed"],
    [404, "not_found"],
    [409, "provider_rejected"],
  ] as const)("maps HTTP %i to %s without retrying", async (status, code) => {
    const { calls, impl } = fakeFetch([json({ object: "error", message: "nope" }, status), json(paymentJson)]);
    await expect(client(impl).payments.retrieve("pay_abc123")).rejects.toMatchObject({ code, details: { status, providerMessage: "nope" } });
    expect(calls).toHaveLength(1);
  });

  it("rejects an answer of the wrong shape", async () => {
    const { impl } = fakeFetch([json({ id: "pay_x", object: "refund" })]);
    await expect(client(impl).payments.retrieve("pay_x")).rejects.toMatchObject({ code: "invalid_response" });
  });

  it("never puts the secret key in an error message", async () => {
    const { impl } = fakeFetch([json({ object: "error", message: "bad key" }, 401)]);
    const error = (await client(impl)
      .payments.retrieve("pay_x")
      .catch((e: unknown) => e)) as Error;
    expect(JSON.stringify({ m: error.message, d: (error as GatewayError).details })).not.toContain("sk_test_abcdefgh12");
  });
});

describe("PayPlug client logs", () => {
  it("never write the secret key, whatever fails", async () => {
    const lines = await captureLogs(async () => {
      const { impl } = fakeFetch([json({ object: "error", message: "bad key" }, 401), json({ unexpected: true }), refused, refused, refused]);
      const c = client(impl);
      await c.payments.retrieve("pay_abc123").catch(() => null);
      await c.payments.retrieve("pay_abc123").catch(() => null);
      await c.payments.retrieve("pay_abc123").catch(() => null);
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("\n")).not.toContain("sk_test_abcdefgh12");
  });
});
