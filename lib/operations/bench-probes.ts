import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { payplugClient } from "@/lib/providers/payplug/client";
import { env } from "@/lib/shared/env";

/*
 * The baselines of the HTTP benchmark (npm run bench:http, issue 14): routes served by the same
 * production build as the shop, so that the notification pipeline's throughput can be read as a
 * ratio to what this server, this framework and this database can do at all.
 *
 *   trivial  a route handler answering a constant: the framework's own cost per request.
 *   floor    the work a PayPlug notification can never skip: one GET of the payment at the
 *            provider (the pipeline trusts no body, it re-fetches) and one single-row UPDATE in a
 *            transaction (applying anything takes at least that).
 *
 * They exist only when BENCH_PROBES=1 (a benchmark's server): otherwise 404, like any unknown path,
 * so a shop never exposes a route that spends its PayPlug quota on request.
 */

export type BenchProbe = "trivial" | "floor";

export function isBenchProbe(name: string): name is BenchProbe {
  return name === "trivial" || name === "floor";
}

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function answerBenchProbe(probe: string, request: Request): Promise<Response> {
  if (!env.benchProbes || !isBenchProbe(probe)) return new Response("Not Found", { status: 404 });
  if (probe === "trivial") return json(200, { ok: true });
  // ?ref=<PayPlug payment id>&payment=<our payment id>: the benchmark cycles through seeded payments
  // so that, like distinct notifications, requests touch distinct rows.
  const url = new URL(request.url);
  const ref = url.searchParams.get("ref");
  const paymentId = url.searchParams.get("payment");
  if (!ref || !paymentId || !/^[0-9a-f-]{36}$/.test(paymentId)) return json(400, { error: "ref and payment are required" });
  await payplugClient().payments.retrieve(ref);
  const db = await getDb();
  // A write that changes nothing visible (updated_at to itself) but costs a real row version.
  await db.transaction(async (tx) => {
    await tx.update(payments).set({ updatedAt: sql`${payments.updatedAt}` }).where(eq(payments.id, paymentId));
  });
  return json(200, { ok: true });
}
