import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";

/*
 * One id per request or job run, carried through everything it calls (notification → re-fetch →
 * reconcile → e-mails; a job and each row it handles) so that every log line of one story can be
 * found together. The proxy gives each HTTP request an x-request-id (kept from a load balancer
 * when well-formed); route handlers and jobs run their work inside withRequestId; the logger adds
 * it to each line.
 */

const storage = new AsyncLocalStorage<{ requestId: string }>();

// What an upstream proxy may send: no spaces, no control characters, bounded.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,100}$/;

export function newRequestId(prefix = "req"): string {
  return `${prefix}-${randomBytes(8).toString("hex")}`;
}

/** The request's id as the proxy (or a load balancer in front of it) set it, else a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && WELL_FORMED.test(given) ? given : newRequestId();
}

export function withRequestId<T>(requestId: string, run: () => T): T {
  return storage.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
