import type { Db } from "@/lib/db/client";
import type { BenchShop } from "../payplug-shop";

/** What every case receives from run.ts. */
export type CaseContext = {
  db: Db;
  quick: boolean;
  /** Started lazily, shared by the cases that talk to the PayPlug emulator. */
  shop: () => Promise<BenchShop>;
};

/** Full run or --quick smoke: the second number is used with --quick. */
export function size(ctx: CaseContext, full: number, quick: number): number {
  return ctx.quick ? quick : full;
}
