/*
 * The measuring part of the harness: interleaved timing of a baseline and its candidates, and
 * memory per 1 000 operations. Interleaving matters on a shared 2-core machine: whatever else runs
 * (tests, dev servers) slows the baseline and the candidates alike, so their RATIO stays meaningful
 * even when absolute times drift.
 */
import { formatDuration, formatRatio, perOperation, perThousand, ratio, summarize, type Summary } from "./stats";

/** What is timed, returned by `prepare` (untimed: carts, orders, paid payments are made there). */
export type Run = () => unknown;

export type Subject = {
  name: string;
  /** Untimed setup for one sample; returns the function whose duration is the sample. */
  prepare: () => Promise<Run> | Run;
  /** Operations performed by one call of the run (micro-benchmarks batch many per sample). */
  inner?: number;
};

/** A subject without per-sample setup. */
export function simple(name: string, run: Run, inner?: number): Subject {
  return { name, prepare: () => run, inner };
}

export type Measured = { name: string; samples: number[]; summary: Summary };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * Times every subject `iterations` times, in turn within each iteration (the order rotates, so no
 * subject always runs right after a GC-heavy one). `warmup` iterations run first and are dropped.
 */
export async function timeInterleaved(subjects: readonly Subject[], options: { iterations: number; warmup: number }): Promise<Measured[]> {
  const samples = subjects.map(() => [] as number[]);
  const total = options.warmup + options.iterations;
  for (let i = 0; i < total; i++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (i + k) % subjects.length;
      const subject = subjects[index]!;
      const run = await subject.prepare();
      const started = nowMs();
      await run();
      const elapsed = nowMs() - started;
      if (i >= options.warmup) samples[index]!.push(elapsed);
    }
  }
  return subjects.map((s, i) => {
    const perOp = perOperation(samples[i]!, s.inner ?? 1);
    return { name: s.name, samples: perOp, summary: summarize(perOp) };
  });
}

export type MemoryDelta = { ops: number; heapPer1k: number; rssPer1k: number; gc: boolean };

const gc = (globalThis as { gc?: () => void }).gc;

/** Full collections with a short pause between, so V8's lazily swept and released pages settle. */
async function collect(): Promise<void> {
  if (!gc) return;
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
}

/**
 * Heap and RSS growth per 1 000 operations of one subject, run alone: every sample is prepared
 * first, then the garbage collector runs (with --expose-gc), then the runs, then the collector
 * again. The heap delta is what the operations left reachable (caches, leaks); RSS also counts
 * native memory such as PGlite's WebAssembly heap and allocator slack.
 */
export async function measureMemory(subject: Subject, samples: number): Promise<MemoryDelta> {
  const runs: Run[] = [];
  for (let i = 0; i < samples; i++) runs.push(await subject.prepare());
  const before = await settledMemory();
  for (const run of runs) await run();
  // The prepared runs stay reachable until after the second snapshot: freeing them in between
  // would show up as a negative delta that the operations never earned.
  const after = await settledMemory();
  const delta = memoryDelta(before, after, runs.length * (subject.inner ?? 1));
  runs.length = 0;
  return delta;
}

/** process.memoryUsage() after full collections (when gc is exposed). */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  await collect();
  return process.memoryUsage();
}

export function memoryDelta(before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage, ops: number): MemoryDelta {
  return { ops, heapPer1k: perThousand(after.heapUsed - before.heapUsed, ops), rssPer1k: perThousand(after.rss - before.rss, ops), gc: Boolean(gc) };
}

export function hasGc(): boolean {
  return Boolean(gc);
}

/** One printed line: a candidate (or the baseline itself) with its ratio to the group's baseline. */
export type ResultRow = {
  group: string;
  name: string;
  isBaseline: boolean;
  summary: Summary;
  /** median / baseline median and p95 / baseline p95 (1 for the baseline itself). */
  ratioMedian: number;
  ratioP95: number;
  memory?: MemoryDelta;
  note?: string;
};

/** Rows for a group: the baseline is `measured[0]`. */
export function rowsAgainstBaseline(group: string, measured: readonly Measured[], memory: ReadonlyMap<string, MemoryDelta>, notes: Record<string, string> = {}): ResultRow[] {
  const [baseline] = measured;
  if (!baseline) return [];
  return measured.map((m, i) => ({
    group,
    name: m.name,
    isBaseline: i === 0,
    summary: m.summary,
    ratioMedian: ratio(m.summary.median, baseline.summary.median),
    ratioP95: ratio(m.summary.p95, baseline.summary.p95),
    memory: memory.get(m.name),
    note: notes[m.name],
  }));
}

/** Times a group against its baseline (first subject), then measures memory of each subject. */
export async function benchGroup(
  group: string,
  subjects: readonly Subject[],
  options: { iterations: number; warmup: number; memorySamples: number | ((s: Subject) => number) },
): Promise<ResultRow[]> {
  const names = subjects.map((s) => s.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`two subjects named "${duplicate}" in ${group}`);
  const measured = await timeInterleaved(subjects, options);
  const memory = new Map<string, MemoryDelta>();
  for (const s of subjects) {
    const n = typeof options.memorySamples === "function" ? options.memorySamples(s) : options.memorySamples;
    if (n > 0) memory.set(s.name, await measureMemory(s, n));
  }
  return rowsAgainstBaseline(group, measured, memory);
}

/** The first six cells of a printed row: name, n, median, p95 and the two ratios to the baseline. */
export function timingCells(r: ResultRow): string[] {
  return [
    r.name,
    String(r.summary.n),
    formatDuration(r.summary.median),
    formatDuration(r.summary.p95),
    r.isBaseline ? "1 (baseline)" : formatRatio(r.ratioMedian),
    r.isBaseline ? "1" : formatRatio(r.ratioP95),
  ];
}

/** Runs a benchmark command's main and exits with its code (1 and the stack on an error). */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
