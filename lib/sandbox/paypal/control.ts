import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { controlAuthorized, controlUnauthorized, type ControlOptions } from "../control-auth";
import { sameOrigin } from "../origin";
import { approveWithGuestCard, approveWithPaypalAccount, cancelApproval, DEFAULT_BUYER, guestCardSchema } from "./approval";
import { PaypalApiError } from "./errors";
import { deliverDuePaypalWebhooks } from "./jobs";
import { DISPUTE_REASONS, openDispute, resolveDispute, updateDispute } from "./disputes";
import { reverseCapture, settlePendingCapture } from "./payments";
import { readSwitches, resetSwitches, switchesPatchSchema, updateSwitches } from "./switches";
import { listPaypalDeliveries } from "./webhooks";

/*
 * The emulator's own control surface, below /sandbox/paypal/control (sandbox mode only; PayPal
 * has no such thing), behind `Authorization: Bearer <CRON_SECRET>` (401 otherwise). Tests and
 * demos use it to flip switches and to play the buyer or PayPal's back office:
 *   GET  switches                      current switches
 *   POST switches        {…partial}    change some switches; POST switches/reset for the defaults
 *   POST orders/{id}/approve  {method: "paypal", email?} | {method: "card", number, …}
 *   POST orders/{id}/cancel            the buyer cancels in the approval window
 *   POST captures/{id}/settle {outcome: "COMPLETED" | "DENIED"}   settle a PENDING capture now
 *   POST captures/{id}/reverse         a chargeback (PAYMENT.CAPTURE.REVERSED)
 *   POST captures/{id}/dispute {reason?, amount?}   a buyer opens a case (CUSTOMER.DISPUTE.CREATED)
 *   POST disputes/{id}/update {status, stage?}      the case moves on (CUSTOMER.DISPUTE.UPDATED)
 *   POST disputes/{id}/resolve {outcome?}           PayPal closes it (CUSTOMER.DISPUTE.RESOLVED;
 *                                                   in the buyer's favour, PAYMENT.CAPTURE.REVERSED too)
 *   POST deliveries/run                run the deliveries job now
 *   GET  deliveries                    the latest webhook deliveries
 */

const approveSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("paypal"), email: z.email().default(DEFAULT_BUYER.email), password: z.string().min(1).default("sandbox") }).strict(),
  z
    .object({
      method: z.literal("card"),
      number: z.string().default("4242424242424242"),
      expiry: z.string().default("12/39"),
      cvc: z.string().default("123"),
      name: z.string().default("Jeanne Dupont"),
      email: z.string().default("invite@example.fr"),
    })
    .strict(),
]);
export type PaypalControlOptions = ControlOptions & {
  /** The shop's public base URL (APP_URL): the webhookUrl switch must stay on its origin. */
  shopUrl: string;
};

const disputeSchema = z
  .object({ reason: z.enum(DISPUTE_REASONS).optional(), amount: z.object({ currency_code: z.string(), value: z.string() }).strict().optional() })
  .strict();
const disputeUpdateSchema = z
  .object({ status: z.enum(["OPEN", "WAITING_FOR_BUYER_RESPONSE", "WAITING_FOR_SELLER_RESPONSE", "UNDER_REVIEW"]), stage: z.enum(["INQUIRY", "CHARGEBACK"]).optional() })
  .strict();
const disputeResolveSchema = z
  .object({ outcome: z.enum(["RESOLVED_BUYER_FAVOUR", "RESOLVED_SELLER_FAVOUR", "RESOLVED_WITH_PAYOUT", "CANCELED_BY_BUYER", "ACCEPTED", "DENIED"]).optional() })
  .strict();

const settleSchema = z.object({ outcome: z.enum(["COMPLETED", "DENIED"]).optional() }).strict();

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

async function body(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export async function handlePaypalControlRequest(request: Request, opts: PaypalControlOptions): Promise<Response> {
  if (!controlAuthorized(request, opts.controlSecret)) return controlUnauthorized();
  const path = new URL(request.url).pathname.replace(/^.*\/sandbox\/paypal\/control/, "").replace(/\/+$/, "");
  const method = request.method.toUpperCase();
  const db = await getDb();
  try {
    if (path === "/switches" && method === "GET") return json(200, await readSwitches(db));
    if (path === "/switches" && method === "POST") {
      const patch = switchesPatchSchema.safeParse(await body(request));
      if (!patch.success) return json(400, { error: "invalid_switches", issues: patch.error.issues });
      if (patch.data.webhookUrl && !sameOrigin(patch.data.webhookUrl, opts.shopUrl)) {
        return json(400, {
          error: "invalid_switches",
          issues: [{ path: ["webhookUrl"], message: `The sandbox sends webhooks only to the shop it belongs to: use a URL on ${new URL(opts.shopUrl).origin}.` }],
        });
      }
      return json(200, await updateSwitches(db, patch.data));
    }
    if (path === "/switches/reset" && method === "POST") return json(200, await resetSwitches(db));
    if (path === "/deliveries" && method === "GET") return json(200, await listPaypalDeliveries(db));
    if (path === "/deliveries/run" && method === "POST") return json(200, await deliverDuePaypalWebhooks());

    let m = /^\/orders\/([A-Z0-9]{1,36})\/(approve|cancel)$/.exec(path);
    if (m && method === "POST") {
      const [, id = "", action] = m;
      if (action === "cancel") {
        const r = await cancelApproval(id);
        return r.ok ? json(200, r.view) : json(404, { error: r.code });
      }
      const input = approveSchema.safeParse(await body(request));
      if (!input.success) return json(400, { error: "invalid_request", issues: input.error.issues });
      let result;
      if (input.data.method === "paypal") {
        result = await approveWithPaypalAccount(id, { email: input.data.email, password: input.data.password });
      } else {
        const card = guestCardSchema.safeParse(input.data);
        if (!card.success) return json(400, { error: "invalid_card", issues: card.error.issues });
        result = await approveWithGuestCard(id, card.data);
      }
      return result.ok ? json(200, result.view) : json(result.code === "not_found" ? 404 : 409, { error: result.code });
    }
    m = /^\/captures\/([A-Z0-9]{1,36})\/dispute$/.exec(path);
    if (m && method === "POST") {
      const input = disputeSchema.safeParse(await body(request));
      if (!input.success) return json(400, { error: "invalid_request", issues: input.error.issues });
      return json(201, await openDispute(m[1]!, input.data));
    }
    m = /^\/disputes\/([A-Za-z0-9-]{1,64})\/(update|resolve)$/.exec(path);
    if (m && method === "POST") {
      const [, id = "", action] = m;
      if (action === "update") {
        const input = disputeUpdateSchema.safeParse(await body(request));
        if (!input.success) return json(400, { error: "invalid_request", issues: input.error.issues });
        return json(200, await updateDispute(id, input.data));
      }
      const input = disputeResolveSchema.safeParse(await body(request));
      if (!input.success) return json(400, { error: "invalid_request", issues: input.error.issues });
      return json(200, await resolveDispute(id, input.data));
    }
    m = /^\/captures\/([A-Z0-9]{1,36})\/(settle|reverse)$/.exec(path);
    if (m && method === "POST") {
      const [, id = "", action] = m;
      if (action === "reverse") return json(200, await reverseCapture(id));
      const input = settleSchema.safeParse(await body(request));
      if (!input.success) return json(400, { error: "invalid_request", issues: input.error.issues });
      return json(200, { settled: await settlePendingCapture(id, input.data.outcome) });
    }
    return json(404, { error: "not_found" });
  } catch (error) {
    if (error instanceof PaypalApiError) return json(error.status, error.body());
    throw error;
  }
}
