/*
 * npm run payplug:check
 *
 * Asks PayPlug's API whether PAYPLUG_SECRET_KEY opens the account, and says whether it takes real
 * money (live) or not (test), against what the shop declares (PAYMENT_MODE). Reads only: no
 * payment is created. Without a key it checks the built-in emulator, which must be running.
 *
 * Runs under `node --conditions=react-server --import tsx`, like admin:create.
 */
import { payplugClient } from "@/lib/providers/payplug/client";
import { env } from "@/lib/shared/env";
import { checkPayPlugKey } from "@/lib/use-cases/check-payplug-key";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const where = env.payplug.sandbox ? `l'émulateur PayPlug (${env.payplug.apiUrl})` : env.payplug.apiUrl;
  const result = await checkPayPlugKey(payplugClient({ maxRetries: 0 }), env.payplug.secretKey);
  if (!result.ok) {
    console.error(`Clé PayPlug refusée par ${where} : ${result.reason}.`);
    return 1;
  }
  console.log(`Clé PayPlug valide sur ${where} : mode ${result.mode === "live" ? "live (argent réel)" : "test (aucun argent réel)"}.`);
  const declared = env.paymentMode === "sandbox" ? "test" : env.paymentMode;
  if (declared !== result.mode) {
    console.error(`Attention : la boutique se déclare PAYMENT_MODE=${env.paymentMode}, mais cette clé est ${result.mode}. Mettez la clé sk_${declared === "live" ? "live" : "test"}_… ou changez PAYMENT_MODE.`);
    return 1;
  }
  return 0;
}

runCli(main);
