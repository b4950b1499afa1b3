/*
 * npm run db:seed: creates the demo catalogue and demo accounts (idempotent). Only in development
 * or with DEMO_DATA=true: a real shop never gets the demo accounts.
 * Runs under `node --conditions=react-server --import tsx` so `server-only` resolves outside Next.
 */
import { closeDb, getDb } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demo-data";
import { seedDemoShop } from "@/lib/demo/seed-demo";
import { env } from "@/lib/shared/env";

async function main(): Promise<number> {
  if (!env.demoData) {
    console.error("Données de démonstration refusées hors développement : définissez DEMO_DATA=true pour une boutique de démonstration.");
    return 1;
  }
  try {
    const seeded = await seedDemoShop(await getDb());
    console.log(`Démo : ${seeded.products} produit(s), ${seeded.users} compte(s) et ${seeded.orders} commande(s) créés (les existants sont conservés).`);
    console.log(`Comptes : ${Object.values(DEMO_ACCOUNTS).join(", ")} — mot de passe ${DEMO_PASSWORD}`);
    return 0;
  } finally {
    await closeDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
