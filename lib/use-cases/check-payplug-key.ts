import "server-only";
import { isGatewayError } from "@/lib/providers/errors";
import type { PayPlugClient } from "@/lib/providers/payplug/client";

export type PayPlugKeyCheck = { ok: true; mode: "live" | "test" } | { ok: false; reason: string };

/**
 * `npm run payplug:check`: asks PayPlug's API whether the secret key opens the account (a read
 * of the payments list: no money moves, nothing is written) and which store it opens. The key's
 * prefix says test or live; a payment of the other store in the answer would mean a key and a
 * store that disagree, and is reported.
 */
export async function checkPayPlugKey(client: PayPlugClient, secretKey: string): Promise<PayPlugKeyCheck> {
  const mode = secretKey.startsWith("sk_live_") ? "live" : "test";
  try {
    const { data } = await client.payments.list({ perPage: 1 });
    const mismatch = data.data.find((p) => p.is_live !== (mode === "live"));
    if (mismatch) return { ok: false, reason: `la clé ${mode} a renvoyé un paiement ${mismatch.is_live ? "live" : "de test"} (${mismatch.id}) : vérifiez PAYPLUG_API_URL` };
    return { ok: true, mode };
  } catch (error) {
    if (isGatewayError(error) && error.code === "provider_auth") return { ok: false, reason: "PayPlug refuse cette clé (401) : copiez la clé secrète depuis le portail PayPlug (Paramètres › Clés API)" };
    if (isGatewayError(error) && error.code === "provider_unreachable") return { ok: false, reason: `API PayPlug injoignable (${error.message})` };
    throw error;
  }
}
