import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/*
 * The emulators' control surfaces (PayPlug's /faults and /admin, PayPal's /control/…) switch
 * faults, play the buyer or the provider's back office and redirect webhooks: on a public demo
 * shop only its operator may use them. They take `Authorization: Bearer <CRON_SECRET>` (the secret
 * the shop's scheduler already holds), passed in by the routes: lib/sandbox reads no configuration.
 */

export type ControlOptions = {
  /** The shop's CRON_SECRET. */
  controlSecret: string;
};

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Compares the bearer token with the secret in constant time (hashing first equalises lengths). */
export function controlAuthorized(request: Request, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1] || !secret) return false;
  return timingSafeEqual(digest(match[1]), digest(secret));
}

export function controlUnauthorized(): Response {
  return Response.json(
    { error: "unauthorized", message: "The sandbox control endpoints need the header Authorization: Bearer <CRON_SECRET>." },
    { status: 401, headers: { "cache-control": "no-store", "www-authenticate": 'Bearer realm="sandbox"' } },
  );
}
