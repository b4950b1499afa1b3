"use server";

import { headers } from "next/headers";
import type { SignUpState } from "@/components/auth/sign-up-state";
import { clientIpFrom, hitRateLimit } from "@/lib/auth/rate-limit";
import { signUpCustomer } from "@/lib/auth/signup";
import { getDb } from "@/lib/db/client";

/** Customer sign-up: validated by signUpCustomer (zod, French messages), 10 sign-ups per IP per hour. */
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const input = {
    name: formData.get("name") ?? undefined,
    email: formData.get("email") ?? undefined,
    password: formData.get("password") ?? undefined,
    confirmation: formData.get("confirmation") ?? undefined,
  };
  const values = { name: typeof input.name === "string" ? input.name : "", email: typeof input.email === "string" ? input.email : "" };
  const db = await getDb();
  const ip = clientIpFrom(await headers());
  const limit = await hitRateLimit(db, { key: `signup:${ip}`, limit: 10, windowSeconds: 3600 });
  if (!limit.allowed) return { status: "error", message: "Trop de comptes créés depuis cette connexion. Réessayez plus tard.", fieldErrors: {}, values };
  const result = await signUpCustomer(db, input);
  if (!result.ok) return { status: "error", message: "Corrigez les champs signalés.", fieldErrors: result.fieldErrors, values };
  return { status: "created", email: result.user.email };
}
