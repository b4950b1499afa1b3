import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { payments, providerEvents } from "@/lib/db/schema";
import { runJob } from "@/lib/jobs/run-job";
import { readinessSections } from "@/lib/operations/readiness";
import { gatherReadinessFacts } from "@/lib/operations/readiness-facts";
import { env } from "@/lib/shared/env";
import { insertOrder } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";

beforeEach(async () => {
  await resetDatabase();
});

const checkOf = (sections: ReturnType<typeof readinessSections>, id: string) => sections.flatMap((s) => s.checks).find((c) => c.id === id);

describe("the readiness page's facts, read from the database", () => {
  it("a fresh sandbox shop: emulators, no notification yet, jobs never run, mailbox, demo identity", async () => {
    const facts = await gatherReadinessFacts(await getDb(), env);
    expect(facts.providers.map((p) => [p.provider, p.enabled, p.emulator, p.lastReceivedAt])).toEqual([
      ["payplug", true, true, null],
      ["paypal", true, true, null],
    ]);
    expect(facts.providers[0]!.keys).toEqual([{ name: "PAYPLUG_SECRET_KEY", masked: null }]);
    expect(facts.mail).toMatchObject({ transport: "mailbox", pending: 0, failed: 0 });
    expect(facts.merchant.demoVariables).toContain("MERCHANT_SIRET");
    expect(facts.bank.isDemo).toBe(true);
    expect(facts.jobs.find((j) => j.name === "send-emails")).toMatchObject({ applicable: true, state: null });
    expect(facts.methods.map((m) => m.offered)).toEqual([true, true, true, true, true]);
    expect(facts.methods.at(-1)!.why).toContain("professionnels validés");
    const sections = readinessSections(facts);
    expect(checkOf(sections, "payplug-notifications")?.level).toBe("warn");
    expect(checkOf(sections, "job-send-emails")?.level).toBe("warn");
  });

  it("sees the last notification per provider, and raises the alarm for a provider paid without notifications", async () => {
    const db = await getDb();
    await runJob({ name: "send-emails", everyMs: 30_000, run: () => Promise.resolve({ sent: 0 }) }, "test");
    await db.insert(providerEvents).values({ provider: "payplug", eventKey: "pay_1:paid", headers: {}, rawBody: "{}", outcome: "processed", processedAt: new Date() });
    const order = await insertOrder(db, { status: "paid" });
    await db.insert(payments).values({ orderId: order.id, method: "paypal", provider: "paypal", providerRef: "PAYPAL-1", status: "paid", amountCents: 5000, paidAt: new Date() });

    const facts = await gatherReadinessFacts(db, env);
    const [payplug, paypal] = facts.providers;
    expect(payplug).toMatchObject({ notificationsLastDay: 1, paidLastDay: 0 });
    expect(payplug!.lastProcessedAt).toBeInstanceOf(Date);
    expect(paypal).toMatchObject({ notificationsLastDay: 0, paidLastDay: 1, lastReceivedAt: null });
    const sections = readinessSections(facts);
    expect(checkOf(sections, "payplug-notifications")?.level).toBe("ok");
    expect(checkOf(sections, "paypal-notifications")).toMatchObject({ level: "error" });
    expect(checkOf(sections, "job-send-emails")?.level).toBe("ok");
  });
});
