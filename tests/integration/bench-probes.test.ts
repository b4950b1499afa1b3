import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/bench/[probe]/route";
import { startOnlinePayment } from "@/lib/use-cases/start-payment";
import { setEnvVariablesForTests } from "@/tests/support/env-variables";
import { payplugIdFromUrl, payplugShopPerTest, placeCardOrder, readPayment } from "@/tests/support/payplug-shop";

/*
 * The HTTP benchmark's baselines (/api/bench/trivial and /api/bench/floor) exist only on a server
 * started with BENCH_PROBES=1: a shop answers 404 there, as for any unknown path. The floor does
 * its one GET at the emulator and its one-row UPDATE without changing anything visible.
 */

const call = (probe: string, query = "") => GET(new Request(`http://shop.test/api/bench/${probe}${query}`), { params: Promise.resolve({ probe }) });

describe("bench probes", () => {
  payplugShopPerTest({ beforeAll, afterAll, beforeEach });

  it("answer 404 unless BENCH_PROBES=1", async () => {
    for (const value of [undefined, "0", "false"]) {
      const restore = setEnvVariablesForTests(["BENCH_PROBES"], value === undefined ? {} : { BENCH_PROBES: value });
      try {
        expect((await call("trivial")).status).toBe(404);
        expect((await call("floor", "?ref=pay_x&payment=00000000-0000-0000-0000-000000000000")).status).toBe(404);
      } finally {
        restore();
      }
    }
  });

  it("with BENCH_PROBES=1: trivial answers, an unknown probe is 404, the floor fetches and writes one row", async () => {
    const restore = setEnvVariablesForTests(["BENCH_PROBES"], { BENCH_PROBES: "1" });
    try {
      expect((await call("trivial")).status).toBe(200);
      expect((await call("health")).status).toBe(404);
      expect((await call("floor")).status).toBe(400);

      const { payment } = await placeCardOrder();
      const started = await startOnlinePayment(payment.id);
      if (!started.ok) throw new Error(started.message);
      const before = await readPayment(payment.id);
      const response = await call("floor", `?ref=${payplugIdFromUrl(started.redirectUrl)}&payment=${payment.id}`);
      expect(response.status).toBe(200);
      expect(await readPayment(payment.id)).toEqual(before);
    } finally {
      restore();
    }
  });
});
