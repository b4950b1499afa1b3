/*
 * Fire-and-forget work of the emulators (the first delivery attempt of a notification, right after
 * the transaction that created it commits), tracked so tests can wait for it and so a failure is
 * reported rather than lost. Correctness never depends on it: the deliveries job retries anything
 * this misses.
 */

const key = Symbol.for("caisse.sandbox.background");
type G = typeof globalThis & { [key]?: Set<Promise<unknown>> };

function pending(): Set<Promise<unknown>> {
  const g = globalThis as G;
  g[key] ??= new Set();
  return g[key];
}

export function runInBackground(work: () => Promise<unknown>, onError: (error: unknown) => void): void {
  const p: Promise<unknown> = Promise.resolve()
    .then(work)
    .catch(onError)
    .finally(() => pending().delete(p));
  pending().add(p);
}

/** Resolves once every background task started so far (and those they started) has finished. */
export async function settleBackgroundWork(): Promise<void> {
  while (pending().size > 0) await Promise.allSettled([...pending()]);
}
