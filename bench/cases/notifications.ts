/*
 * 3. The notification pipeline over HTTP (POST /api/ipn/payplug → inbox → re-fetch → reconcile →
 * answer): 50 copies of one payment's notification, all at once versus one after the other. Each
 * round uses a fresh payment, paid on the emulator and not yet known as paid by the shop, so the
 * first copy does the real work and the others are duplicates. The baseline is the sequential
 * batch; the ratio of batch times is the inverse of the throughput ratio.
 */
import { measureNotificationBatch, type BatchResult } from "./notification-batch";
import { memoryDelta, rowsAgainstBaseline, settledMemory, type MemoryDelta, type ResultRow } from "../harness";
import { formatRatio, median, ratio, summarize, throughput } from "../stats";
import { size, type CaseContext } from "./context";

const COPIES = 50;
const MODES = ["sequential", "concurrent"] as const;
type Mode = (typeof MODES)[number];

export async function benchNotifications(ctx: CaseContext): Promise<ResultRow[]> {
  const shop = await ctx.shop();
  const rounds = size(ctx, 8, 1);
  const warmup = size(ctx, 1, 1);
  const modes = MODES;
  const batches: Record<Mode, BatchResult[]> = { sequential: [], concurrent: [] };

  for (let round = 0; round < warmup + rounds; round++) {
    const order: readonly Mode[] = round % 2 === 0 ? modes : [...modes].reverse();
    for (const mode of order) {
      const { payplugId } = await shop.paidOnProvider();
      const body = await shop.notificationBody(payplugId);
      const batch = await measureNotificationBatch(shop.url, body, COPIES, mode);
      if (round >= warmup) batches[mode].push(batch);
    }
  }

  const memory = new Map<string, MemoryDelta>();
  const memoryRounds = size(ctx, 3, 1);
  for (const mode of modes) {
    const bodies: string[] = [];
    for (let i = 0; i < memoryRounds; i++) bodies.push(await shop.notificationBody((await shop.paidOnProvider()).payplugId));
    const before = await settledMemory();
    for (const body of bodies) await measureNotificationBatch(shop.url, body, COPIES, mode);
    memory.set(`${mode}: batch`, memoryDelta(before, await settledMemory(), memoryRounds * COPIES));
  }

  const outcomes = (mode: Mode) => {
    const counts: Record<string, number> = {};
    for (const b of batches[mode]) for (const [k, v] of Object.entries(b.outcomes)) counts[k] = (counts[k] ?? 0) + v;
    const n = batches[mode].length || 1;
    return Object.entries(counts)
      .map(([k, v]) => `${k} ${(v / n).toFixed(1)}`)
      .join(", ");
  };
  const wall = (mode: Mode) => batches[mode].map((b) => b.wallMs);
  const rps = (mode: Mode) => throughput(COPIES, median(wall(mode)));
  const speedup = ratio(rps("concurrent"), rps("sequential"));

  const batchRows = rowsAgainstBaseline(
    `3. notification pipeline: ${COPIES} duplicate IPNs of one payment (per batch)`,
    modes.map((mode) => ({ name: `${mode}: batch`, samples: wall(mode), summary: summarize(wall(mode)) })),
    memory,
    {
      "sequential: batch": `${rps("sequential").toFixed(0)} req/s; answers per batch: ${outcomes("sequential")}`,
      "concurrent: batch": `${rps("concurrent").toFixed(0)} req/s, throughput ${formatRatio(speedup)} sequential; answers per batch: ${outcomes("concurrent")}`,
    },
  );
  const latency = (mode: Mode) => batches[mode].flatMap((b) => b.latenciesMs);
  const latencyRows = rowsAgainstBaseline(
    `3. notification pipeline: latency of one IPN within the batch`,
    modes.map((mode) => ({ name: `${mode}: one request`, samples: latency(mode), summary: summarize(latency(mode)) })),
    new Map(),
  );
  return [...batchRows, ...latencyRows];
}
