import "server-only";
import { z } from "zod";
import { controlAuthorized, controlUnauthorized, type ControlOptions } from "../control-auth";
import { errorResponse, PayplugApiError } from "./errors";
import { chargeDueInstallments, chargeNextInstallment, failInstallmentCharges } from "./installment-plans";
import { deliverDuePayplugNotifications } from "./notifications";
import { readJson } from "./read-json";
import { getPayplugSettings, resetPayplugSettings, setPayplugSettings } from "./settings";
import { expirePayment, timeOutAbandonedPayments } from "./timeouts";

/*
 * The emulator's control surface (sandbox only, no PayPlug equivalent): fault switches and test
 * hooks, for tests, demos and docs/sandbox.md's curl examples. Every call needs
 * `Authorization: Bearer <CRON_SECRET>` (401 otherwise).
 *   GET/POST/DELETE /sandbox/payplug/faults   read / merge a patch / reset the switches
 *   POST /sandbox/payplug/admin               {action, id?, failure_code?, now?}
 *     deliver_notifications {now?}, time_out_payments {now?} (what the sandbox-deliveries job does),
 *     expire_payment {id} (one payment, now), charge_next_installment {id, failure_code?}
 *     advance_clock {days}: moves the emulator's clock forward, then charges every installment due
 *       by it (set_clock {offset_days} sets it; 0 is today); charge_due_installments: the same
 *       charges without moving the clock (what the sandbox-deliveries job does)
 *     fail_installment_charges {id, count?, failure_code?}: the plan's next `count` charges are refused
 */

function zodDetails(error: z.ZodError): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const i of error.issues) (details[i.path.map(String).join(".") || "body"] ??= []).push(i.message);
  return details;
}

export async function handlePayplugFaultsRequest(request: Request, opts: ControlOptions): Promise<Response> {
  if (!controlAuthorized(request, opts.controlSecret)) return controlUnauthorized();
  try {
    const method = request.method.toUpperCase();
    if (method === "GET") return Response.json(await getPayplugSettings());
    if (method === "DELETE") return Response.json(await resetPayplugSettings());
    if (method !== "POST") return errorResponse(405, `Method "${method}" not allowed.`);
    const body = await readJson(request);
    if (typeof body === "object" && body !== null && "reset" in body && body.reset === true) return Response.json(await resetPayplugSettings());
    return Response.json(await setPayplugSettings(body));
  } catch (error) {
    if (error instanceof z.ZodError) return errorResponse(400, "Invalid settings.", zodDetails(error));
    if (error instanceof PayplugApiError) return error.toResponse();
    throw error;
  }
}

const adminAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("deliver_notifications"), now: z.iso.datetime().optional() }),
  z.object({ action: z.literal("charge_next_installment"), id: z.string().regex(/^inst_[A-Za-z0-9]+$/), failure_code: z.string().min(1).nullish() }),
  z.object({ action: z.literal("expire_payment"), id: z.string().regex(/^pay_[A-Za-z0-9]+$/) }),
  z.object({ action: z.literal("time_out_payments"), now: z.iso.datetime().optional() }),
  z.object({ action: z.literal("advance_clock"), days: z.int().min(0).max(400) }),
  z.object({ action: z.literal("set_clock"), offset_days: z.int().min(0).max(800) }),
  z.object({ action: z.literal("charge_due_installments") }),
  z.object({
    action: z.literal("fail_installment_charges"),
    id: z.string().regex(/^inst_[A-Za-z0-9]+$/),
    count: z.int().min(0).max(20).default(1),
    failure_code: z.string().regex(/^[a-z0-9_]{1,60}$/).default("card_declined"),
  }),
]);

export async function handlePayplugAdminRequest(request: Request, opts: ControlOptions): Promise<Response> {
  if (!controlAuthorized(request, opts.controlSecret)) return controlUnauthorized();
  try {
    if (request.method.toUpperCase() !== "POST") return errorResponse(405, `Method "${request.method}" not allowed.`);
    const a = adminAction.parse(await readJson(request));
    switch (a.action) {
      case "deliver_notifications":
        return Response.json({ attempts: await deliverDuePayplugNotifications({ now: a.now ? new Date(a.now) : undefined }) });
      case "charge_next_installment":
        return Response.json(await chargeNextInstallment(a.id, a.failure_code ?? null));
      case "expire_payment":
        return Response.json(await expirePayment(a.id));
      case "time_out_payments":
        return Response.json({ timed_out: await timeOutAbandonedPayments({ now: a.now ? new Date(a.now) : undefined }) });
      case "advance_clock": {
        const current = await getPayplugSettings();
        await setPayplugSettings({ clockOffsetDays: current.clockOffsetDays + a.days });
        return Response.json(await chargeDueInstallments());
      }
      case "set_clock":
        await setPayplugSettings({ clockOffsetDays: a.offset_days });
        return Response.json(await chargeDueInstallments());
      case "charge_due_installments":
        return Response.json(await chargeDueInstallments());
      case "fail_installment_charges":
        return Response.json(await failInstallmentCharges(a.id, a.count, a.failure_code));
    }
  } catch (error) {
    if (error instanceof z.ZodError) return errorResponse(400, "Invalid action.", zodDetails(error));
    if (error instanceof PayplugApiError) return error.toResponse();
    throw error;
  }
}
