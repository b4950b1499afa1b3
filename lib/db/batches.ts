import type { SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "./client";

/** Rows a bulk delete or update touches per statement: small enough that no long lock is held. */
export const MAINTENANCE_BATCH = 1000;

/**
 * Runs a bulk statement (one that touches at most MAINTENANCE_BATCH rows and RETURNs them) until a
 * run touches fewer: how the pruning jobs clean large tables without one long lock. Returns the
 * number of rows touched in all.
 */
export async function repeatInBatches(db: Executor, statement: () => SQL): Promise<number> {
  let touched = 0;
  for (;;) {
    const rows = rowsOf<unknown>(await db.execute(statement()));
    touched += rows.length;
    if (rows.length < MAINTENANCE_BATCH) return touched;
  }
}
