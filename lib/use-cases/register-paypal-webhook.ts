import "server-only";
import { PAYPAL_WEBHOOK_EVENTS } from "@/lib/providers/paypal/gateway";
import type { PayPalClient } from "@/lib/providers/paypal/client";

export type WebhookRegistration = { action: "created" | "updated" | "unchanged"; id: string; url: string; eventTypes: readonly string[] };

/**
 * `npm run paypal:webhook`: makes PayPal send the shop's events to `url`. PayPal keeps one webhook
 * per URL on a REST app, so the one already there is reused and its event types brought up to date
 * (a second run changes nothing); otherwise it is created. The id returned is what
 * PAYPAL_WEBHOOK_ID must be: every signature is checked against it.
 */
export async function registerPayPalWebhook(client: PayPalClient, url: string): Promise<WebhookRegistration> {
  const wanted = [...PAYPAL_WEBHOOK_EVENTS];
  const { data } = await client.webhooks.list();
  const existing = data.webhooks.find((w) => w.url === url);
  if (!existing) {
    const created = await client.webhooks.create({ url, event_types: wanted.map((name) => ({ name })) });
    return { action: "created", id: created.data.id, url, eventTypes: wanted };
  }
  const has = new Set(existing.event_types.map((t) => t.name));
  // "*" (every event) already covers ours; otherwise every one of ours must be there.
  if (has.has("*") || wanted.every((name) => has.has(name))) return { action: "unchanged", id: existing.id, url, eventTypes: [...has] };
  const names = [...new Set([...has, ...wanted])];
  await client.webhooks.replaceEventTypes(existing.id, names.map((name) => ({ name })));
  return { action: "updated", id: existing.id, url, eventTypes: names };
}
