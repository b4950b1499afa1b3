import "server-only";
import { z } from "zod";
import { errorResponse, PayplugApiError } from "./errors";
import { sleep, takeApiFault } from "./faults";
import { createInstallmentPlan, getInstallmentPlan, patchInstallmentPlan } from "./installment-plans";
import { createPayment, getPayment, listPayments, patchPayment } from "./payments";
import { createRefund, getRefund, listRefunds } from "./refunds";
import { readJson } from "./read-json";
import { getPayplugSettings } from "./settings";
import type { PayplugMode } from "./types";
import { CURRENT_VERSION } from "./validation";

/*
 * The emulated api.payplug.com: the same paths below /sandbox/payplug as below PayPlug's host,
 * the same fields, statuses and error bodies (spec §1–§8). Route files pass the request and the
 * shop's public base URL; nothing here reads configuration.
 */

export type PayplugApiOptions = {
  /**
   * The shop's public base URL (APP_URL): the hosted page is served there (hosted_payment.payment_url),
   * and it is the only origin notification_url, return_url and cancel_url may point at.
   */
  publicBaseUrl: string;
};

const KEY = /^Bearer (sk_(test|live)_[A-Za-z0-9]{8,})$/;
const ID = { pay: /^pay_[A-Za-z0-9]+$/, re: /^re_[A-Za-z0-9]+$/, inst: /^inst_[A-Za-z0-9]+$/ };

/** The store picked by the secret key's prefix, or null (→ 401). */
export function modeFromAuthorization(header: string | null): PayplugMode | null {
  const m = header ? KEY.exec(header.trim()) : null;
  if (!m) return null;
  return m[2] === "live" ? "live" : "test";
}

const listQuery = z.object({
  page: z.coerce.number().int().min(0).default(0),
  per_page: z.coerce.number().int().min(1).max(100).default(10),
});

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** The path below the emulator's root, e.g. "/v1/payments/pay_…" or "/test". */
function apiPath(url: URL): string {
  const i = url.pathname.indexOf("/sandbox/payplug");
  return i >= 0 ? url.pathname.slice(i + "/sandbox/payplug".length) || "/" : url.pathname;
}

export async function handlePayplugApiRequest(request: Request, opts: PayplugApiOptions): Promise<Response> {
  try {
    const settings = await getPayplugSettings();
    if (settings.api.latencyMs > 0) await sleep(settings.api.latencyMs);
    const fault = await takeApiFault(settings);
    if (fault?.kind === "fail") return errorResponse(fault.status, "The service is temporarily unavailable. Please retry later.");
    if (fault?.kind === "timeout" && fault.mode === "before") {
      await sleep(fault.ms);
      return errorResponse(504, "Gateway timeout.");
    }
    const response = await route(request, opts);
    if (fault?.kind === "timeout") {
      await sleep(fault.ms);
      return errorResponse(504, "Gateway timeout.");
    }
    return response;
  } catch (error) {
    if (error instanceof PayplugApiError) return error.toResponse();
    throw error;
  }
}

async function route(request: Request, opts: PayplugApiOptions): Promise<Response> {
  const url = new URL(request.url);
  const path = apiPath(url);
  const method = request.method.toUpperCase();
  const notAllowed = () => errorResponse(405, `Method "${method}" not allowed.`);

  if (path === "/test" || path === "/test/") return method === "GET" ? json({ status: "ok" }) : notAllowed();
  if (!path.startsWith("/v1/")) return errorResponse(404, "Not found.");

  const mode = modeFromAuthorization(request.headers.get("authorization"));
  if (!mode) {
    return errorResponse(
      401,
      request.headers.get("authorization") ? "The secret key you provided is invalid." : "Authentication credentials were not provided.",
    );
  }
  const version = request.headers.get("payplug-version");
  if (version !== null && !/^\d{4}-\d{2}-\d{2}$/.test(version.trim())) {
    return errorResponse(400, "Invalid PayPlug-Version header: expected a date such as 2019-08-06.");
  }
  // Without the header PayPlug falls back to its legacy API (spec §1), which still took `customer`.
  const legacy = version === null || version.trim() < CURRENT_VERSION;

  const parts = path.slice("/v1/".length).split("/").filter(Boolean);
  const [resource, id, sub, subId, ...rest] = parts;
  if (rest.length) return errorResponse(404, "Not found.");

  if (resource === "payments") {
    if (id === undefined) {
      if (method === "POST") return json(await createPayment(mode, await readJson(request), { publicBaseUrl: opts.publicBaseUrl, legacy }), 201);
      if (method === "GET") {
        const q = listQuery.safeParse(Object.fromEntries(url.searchParams));
        if (!q.success) return errorResponse(400, "Invalid pagination parameters.", { page: ["A valid integer ≥ 0 is required."], per_page: ["A valid integer between 1 and 100 is required."] });
        return json(await listPayments(mode, q.data.page, q.data.per_page));
      }
      return notAllowed();
    }
    if (!ID.pay.test(id)) return errorResponse(404, "The requested payment was not found.");
    if (sub === undefined) {
      if (method === "GET") return json(await getPayment(mode, id));
      if (method === "PATCH") return json(await patchPayment(mode, id, await readJson(request)));
      return notAllowed();
    }
    if (sub !== "refunds") return errorResponse(404, "Not found.");
    if (subId === undefined) {
      if (method === "POST") return json(await createRefund(mode, id, await readJson(request)), 201);
      if (method === "GET") return json(await listRefunds(mode, id));
      return notAllowed();
    }
    if (!ID.re.test(subId)) return errorResponse(404, "The requested refund was not found.");
    if (method === "GET") return json(await getRefund(mode, id, subId));
    return notAllowed();
  }

  if (resource === "installment_plans" && sub === undefined) {
    if (id === undefined) {
      if (method === "POST") return json(await createInstallmentPlan(mode, await readJson(request), { publicBaseUrl: opts.publicBaseUrl }), 201);
      return notAllowed();
    }
    if (!ID.inst.test(id)) return errorResponse(404, "The requested installment plan was not found.");
    if (method === "GET") return json(await getInstallmentPlan(mode, id));
    if (method === "PATCH") return json(await patchInstallmentPlan(mode, id, await readJson(request)));
    return notAllowed();
  }

  return errorResponse(404, "Not found.");
}
