import { expect, test } from "@playwright/test";
import postgres from "postgres";
import { confirmSms, payOnHostedPage } from "../e2e/support/payplug";
import { JEANNE, addToCart, fillCheckout, placeOrder } from "../e2e/support/shop";

/*
 * Two instances of the shop on one PostgreSQL database, behind a round-robin proxy: every other
 * request (pages, server actions, notifications, cron calls) reaches the other process, and both
 * run the scheduled jobs on their own timers. A card payment whose notification PayPlug sends six
 * times, plus cron calls fired at both at once, must still give one transition, one confirmation,
 * each e-mail sent once, and no job run twice at the same time. Asserted on the database.
 */

const CRON = { authorization: "Bearer e2e-cron-secret-0123456789" };
const sql = postgres(process.env.E2E_INSTANCES_DATABASE_URL ?? "", { max: 2, onnotice: () => {} });
test.afterAll(async () => {
  await sql.end();
});

test("a card payment through two instances: one transition, one confirmation, each e-mail sent once", async ({ page, request }) => {
  // Every PayPlug notification is sent six times (the original and five copies), to both instances.
  const faults = await request.post("/sandbox/payplug/faults", { headers: CRON, data: { notifications: { duplicate: 5 } } });
  expect(faults.status()).toBe(200);

  await addToCart(page, "serum-vitamine-c", 1);
  await fillCheckout(page, JEANNE, "card");
  await placeOrder(page);
  await payOnHostedPage(page, "4242 4242 4242 4242");
  await confirmSms(page);
  await expect(page.getByTestId("receipt-result")).toHaveText(/Transaction acceptée/);
  const reference = (await page.getByTestId("receipt-reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^CA-/);

  // Both instances asked at once to run the same jobs, several times over.
  const jobs = ["reconcile-pending", "send-emails", "retry-notifications", "cancel-stale-orders"];
  const answers = await Promise.all(jobs.flatMap((job) => Array.from({ length: 4 }, () => request.post(`/api/cron/${job}`, { headers: CRON }))));
  for (const answer of answers) expect(answer.status()).toBe(200);
  await request.post("/sandbox/payplug/admin", { headers: CRON, data: { action: "deliver_notifications" } });

  // The copies arrive through both instances; give the deliveries job a moment to send them all.
  await expect
    .poll(async () => (await sql<{ n: number }[]>`select coalesce(sum(deliveries), 0)::int as n from provider_events where provider = 'payplug'`)[0]!.n, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(6);

  const [order] = await sql<{ id: string; status: string; paid_cents: number; total_cents: number }[]>`select id, status, paid_cents, total_cents from orders where reference = ${reference}`;
  expect(order).toMatchObject({ status: "paid" });
  expect(order!.paid_cents).toBe(order!.total_cents);
  const count = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n;
  expect(await count(sql<{ n: number }[]>`select count(*)::int as n from order_events where order_id = ${order!.id} and type = 'payment_paid'`)).toBe(1);
  expect(await count(sql<{ n: number }[]>`select count(*)::int as n from order_events where order_id = ${order!.id} and to_status = 'paid'`)).toBe(1);
  const confirmations = await sql`select status, attempts from email_outbox where order_id = ${order!.id} and template = 'order-confirmation-paid'`;
  expect(confirmations).toHaveLength(1);

  // Each job ran, and its lease made the other instance skip rather than run alongside.
  const states = await sql<{ job: string; skipped_count: number; last_status: string | null }[]>`select job, skipped_count, last_status from job_state where job = any(${jobs})`;
  expect(states.map((s) => s.job).sort()).toEqual([...jobs].sort());
  for (const s of states) expect(s.last_status).not.toBe("failed");
  expect(states.reduce((sum, s) => sum + Number(s.skipped_count), 0)).toBeGreaterThan(0);
});
