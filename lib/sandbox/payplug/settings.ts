import "server-only";
import { z } from "zod";
import { getDb, type Executor, type Tx } from "@/lib/db/client";
import { lockSettings, readSettings, writeSettings } from "../settings";
import { PROVIDER } from "./types";

/*
 * The PayPlug emulator's switches (sandbox.settings, provider "payplug"): fault injection for the
 * API and the notifications, the retry schedule, when abandoned payments time out, the shop name on
 * the hosted page. Switchable over HTTP (POST /sandbox/payplug/faults) and by setPayplugSettings()
 * in tests. See docs/sandbox.md.
 */

const ms = (max: number, fallback: number) => z.int().min(0).max(max).default(fallback);
const count = z.int().min(0).max(1000).default(0);
const rate = z.number().min(0).max(1).default(0);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A payment's lifetime: at least a second, at most 30 days, or null for never. */
const timeout = (fallback: number) => z.int().min(1_000).max(30 * DAY_MS).nullable().default(fallback);

export const payplugSettingsSchema = z.object({
  /** Name shown on the hosted page (default: the shop's own name, passed by the route). */
  shopName: z.string().trim().min(1).max(100).nullable().default(null),
  api: z
    .object({
      /** Added to every API answer. */
      latencyMs: ms(120_000, 0),
      /** The next N API calls answer `failStatus` without doing anything. */
      failNext: count,
      /** Each API call fails with this probability. */
      failRate: rate,
      failStatus: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(503),
      /** The next N API calls hang for `timeoutMs` (longer than the client's timeout), then answer 504. */
      timeoutNext: count,
      timeoutMs: ms(600_000, 35_000),
      /** "before": nothing is done (the server never got there); "after": the call takes effect, only the answer is lost. */
      timeoutMode: z.enum(["before", "after"]).default("before"),
    })
    .strict()
    .prefault({}),
  notifications: z
    .object({
      /** First attempt delayed by this much. */
      delayMs: ms(86_400_000, 0),
      /** Extra copies of every notification. */
      duplicate: z.int().min(0).max(10).default(0),
      /** Hold each notification `reorderHoldMs` and send it after any later one (newest first). */
      reorder: z.boolean().default(false),
      reorderHoldMs: ms(3_600_000, 5_000),
      /** The next N notifications are lost (recorded, never sent). */
      dropNext: count,
      /** Each notification is lost with this probability. */
      dropRate: rate,
    })
    .strict()
    .prefault({}),
  /** Wait before each retry of a notification the shop did not answer with 2xx; then it is abandoned. */
  retryScheduleMs: z.array(z.int().min(0).max(86_400_000)).max(20).default([5_000, 30_000, 120_000, 600_000, 3_600_000, 21_600_000]),
  /** How long the shop has to answer a notification. */
  deliveryTimeoutMs: ms(120_000, 10_000),
  /** Attempt each notification right after the change commits (off: only the deliveries job sends). */
  immediateDelivery: z.boolean().default(true),
  /**
   * An open payment (unpaid, not failed, not authorized) fails with `timeout` this long after its
   * creation, and its notification is sent: PayPlug expires the payment of a payer who left the
   * page (spec §4.2) but publishes no delay, so the default is ours. null: never.
   */
  paymentTimeoutMs: timeout(HOUR_MS),
  /** The same for a payment sent to the payer by e-mail or SMS (hosted_payment.sent_by, spec §13). */
  paymentLinkTimeoutMs: timeout(7 * DAY_MS),
  /**
   * The emulator's clock for installment plans: days added to today. Moving it forward (POST
   * /sandbox/payplug/admin {"action": "advance_clock", "days": 30}) charges every instalment whose
   * date it reaches, as PayPlug would on that day.
   */
  clockOffsetDays: z.int().min(0).max(800).default(0),
  /** Charges PayPlug makes of one later instalment (the first and its retries) before giving it up. */
  planChargeAttempts: z.int().min(1).max(5).default(2),
  /** Days between a refused instalment charge and its retry. */
  planRetryDelayDays: z.int().min(0).max(30).default(3),
});

export type PayplugSettings = z.output<typeof payplugSettingsSchema>;

export const DEFAULT_SETTINGS: PayplugSettings = payplugSettingsSchema.parse({});

function parseStored(value: unknown): PayplugSettings {
  const r = payplugSettingsSchema.safeParse(value);
  return r.success ? r.data : DEFAULT_SETTINGS;
}

export async function getPayplugSettings(ex?: Executor): Promise<PayplugSettings> {
  return parseStored(await readSettings(ex ?? (await getDb()), PROVIDER));
}

export async function lockPayplugSettings(tx: Tx): Promise<PayplugSettings> {
  return parseStored(await lockSettings(tx, PROVIDER));
}

export async function savePayplugSettings(ex: Executor, s: PayplugSettings): Promise<void> {
  await writeSettings(ex, PROVIDER, s);
}

/** Merges a patch (one level deep for `api` and `notifications`) into the stored settings. Throws a ZodError on bad values. */
export async function setPayplugSettings(patch: unknown): Promise<PayplugSettings> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await lockPayplugSettings(tx);
    const p = z.record(z.string(), z.unknown()).parse(patch);
    const merged = {
      ...current,
      ...p,
      api: { ...current.api, ...z.record(z.string(), z.unknown()).optional().parse(p.api) },
      notifications: { ...current.notifications, ...z.record(z.string(), z.unknown()).optional().parse(p.notifications) },
    };
    const next = payplugSettingsSchema.strict().parse(merged);
    await savePayplugSettings(tx, next);
    return next;
  });
}

export async function resetPayplugSettings(): Promise<PayplugSettings> {
  const db = await getDb();
  await savePayplugSettings(db, DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}
