import { AsyncLocalStorage } from "node:async_hooks";

/*
 * The time business records are dated with (an order's day, an invoice's issue date). Real time,
 * except inside atTime(): the demo shop seeds its history "as it happened" weeks ago, so its
 * invoices carry past dates in the order of their numbers, as a real year's would.
 */

const frozen = new AsyncLocalStorage<Date>();

export function currentTime(): Date {
  return frozen.getStore() ?? new Date();
}

export function atTime<T>(at: Date, run: () => Promise<T>): Promise<T> {
  return frozen.run(at, run);
}
