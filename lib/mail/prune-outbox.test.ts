import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { insertOrder } from "@/tests/support/admin-fixtures";
import { resetDatabase } from "@/tests/support/db";
import { pruneEmailOutbox } from "./prune-outbox";

beforeEach(async () => {
  await resetDatabase();
});

const DAY = 24 * 60 * 60 * 1000;

describe("pruneEmailOutbox", () => {
  it("empties old sent or failed bodies, deletes old mail about no order, never touches pending or recent mail", async () => {
    const db = await getDb();
    const order = await insertOrder(db);
    const old = new Date(Date.now() - 400 * DAY);
    const row = (values: Partial<typeof emailOutbox.$inferInsert>) =>
      db.insert(emailOutbox).values({ toAddress: "jeanne@example.fr", subject: "Sujet", html: "<p>corps</p>", text: "corps", template: "t", status: "sent", ...values }).returning({ id: emailOutbox.id });
    const [aboutOrder] = await row({ orderId: order.id, createdAt: old });
    const [alert] = await row({ createdAt: old, template: "admin-alert" });
    const [failed] = await row({ orderId: order.id, createdAt: old, status: "failed" });
    const [pending] = await row({ orderId: order.id, createdAt: old, status: "pending" });
    const [recent] = await row({ orderId: order.id });

    expect(await pruneEmailOutbox({ retentionDays: 365 })).toEqual({ emptied: 2, deleted: 1 });
    const byId = async (id: number) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0];
    expect(await byId(aboutOrder!.id)).toMatchObject({ html: "", text: "", subject: "Sujet", toAddress: "jeanne@example.fr", status: "sent" });
    expect(await byId(alert!.id)).toBeUndefined();
    expect(await byId(failed!.id)).toMatchObject({ html: "", text: "" });
    expect(await byId(pending!.id)).toMatchObject({ html: "<p>corps</p>" });
    expect(await byId(recent!.id)).toMatchObject({ html: "<p>corps</p>" });
    expect(await pruneEmailOutbox({ retentionDays: 365 })).toEqual({ emptied: 0, deleted: 0 });
  });
});
