import "server-only";
import { bearerMatches } from "@/lib/shared/bearer";

/*
 * The emulators' control surfaces (PayPlug's /faults and /admin, PayPal's /control/…) switch
 * faults, play the buyer or the provider's back office and redirect webhooks: on a public demo
 * shop only its operator may use them. They take `Authorization: Bearer <CRON_SECRET>` (the secret
 * the shop's scheduler already holds), passed in by the routes: lib/sandbox reads no configuration.
 * The check itself is lib/shared/bearer.ts, shared with /api/cron: the one module outside lib/sandbox that
 * lib/sandbox imports besides the database client, allowed because it imports nothing itself.
 */

export type ControlOptions = {
  /** The shop's CRON_SECRET. */
  controlSecret: string;
};

/** Whether the request carries `Authorization: Bearer <secret>` (constant-time comparison). */
export function controlAuthorized(request: Request, secret: string): boolean {
  return bearerMatches(request.headers.get("authorization"), secret);
}

export function controlUnauthorized(): Response {
  return Response.json(
    { error: "unauthorized", message: "The sandbox control endpoints need the header Authorization: Bearer <CRON_SECRET>." },
    { status: 401, headers: { "cache-control": "no-store", "www-authenticate": 'Bearer realm="sandbox"' } },
  );
}
