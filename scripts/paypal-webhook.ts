/*
 * npm run paypal:webhook [-- --url https://boutique.example.fr/api/webhooks/paypal]
 *
 * Registers (or updates) the shop's webhook on the PayPal REST app of PAYPAL_CLIENT_ID, for every
 * event the shop handles, and prints the id to put in PAYPAL_WEBHOOK_ID. Run it once per app
 * (sandbox, then live) and again after changing APP_URL; a second run changes nothing. Without
 * PayPal keys it talks to the built-in emulator, which must be running (npm run dev / npm start).
 *
 * Runs under `node --conditions=react-server --import tsx`, like admin:create.
 */
import { parseArgs } from "node:util";
import { paypalClient } from "@/lib/providers/paypal/client";
import { env } from "@/lib/shared/env";
import { registerPayPalWebhook } from "@/lib/use-cases/register-paypal-webhook";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: "string" } } });
  const url = values.url ?? `${env.appUrl}/api/webhooks/paypal`;
  const target = env.paypal.sandbox ? `l'émulateur PayPal (${env.paypal.apiUrl})` : `PayPal ${env.paypal.mode === "live" ? "live" : "sandbox"} (${env.paypal.apiUrl})`;
  if (!url.startsWith("https://") && !env.paypal.sandbox) {
    console.error(`PayPal n'envoie ses webhooks qu'en https : ${url} ne convient pas. Définissez APP_URL=https://… ou passez --url.`);
    return 2;
  }
  const result = await registerPayPalWebhook(paypalClient(), url);
  const verb = { created: "créé", updated: "mis à jour (types d'événements ajoutés)", unchanged: "déjà enregistré, rien à changer" }[result.action];
  console.log(`Webhook ${verb} chez ${target}`);
  console.log(`  URL        : ${result.url}`);
  console.log(`  événements : ${result.eventTypes.join(", ")}`);
  console.log("");
  console.log("Mettez dans l'environnement de la boutique, puis redémarrez :");
  console.log(`PAYPAL_WEBHOOK_ID=${result.id}`);
  if (env.paypal.webhookIdDeclared && env.paypal.webhookId !== result.id) {
    console.log(`(PAYPAL_WEBHOOK_ID vaut aujourd'hui ${env.paypal.webhookId} : les webhooks de cette URL échoueraient à la vérification de signature.)`);
  }
  return 0;
}

runCli(main);
