import { beforeAll, describe, expect, it } from "vitest";
import { getDb, sqlStateOf, withTransactionRetry, type Db } from "@/lib/db/client";

/** An error as drizzle throws it: the driver's error, with its SQLSTATE, as the cause. */
function queryError(code: string) {
  return new Error("Failed query", { cause: Object.assign(new Error("database said no"), { code }) });
}

describe("withTransactionRetry", () => {
  // Opening the database (PGlite: start and migrate) belongs to a hook's time, not the first test's.
  let db: Db;
  beforeAll(async () => {
    db = await getDb();
  });

  it.each(["40P01", "40001"])("runs the transaction once more after %s", async (code) => {
    let runs = 0;
    const result = await withTransactionRetry(db, () => {
      runs += 1;
      return runs === 1 ? Promise.reject(queryError(code)) : Promise.resolve("fait");
    });
    expect([result, runs]).toEqual(["fait", 2]);
  });

  it("retries only once: a second abort reaches the caller", async () => {
    let runs = 0;
    const failing = withTransactionRetry(db, () => {
      runs += 1;
      return Promise.reject(queryError("40P01"));
    });
    await expect(failing).rejects.toThrow("Failed query");
    expect(runs).toBe(2);
  });

  it.each([["23505"], ["no code"]])("does not retry other failures (%s)", async (code) => {
    let runs = 0;
    const failing = withTransactionRetry(db, () => {
      runs += 1;
      return Promise.reject(code === "no code" ? new Error("bug") : queryError(code));
    });
    await expect(failing).rejects.toThrow();
    expect(runs).toBe(1);
  });

  it("finds the SQLSTATE through drizzle's wrapping", () => {
    expect(sqlStateOf(queryError("40P01"))).toBe("40P01");
    expect(sqlStateOf(new Error("plain"))).toBeUndefined();
  });
});
