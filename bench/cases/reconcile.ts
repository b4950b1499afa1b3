/*
 * 2. reconcilePayment against the PayPlug emulator over real HTTP. Baseline: one bare GET of the
 * payment on the emulator, the provider round trip reconcile cannot avoid (it never believes a
 * notification body). In between, the layers reconcile adds one at a time: the typed client (GET
 * + zod), the gateway (+ mapping to ProviderPayment), then reconcile itself, on the replay path
 * (payment already paid: what a duplicate notification or a second return does) and on a first
 * transition (pending → paid: payment, event, order transition, receipt e-mail in one transaction).
 * Both reconcile paths are also timed with the provider's answer served from memory (a gateway
 * whose retrieve returns the object fetched beforehand): what is left is the database part.
 */
import type { ProviderPayment } from "@/lib/providers/types";
import { getGatewayOrThrow, overrideGatewayForTests } from "@/lib/providers/registry";
import { payplugClient } from "@/lib/providers/payplug/client";
import { payplugGateway } from "@/lib/providers/payplug/gateway";
import { reconcilePayment } from "@/lib/use-cases/reconcile-payment";
import { benchGroup, simple, type ResultRow, type Subject } from "../harness";
import { size, type CaseContext } from "./context";

export async function benchReconcile(ctx: CaseContext): Promise<ResultRow[]> {
  const shop = await ctx.shop();
  const paid = await shop.paidAndReconciled();
  const id = paid.payplugId;

  /** reconcilePayment with the provider's answer given from memory: no HTTP, no emulator. */
  async function reconcileWithAnswer(ref: string, answer: ProviderPayment) {
    overrideGatewayForTests("payplug", () => ({ ...payplugGateway(), retrieve: () => Promise.resolve(answer) }));
    try {
      return await reconcilePayment("payplug", ref, { source: "notification" });
    } finally {
      overrideGatewayForTests("payplug", null);
    }
  }
  const expect = (what: string, ok: boolean, result: unknown) => {
    if (!ok) throw new Error(`${what}: ${JSON.stringify(result)}`);
  };
  const paidAnswer = await getGatewayOrThrow("payplug").retrieve(id);

  const firstTime: Subject = {
    name: "reconcilePayment, first transition (pending → paid)",
    prepare: async () => {
      const fresh = await shop.paidOnProvider();
      return async () => {
        const result = await reconcilePayment("payplug", fresh.payplugId, { source: "notification" });
        expect("first transition", result.outcome === "updated" && result.orderStatus === "paid", result);
      };
    },
  };
  const firstTimeDbOnly: Subject = {
    name: "  first transition, provider answer from memory (DB part)",
    prepare: async () => {
      const fresh = await shop.paidOnProvider();
      const answer = await getGatewayOrThrow("payplug").retrieve(fresh.payplugId);
      return async () => {
        const result = await reconcileWithAnswer(fresh.payplugId, answer);
        expect("first transition (database part)", result.outcome === "updated" && result.orderStatus === "paid", result);
      };
    },
  };

  return benchGroup(
    "2. reconcilePayment (PayPlug emulator over HTTP)",
    [
      simple("baseline: 1 HTTP GET /v1/payments/{id} to the emulator", () => shop.rawGet(id)),
      simple("payplugClient().payments.retrieve (GET + zod)", () => payplugClient().payments.retrieve(id)),
      simple("gateway.retrieve (GET + zod + mapping)", () => getGatewayOrThrow("payplug").retrieve(id)),
      simple("reconcilePayment, replay (already paid)", async () => {
        const result = await reconcilePayment("payplug", id, { source: "notification" });
        expect("replay", result.outcome === "unchanged", result);
      }),
      simple("  replay, provider answer from memory (DB part)", async () => {
        const result = await reconcileWithAnswer(id, paidAnswer);
        expect("replay (database part)", result.outcome === "unchanged", result);
      }),
      firstTime,
      firstTimeDbOnly,
    ],
    {
      iterations: size(ctx, 80, 6),
      warmup: size(ctx, 5, 1),
      memorySamples: (s) => (s === firstTime || s === firstTimeDbOnly ? size(ctx, 100, 3) : size(ctx, 500, 10)),
    },
  );
}
