import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { invoices, orderEvents, orders, payments, products, proAccounts, users } from "@/lib/db/schema";
import { invoiceStatus } from "@/lib/billing/invoice-status";
import { todayInParis } from "@/lib/shared/dates";
import { DEMO_ACCOUNTS, DEMO_PRODUCTS } from "@/lib/demo/demo-data";
import { parseEnv } from "@/lib/shared/env";
import { resetDatabase } from "@/tests/support/db";
import { COMPLETE_PRODUCTION_ENV } from "@/tests/support/production-env";
import { seedDemoShop, seedDemoShopIfAllowed } from "./seed-demo";

describe("demo shop", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("creates the catalogue, the accounts and the professional's history, once", async () => {
    const db = await resetDatabase();
    expect(await seedDemoShop(db)).toEqual({ products: DEMO_PRODUCTS.length, users: 3, orders: 3 });
    expect(await seedDemoShop(db)).toEqual({ products: 0, users: 0, orders: 0 });

    expect(await db.select().from(products)).toHaveLength(DEMO_PRODUCTS.length);
    const [pro] = await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.pro));
    expect(pro).toMatchObject({ role: "pro", proStatus: "approved", net30Allowed: true });
    const [account] = await db.select().from(proAccounts).where(eq(proAccounts.userId, pro!.id));
    expect(account).toMatchObject({ status: "approved", termsKind: "net", termsDays: 30, creditLimitCents: 500_000 });

    const proOrders = await db.select().from(orders).where(eq(orders.userId, pro!.id)).orderBy(asc(orders.createdAt));
    expect(proOrders.map((o) => o.status)).toEqual(["paid", "on_account", "on_account"]);
    // 12 × 6,50 € + 6 × 12,90 € = 155,40 €, free shipping, paid upfront by transfer.
    const first = proOrders[0]!;
    expect(first).toMatchObject({ totalCents: 15540, shippingCents: 0, paidCents: 15540 });
    const paid = await db.select().from(payments).where(eq(payments.orderId, first.id));
    expect(paid.filter((p) => p.status === "paid").map((p) => p.amountCents)).toEqual([15540]);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, first.id));
    expect(events.map((e) => e.toStatus)).toContain("paid");

    // Invoices numbered in the order of their dates: the paid one, one overdue, one partly paid.
    const today = todayInParis();
    const issued = await db.select().from(invoices).orderBy(asc(invoices.sequence));
    expect(issued.map((i) => i.sequence)).toEqual([1, 2, 3]);
    expect(issued.map((i) => i.issueDate)).toEqual([...issued.map((i) => i.issueDate)].sort());
    expect(invoiceStatus(issued[0]!, today)).toBe("paid");
    expect(invoiceStatus(issued[1]!, today)).toBe("overdue");
    expect(invoiceStatus(issued[2]!, today)).toBe("partially_paid");
    expect(issued[2]!.paidCents).toBe(5000);
  });
});

/*
 * Hole 5 of the security review: NODE_ENV defaults to development, which alone turned the demo
 * data on, so `npm run db:seed` against a production DATABASE_URL created admin@demo.caisse.fr
 * with its public password. Now: DEMO_DATA=true, or a local development database.
 */
describe("when the demo shop may be created", () => {
  const decide = (source: Record<string, string>) => {
    const env = parseEnv({ NODE_ENV: "development", ...source });
    return { enabled: env.demoData, reason: env.demoDataReason };
  };
  const remote = "postgres://caisse:secret@db.example.fr:5432/caisse";
  const production = COMPLETE_PRODUCTION_ENV;

  it.each([
    ["a development PGlite (npm run dev on a fresh machine)", {}, true, /PGlite/],
    ["PostgreSQL on localhost in development", { DATABASE_URL: "postgres://postgres@localhost:5432/caisse" }, true, /PostgreSQL sur localhost/],
    ["PostgreSQL on 127.0.0.1 in development", { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/caisse" }, true, /127\.0\.0\.1/],
    ["a remote PostgreSQL, NODE_ENV left to its default", { DATABASE_URL: remote }, false, /serveur distant/],
    ["a remote PostgreSQL whose host merely starts with localhost", { DATABASE_URL: "postgres://u@localhost.evil.example/caisse" }, false, /serveur distant/],
    ["an unreadable DATABASE_URL", { DATABASE_URL: "not a url" }, false, /serveur distant/],
    ["production, even on localhost", { ...production, DATABASE_URL: "postgres://postgres@localhost/caisse" }, false, /NODE_ENV=production/],
    ["production on PGlite", production, false, /NODE_ENV=production/],
    ["DEMO_DATA=true on a remote database (a demo shop)", { DATABASE_URL: remote, DEMO_DATA: "true" }, true, /DEMO_DATA=true/],
    ["DEMO_DATA=true in production (the end-to-end run)", { ...production, DEMO_DATA: "true" }, true, /DEMO_DATA=true/],
    ["DEMO_DATA=false on a local database (a tunnel to production looks local)", { DEMO_DATA: "false" }, false, /DEMO_DATA=false/],
  ] as const)("%s", (_label, source, enabled, reason) => {
    const decision = decide(source);
    expect(decision.enabled).toBe(enabled);
    expect(decision.reason).toMatch(reason);
  });

  it("creates nothing, does not even open the database, and says why when not allowed", async () => {
    let opened = false;
    const outcome = await seedDemoShopIfAllowed(
      () => {
        opened = true;
        return resetDatabase();
      },
      decide({ DATABASE_URL: remote }),
    );
    expect(outcome.seeded).toBeNull();
    expect(opened).toBe(false);
    expect(outcome.lines[0]).toBe("Données de démonstration NON créées : DATABASE_URL désigne un serveur distant, pas une base de développement locale, et DEMO_DATA n'est pas défini à true.");
    expect(outcome.lines.join("\n")).toContain("DEMO_DATA=true");
  });

  it("creates the demo shop where allowed, and says so with the reason", async () => {
    const db = await resetDatabase();
    const outcome = await seedDemoShopIfAllowed(() => Promise.resolve(db), decide({}));
    expect(outcome.seeded).toMatchObject({ users: 3, orders: 3 });
    expect(outcome.lines[0]).toMatch(/^Données de démonstration créées, car base de développement locale \(PGlite dans .+\) : \d+ produit\(s\), 3 compte\(s\) et 3 commande\(s\)/);
    expect(await db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.admin))).toHaveLength(1);
  });
});
