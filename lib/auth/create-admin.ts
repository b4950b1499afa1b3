import "server-only";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hashPassword } from "./password";
import { newPasswordSchema } from "./password-policy";

export const createAdminSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("adresse e-mail invalide")),
  name: z.string().trim().min(1, "nom obligatoire").max(100),
  password: newPasswordSchema("admin"),
});

const FIELD_LABELS: Record<string, string> = { email: "e-mail", name: "nom", password: "mot de passe" };

export type CreateAdminResult = { ok: true; user: { id: string; email: string } } | { ok: false; error: string };

/** A real shop's first admin (npm run admin:create). Never overwrites an existing account. */
export async function createAdmin(db: Executor, input: unknown): Promise<CreateAdminResult> {
  const parsed = createAdminSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${FIELD_LABELS[String(i.path[0])] ?? i.path.join(".")} : ${i.message}`).join(" ; ") };
  const { email, name, password } = parsed.data;
  const [user] = await db
    .insert(users)
    .values({ email, name, role: "admin", passwordHash: await hashPassword(password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email });
  if (!user) return { ok: false, error: `un compte existe déjà avec l'adresse ${email}` };
  return { ok: true, user };
}
