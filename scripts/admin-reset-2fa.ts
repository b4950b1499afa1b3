/*
 * npm run admin:reset-2fa -- --email admin@boutique.fr
 *
 * Removes an admin's second factor (TOTP and recovery codes), for an admin who lost their phone
 * and used or lost every recovery code. Whoever runs it has the server's database in hand, which is
 * the proof of authority the back-office cannot ask for. On a real shop the admin must enrol again
 * (/admin/securite) at their next sign-in.
 *
 * Runs under `node --conditions=react-server --import tsx`, like admin:create.
 */
import { parseArgs } from "node:util";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { closeDb, getDb } from "@/lib/db/client";
import { runCli } from "./run-cli";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" } } });
  if (!values.email) {
    console.error("Usage : npm run admin:reset-2fa -- --email <e-mail de l'administrateur>");
    return 2;
  }
  try {
    if (!(await resetSecondFactor(await getDb(), values.email))) {
      console.error(`Aucun administrateur avec l'adresse ${values.email}.`);
      return 1;
    }
    console.log(`Double authentification retirée pour ${values.email} : elle sera à réactiver à la prochaine connexion.`);
    return 0;
  } finally {
    await closeDb();
  }
}

runCli(main);
