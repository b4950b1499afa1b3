/*
 * npm run admin:create -- --email admin@boutique.fr --name "Alice Martin" [--password-stdin]
 *
 * Creates an admin account. The password is read from standard input with --password-stdin
 * (e.g. `printf '%s' "$PW" | npm run admin:create -- … --password-stdin`), typed at a prompt when
 * run in a terminal, or else generated and printed once. Missing --email/--name are prompted for.
 * The password must follow lib/auth/password-policy.ts: 12 characters at least, 128 at most, not a
 * common password; a refused one is explained in French and nothing is created.
 *
 * Runs under `node --conditions=react-server --import tsx` (see package.json) so that the
 * `server-only` marker imported by lib/ modules resolves to its empty export outside Next.
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createAdmin } from "@/lib/auth/create-admin";
import { closeDb, getDb } from "@/lib/db/client";
import { newToken } from "@/lib/shared/tokens";
import { runCli } from "./run-cli";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    console.log('Usage : npm run admin:create -- --email <e-mail> --name "<nom>" [--password-stdin]');
    return 0;
  }
  const interactive = process.stdin.isTTY === true && !values["password-stdin"];
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : null;
  try {
    const email = values.email ?? (rl ? await rl.question("E-mail de l'administrateur : ") : undefined);
    const name = values.name ?? (rl ? await rl.question("Nom : ") : undefined);
    if (!email || !name) {
      console.error("--email et --name sont obligatoires hors d'un terminal.");
      return 2;
    }
    let password: string;
    let generated = false;
    if (values["password-stdin"]) {
      password = await readStdin();
    } else if (rl) {
      const typed = await rl.question("Mot de passe (laisser vide pour en générer un) : ");
      password = typed || newToken(18);
      generated = !typed;
    } else {
      password = newToken(18);
      generated = true;
    }
    rl?.close();

    const result = await createAdmin(await getDb(), { email, name, password });
    if (!result.ok) {
      console.error(`Impossible de créer l'administrateur : ${result.error}`);
      return 1;
    }
    console.log(`Administrateur créé : ${result.user.email}`);
    if (generated) console.log(`Mot de passe (affiché une seule fois, notez-le) : ${password}`);
    return 0;
  } finally {
    rl?.close();
    await closeDb();
  }
}

runCli(main);
