import "server-only";
import type { Executor } from "@/lib/db/client";
import { insertObject, listObjects, saveObject } from "../store";
import { issue, notFound, shown } from "./errors";
import { newResourceId } from "./ids";
import { MODE } from "./model";
import { PROVIDER } from "./switches";

/*
 * The webhooks a REST app registers (POST/GET /v1/notifications/webhooks, GET/PATCH/DELETE
 * /v1/notifications/webhooks/{id}), as PayPal keeps them: per app (client id), one per URL, at
 * most 10, each with its event types. The shop's `npm run paypal:webhook` talks to this surface.
 * Registering changes nothing of where the emulator delivers (the shop's own endpoint, with the
 * shop's PAYPAL_WEBHOOK_ID): it is the shape and the rules that the command is tested against.
 */

export type Webhook = { id: string; url: string; event_types: { name: string; description: string; status: "ENABLED" }[]; links: { href: string; rel: string; method: string }[] };

const MAX_WEBHOOKS = 10;
const KIND = "webhook";

function eventTypesOf(body: unknown, field: string): Webhook["event_types"] {
  const list = (body as { event_types?: unknown } | undefined)?.event_types ?? (field === "value" ? body : undefined);
  if (!Array.isArray(list) || list.length === 0) throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: "event_types", location: "body" });
  return list.map((t: unknown) => {
    const name = (t as { name?: unknown } | null)?.name;
    if (typeof name !== "string" || !/^(\*|[A-Z]+(\.[A-Z_]+)+)$/.test(name)) throw issue(400, "INVALID_PARAMETER_VALUE", { field: "event_types.name", value: shown(name), location: "body" });
    return { name, description: name === "*" ? "ALL" : name, status: "ENABLED" as const };
  });
}

function urlOf(value: unknown): string {
  if (typeof value !== "string") throw issue(400, "MISSING_REQUIRED_PARAMETER", { field: "url", location: "body" });
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: "url", value, location: "body" });
  }
  // PayPal takes https only; the emulator also takes http on this machine, where the shop runs in tests.
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) throw issue(400, "INVALID_PARAMETER_VALUE", { field: "url", value, location: "body", description: "Webhook URL must be https." });
  return url.toString();
}

const withLinks = (w: Omit<Webhook, "links">, baseUrl: string): Webhook => {
  const href = `${baseUrl}/v1/notifications/webhooks/${w.id}`;
  return { ...w, links: [{ href, rel: "self", method: "GET" }, { href, rel: "update", method: "PATCH" }, { href, rel: "delete", method: "DELETE" }] };
};

export async function listWebhooks(ex: Executor, clientId: string, baseUrl: string): Promise<{ webhooks: Webhook[] }> {
  const rows = await listObjects<Omit<Webhook, "links">>(ex, { provider: PROVIDER, kind: KIND, mode: MODE, parentId: clientId, limit: MAX_WEBHOOKS, offset: 0 });
  return { webhooks: rows.map((r) => withLinks(r.data, baseUrl)) };
}

async function findWebhook(ex: Executor, clientId: string, id: string, baseUrl: string): Promise<Webhook> {
  const found = (await listWebhooks(ex, clientId, baseUrl)).webhooks.find((w) => w.id === id);
  if (!found) throw notFound(id);
  return found;
}

export async function getWebhook(ex: Executor, clientId: string, id: string, baseUrl: string): Promise<Webhook> {
  return findWebhook(ex, clientId, id, baseUrl);
}

export async function createWebhook(ex: Executor, clientId: string, body: unknown, baseUrl: string): Promise<Webhook> {
  const url = urlOf((body as { url?: unknown } | undefined)?.url);
  const eventTypes = eventTypesOf(body, "event_types");
  const { webhooks } = await listWebhooks(ex, clientId, baseUrl);
  if (webhooks.some((w) => w.url === url)) throw issue(400, "WEBHOOK_URL_ALREADY_EXISTS", { field: "url", value: url, location: "body", description: "Webhook URL already exists." });
  if (webhooks.length >= MAX_WEBHOOKS) throw issue(400, "WEBHOOK_NUMBER_LIMIT_EXCEEDED", { description: "Maximum number of allowed webhooks is 10." });
  const webhook = { id: newResourceId(), url, event_types: eventTypes };
  await insertObject(ex, { provider: PROVIDER, kind: KIND, id: webhook.id, mode: MODE, parentId: clientId, data: webhook });
  return withLinks(webhook, baseUrl);
}

/** JSON Patch, as PayPal takes it: `replace` of `/url` or `/event_types`. */
export async function updateWebhook(ex: Executor, clientId: string, id: string, body: unknown, baseUrl: string): Promise<Webhook> {
  const current = await findWebhook(ex, clientId, id, baseUrl);
  if (!Array.isArray(body) || body.length === 0) throw issue(400, "INVALID_PARAMETER_SYNTAX", { field: "patch", location: "body", description: "A JSON Patch array is expected." });
  let { url, event_types } = current;
  for (const op of body as { op?: unknown; path?: unknown; value?: unknown }[]) {
    if (op.op !== "replace") throw issue(400, "INVALID_PARAMETER_VALUE", { field: "op", value: shown(op.op), location: "body" });
    if (op.path === "/url") url = urlOf(op.value);
    else if (op.path === "/event_types") event_types = eventTypesOf(op.value, "value");
    else throw issue(400, "INVALID_PARAMETER_VALUE", { field: "path", value: shown(op.path), location: "body" });
  }
  const updated = { id, url, event_types };
  await saveObject(ex, { provider: PROVIDER, kind: KIND, id }, updated);
  return withLinks(updated, baseUrl);
}
