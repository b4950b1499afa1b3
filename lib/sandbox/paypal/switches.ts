import "server-only";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { readSettings, writeSettings } from "../settings";

/*
 * The PayPal emulator's switches (sandbox.settings, provider "paypal"): fault injection and
 * behaviour toggles for tests and demos, shared by every instance and kept across restarts.
 */

export const PROVIDER = "paypal";

export const switchesSchema = z
  .object({
    /** Added to every REST response. */
    latencyMs: z.number().int().min(0).max(30_000).default(0),
    /** The next N REST calls (not the token call) answer `failStatus` without doing anything. */
    failNextRequests: z.number().int().min(0).max(1000).default(0),
    failStatus: z.union([z.literal(500), z.literal(502), z.literal(503)]).default(503),
    /** Where webhooks go (default: the shop's /api/webhooks/paypal, given by the route); only a URL on the shop's own origin is used. */
    webhookUrl: z.url().nullable().default(null),
    /** Queue webhooks but send none until switched off again (then the next run sends them). */
    holdWebhooks: z.boolean().default(false),
    /** Record webhooks as dropped: never sent. */
    dropWebhooks: z.boolean().default(false),
    /** Send each webhook this many extra times (each a separate transmission). */
    duplicateWebhooks: z.number().int().min(0).max(5).default(0),
    /** Deliver due webhooks newest first (out of order). */
    reorderWebhooks: z.boolean().default(false),
    /** How long a PENDING capture of the test cards/accounts waits before completing or being denied. */
    pendingSettleDelayMs: z.number().int().min(0).max(7 * 24 * 3600_000).default(20_000),
    /** Force the next captures, whatever the buyer chose: stay PENDING, then complete or be denied later. */
    forcePendingCaptures: z.enum(["off", "complete", "deny"]).default("off"),
    /** PayPal's "block duplicate invoice ids" account setting. */
    uniqueInvoiceId: z.boolean().default(true),
  })
  .strict();

export type PaypalSwitches = z.infer<typeof switchesSchema>;
export const switchesPatchSchema = switchesSchema.partial().strict();
export type PaypalSwitchesPatch = z.infer<typeof switchesPatchSchema>;

export async function readSwitches(ex: Executor): Promise<PaypalSwitches> {
  const stored = await readSettings(ex, PROVIDER);
  const parsed = switchesSchema.safeParse(stored);
  // A row written by an older version: keep the defaults rather than fail every request.
  return parsed.success ? parsed.data : switchesSchema.parse({});
}

export async function updateSwitches(ex: Executor, patch: PaypalSwitchesPatch): Promise<PaypalSwitches> {
  const next = switchesSchema.parse({ ...(await readSwitches(ex)), ...patch });
  await writeSettings(ex, PROVIDER, next);
  return next;
}

export async function resetSwitches(ex: Executor): Promise<PaypalSwitches> {
  const defaults = switchesSchema.parse({});
  await writeSettings(ex, PROVIDER, defaults);
  return defaults;
}
