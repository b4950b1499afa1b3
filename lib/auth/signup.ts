import "server-only";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { hashPassword } from "./password";
import { newPasswordSchema } from "./password-policy";

export const signUpSchema = z
  .object({
    name: z.string({ error: "Indiquez votre nom." }).trim().min(1, "Indiquez votre nom.").max(100, "100 caractères au plus."),
    email: z
      .string({ error: "Indiquez votre adresse e-mail." })
      .trim()
      .toLowerCase()
      // An empty field is a missing address, not an invalid one.
      .min(1, "Indiquez votre adresse e-mail.")
      .pipe(z.email("Cette adresse e-mail n'est pas valide.").max(254, "Cette adresse e-mail est trop longue.")),
    password: newPasswordSchema("customer"),
    confirmation: z.string({ error: "Confirmez le mot de passe." }),
  })
  .refine((v) => v.password === v.confirmation, { path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." });

export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpField = "name" | "email" | "password" | "confirmation";
export type SignUpResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; fieldErrors: Partial<Record<SignUpField, string>> };

export const EMAIL_TAKEN_MESSAGE = "Un compte existe déjà avec cette adresse e-mail. Connectez-vous, ou utilisez une autre adresse.";

/** First message per field, for errors shown next to the fields. */
export function firstFieldErrors<K extends string>(error: z.ZodError): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "") as K;
    if (key && !out[key]) out[key] = issue.message;
  }
  return out;
}

/**
 * Creates a customer account. E-mails are stored lower-cased and unique, so "Jeanne@Example.fr"
 * and "jeanne@example.fr" are the same account; a taken address is a friendly field error.
 */
export async function signUpCustomer(db: Executor, input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: firstFieldErrors<SignUpField>(parsed.error) };
  const { name, email, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  // The unique index decides, not a prior SELECT: two sign-ups racing for one address get one account.
  const [user] = await db
    .insert(users)
    .values({ name, email, passwordHash, role: "customer" })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, email: users.email, name: users.name });
  if (!user) return { ok: false, fieldErrors: { email: EMAIL_TAKEN_MESSAGE } };
  return { ok: true, user };
}
