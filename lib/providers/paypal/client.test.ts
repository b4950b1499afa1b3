import { afterEach, describe, expect, it } from "vitest";
import { captureLogs } from "@/tests/support/captured-logs";
import { clearPayPalTokenCache, createPayPalClient, requestIds } from "./client";
import { isPayPalError, paypalErrorCode, paypalErrorMessage, PAYPAL_ERROR_MESSAGES } from "./errors";

type Call = { url: string; method: string; headers: Headers; body: string };

const ORDER = { id: "ORDER-1", status: "CREATED", links: [{ href: "https://www.paypal.com/checkoutnow?token=ORDER-1", rel: "approve", method: "GET" }] };

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** A scripted PayPal: each API call takes the next answer; token calls are answered apart. */
function fakePayPal(answers: Array<Response | Error>, opts: { tokenLifetime?: number } = {}) {
  const calls: Call[] = [];
  let tokens = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
    const call = { url, method: init?.method ?? "GET", headers: new Headers(init?.headers), body: typeof init?.body === "string" ? init.body : "" };
    calls.push(call);
    if (url.endsWith("/v1/oauth2/token")) {
      tokens++;
      return json({ access_token: `TOKEN-${tokens}`, token_type: "Bearer", expires_in: opts.tokenLifetime ?? 32400, app_id: "APP-1" });
    }
    const next = answers.shift();
    if (!next) throw new Error(`unexpected call ${url}`);
    if (next instanceof Error) throw next;
    return Promise.resolve(next);
  };
  return { calls, fetchImpl, apiCalls: () => calls.filter((c) => !c.url.endsWith("/oauth2/token")), tokenCalls: () => calls.filter((c) => c.url.endsWith("/oauth2/token")) };
}

function client(fake: ReturnType<typeof fakePayPal>, now = () => 1_000_000) {
  return createPayPalClient({ apiUrl: "https://api-m.sandbox.paypal.com", clientId: "cid", clientSecret: "secret", fetchImpl: fake.fetchImpl, backoffMs: 1, now });
}

/** What live PayPal answers to an expired or revoked bearer token (its OAuth layer's shape). */
const invalidToken = () => json({ error: "invalid_token", error_description: "Access Token not found in cache" }, 401);

afterEach(() => clearPayPalTokenCache());

describe("token", () => {
  it("asks with Basic auth and a form body, then reuses the token until shortly before expiry", async () => {
    const fake = fakePayPal([json(ORDER), json(ORDER), json(ORDER)]);
    let clock = 1_000_000;
    const c = client(fake, () => clock);
    await c.orders.get("ORDER-1");
    await c.orders.get("ORDER-1");
    const [token] = fake.tokenCalls();
    expect(token!.method).toBe("POST");
    expect(token!.headers.get("authorization")).toBe(`Basic ${Buffer.from("cid:secret").toString("base64")}`);
    expect(token!.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(token!.body).toBe("grant_type=client_credentials");
    expect(fake.tokenCalls()).toHaveLength(1);
    expect(fake.apiCalls()[1]!.headers.get("authorization")).toBe("Bearer TOKEN-1");
    clock += 32400 * 1000 - 60_000; // within the refresh margin
    await c.orders.get("ORDER-1");
    expect(fake.tokenCalls()).toHaveLength(2);
    expect(fake.apiCalls()[2]!.headers.get("authorization")).toBe("Bearer TOKEN-2");
  });

  it("refreshes once on 401 and retries the call", async () => {
    const fake = fakePayPal([json({ name: "AUTHENTICATION_FAILURE" }, 401), json(ORDER)]);
    const { data } = await client(fake).orders.get("ORDER-1");
    expect(data.id).toBe("ORDER-1");
    expect(fake.tokenCalls()).toHaveLength(2);
  });

  it("does not loop on a second 401", async () => {
    const fake = fakePayPal([json({ name: "AUTHENTICATION_FAILURE" }, 401), json({ name: "AUTHENTICATION_FAILURE" }, 401)]);
    await expect(client(fake).orders.get("ORDER-1")).rejects.toMatchObject({ code: "provider_auth" });
  });

  it("on 401 invalid_token drops the cached token, fetches a new one, retries once and keeps the new one", async () => {
    const fake = fakePayPal([json(ORDER), invalidToken(), json(ORDER), json(ORDER)]);
    const c = client(fake);
    await c.orders.get("ORDER-1");
    const { data } = await c.orders.get("ORDER-1");
    expect(data.id).toBe("ORDER-1");
    await c.orders.get("ORDER-1");
    expect(fake.apiCalls().map((call) => call.headers.get("authorization"))).toEqual(["Bearer TOKEN-1", "Bearer TOKEN-1", "Bearer TOKEN-2", "Bearer TOKEN-2"]);
    expect(fake.tokenCalls()).toHaveLength(2);
  });

  it("a second invalid_token is provider_auth and says so (not retried again)", async () => {
    const fake = fakePayPal([invalidToken(), invalidToken()]);
    const error: unknown = await client(fake).orders.get("ORDER-1").catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "provider_auth",
      paypal: { name: "invalid_token" },
      details: { status: 401, providerMessage: "Access Token not found in cache" },
    });
    expect(fake.apiCalls()).toHaveLength(2);
  });

  it("names the OAuth error when the token request itself is refused (invalid_client)", async () => {
    const fetchImpl: typeof fetch = () => Promise.resolve(json({ error: "invalid_client", error_description: "Client Authentication failed" }, 401));
    const c = createPayPalClient({ apiUrl: "https://api-m.sandbox.paypal.com", clientId: "cid", clientSecret: "wrong", fetchImpl, backoffMs: 1 });
    await expect(c.orders.get("ORDER-1")).rejects.toMatchObject({ code: "provider_auth", paypal: { name: "invalid_client" } });
  });

  it("shares one token request between concurrent calls", async () => {
    const fake = fakePayPal([json(ORDER), json(ORDER), json(ORDER)]);
    const c = client(fake);
    await Promise.all([c.orders.get("ORDER-1"), c.orders.get("ORDER-1"), c.orders.get("ORDER-1")]);
    expect(fake.tokenCalls()).toHaveLength(1);
  });
});

describe("writes", () => {
  it("sends PayPal-Request-Id, Prefer representation and JSON on create and capture", async () => {
    const fake = fakePayPal([json(ORDER, 201), json({ ...ORDER, status: "COMPLETED" }, 201)]);
    const c = client(fake);
    await c.orders.create({ intent: "CAPTURE", purchase_units: [] }, { requestId: requestIds.createOrder("p1") });
    await c.orders.capture("ORDER-1", { requestId: requestIds.capture("p1"), mockResponse: '{"mock_application_codes":"INSTRUMENT_DECLINED"}' });
    const [create, capture] = fake.apiCalls();
    expect(create!.headers.get("paypal-request-id")).toBe("caisse-order-p1");
    expect(create!.headers.get("prefer")).toBe("return=representation");
    expect(create!.headers.get("content-type")).toBe("application/json");
    expect(capture!.url).toBe("https://api-m.sandbox.paypal.com/v2/checkout/orders/ORDER-1/capture");
    expect(capture!.headers.get("paypal-request-id")).toBe("caisse-capture-p1");
    expect(capture!.headers.get("paypal-mock-response")).toContain("INSTRUMENT_DECLINED");
    expect(capture!.body).toBe("{}");
  });

  it("never sends PayPal-Mock-Response to the live API", async () => {
    const fake = fakePayPal([json(ORDER, 201)]);
    const live = createPayPalClient({ apiUrl: "https://api-m.paypal.com", clientId: "c", clientSecret: "s", fetchImpl: fake.fetchImpl });
    await live.orders.capture("ORDER-1", { requestId: "x", mockResponse: "{}" });
    expect(fake.apiCalls()[0]!.headers.get("paypal-mock-response")).toBeNull();
  });

  it("retries an idempotent write after a network error and a 5xx with the SAME request id", async () => {
    const fake = fakePayPal([new TypeError("fetch failed"), json({ name: "INTERNAL_SERVER_ERROR" }, 500), json(ORDER, 200)]);
    const { data } = await client(fake).orders.capture("ORDER-1", { requestId: requestIds.capture("p1") });
    expect(data.id).toBe("ORDER-1");
    expect(fake.apiCalls().map((c) => c.headers.get("paypal-request-id"))).toEqual(["caisse-capture-p1", "caisse-capture-p1", "caisse-capture-p1"]);
  });

  it("reports an unreachable PayPal after the retries, outcome unknown for a write", async () => {
    const fake = fakePayPal([new TypeError("x"), new TypeError("x"), new TypeError("x")]);
    const error: unknown = await client(fake).orders.capture("O", { requestId: "r" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "provider_unreachable", details: { provider: "paypal", outcomeUnknown: true } });
  });
});

describe("errors", () => {
  it("maps details[].issue to our codes and keeps debug_id", async () => {
    const fake = fakePayPal([
      json(
        { name: "UNPROCESSABLE_ENTITY", message: "The requested action could not be performed", debug_id: "dbg-42", details: [{ issue: "INSTRUMENT_DECLINED", description: "declined" }] },
        422,
      ),
    ]);
    const error: unknown = await client(fake).orders.capture("ORDER-1", { requestId: "r" }).catch((e: unknown) => e);
    expect(isPayPalError(error)).toBe(true);
    if (!isPayPalError(error)) return;
    expect(error.code).toBe("provider_rejected");
    expect(error.paypalCode).toBe("instrument_declined");
    expect(error.paypal).toEqual({ issue: "INSTRUMENT_DECLINED", name: "UNPROCESSABLE_ENTITY", debugId: "dbg-42" });
    expect(error.retryable).toBe(false);
    expect(paypalErrorMessage(error)).toBe(PAYPAL_ERROR_MESSAGES.instrument_declined);
  });

  it("does not retry a 422 and takes the debug id from the header when the body has none", async () => {
    const fake = fakePayPal([json({ name: "UNPROCESSABLE_ENTITY", details: [{ issue: "ORDER_ALREADY_CAPTURED" }] }, 422, { "paypal-debug-id": "hdr-1" })]);
    const error: unknown = await client(fake).orders.capture("ORDER-1", { requestId: "r" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ paypalCode: "order_already_captured", paypal: { debugId: "hdr-1" } });
    expect(fake.apiCalls()).toHaveLength(1);
  });

  it.each([
    ["order create", (c: ReturnType<typeof client>) => c.orders.create({ intent: "CAPTURE", purchase_units: [] }, { requestId: "r" })],
    ["refund", (c: ReturnType<typeof client>) => c.captures.refund("CAPTURE-1", { amount: { currency_code: "EUR", value: "1.005" } }, { requestId: "r" })],
  ])("a 422 DECIMAL_PRECISION on %s is a rejected amount, never retried, with a French message", async (_name, send) => {
    const fake = fakePayPal([
      json(
        {
          name: "UNPROCESSABLE_ENTITY",
          message: "The requested action could not be performed, semantically incorrect, or failed business validation.",
          debug_id: "dbg-7",
          details: [{ field: "/amount/value", value: "1.005", issue: "DECIMAL_PRECISION", description: "If the currency supports decimals, only two decimal place precision is supported." }],
        },
        422,
      ),
    ]);
    const error: unknown = await send(client(fake)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "provider_rejected", paypalCode: "amount_mismatch", paypal: { issue: "DECIMAL_PRECISION", debugId: "dbg-7" }, details: { status: 422, outcomeUnknown: false } });
    expect(paypalErrorMessage(error)).toBe(PAYPAL_ERROR_MESSAGES.amount_mismatch);
    expect(fake.apiCalls()).toHaveLength(1);
  });

  it("a 404 RESOURCE_NOT_FOUND is not_found; a body that is not JSON still gives a typed error", async () => {
    const fake = fakePayPal([json({ name: "RESOURCE_NOT_FOUND", details: [{ issue: "INVALID_RESOURCE_ID" }] }, 404), new Response("<html>", { status: 400 })]);
    const c = client(fake);
    await expect(c.orders.get("NOPE")).rejects.toMatchObject({ code: "not_found", paypalCode: "not_found" });
    await expect(c.orders.get("X")).rejects.toMatchObject({ code: "provider_rejected", paypalCode: "other" });
  });

  it("retries reads on 5xx then gives up as provider_unavailable", async () => {
    const fake = fakePayPal([json({}, 503), json({}, 502), json({}, 500)]);
    await expect(client(fake).orders.get("O")).rejects.toMatchObject({ code: "provider_unavailable" });
    expect(fake.apiCalls()).toHaveLength(3);
  });

  it("refuses a response of an unexpected shape", async () => {
    const fake = fakePayPal([json({ nope: true })]);
    await expect(client(fake).orders.get("O")).rejects.toMatchObject({ code: "invalid_response" });
  });

  it.each([
    ["INSTRUMENT_DECLINED", "instrument_declined"],
    ["ORDER_ALREADY_CAPTURED", "order_already_captured"],
    ["ORDER_NOT_APPROVED", "order_not_approved"],
    ["ORDER_EXPIRED", "order_expired"],
    ["DUPLICATE_INVOICE_ID", "duplicate_invoice_id"],
    ["PAYER_ACTION_REQUIRED", "payer_action_required"],
    ["DECIMAL_PRECISION", "amount_mismatch"],
    ["SOMETHING_ELSE", "other"],
    [null, "other"],
  ])("issue %s → %s", (issue, code) => {
    expect(paypalErrorCode(issue)).toBe(code);
  });
});

describe("logs", () => {
  it("never write the client secret, its Basic credential or an access token, whatever fails", async () => {
    const lines = await captureLogs(async () => {
      const fake = fakePayPal([
        invalidToken(),
        invalidToken(),
        json({ name: "UNPROCESSABLE_ENTITY", details: [{ issue: "INSTRUMENT_DECLINED" }] }, 422),
        json({ unexpected: true }),
        new TypeError("fetch failed"),
        new TypeError("fetch failed"),
        new TypeError("fetch failed"),
      ]);
      const c = client(fake);
      await c.orders.get("O-1").catch(() => null);
      await c.orders.capture("O-1", { requestId: "r" }).catch(() => null);
      await c.orders.get("O-1").catch(() => null);
      await c.orders.get("O-1").catch(() => null);
      const refused = createPayPalClient({
        apiUrl: "https://api-m.sandbox.paypal.com",
        clientId: "cid",
        clientSecret: "secret",
        fetchImpl: () => Promise.resolve(json({ error: "invalid_client", error_description: "Client Authentication failed" }, 401)),
      });
      await refused.orders.get("O-1").catch(() => null);
    });
    const all = lines.join("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of ["secret", Buffer.from("cid:secret").toString("base64"), "TOKEN-1", "TOKEN-2", "TOKEN-3"]) expect(all).not.toContain(secret);
  });
});
