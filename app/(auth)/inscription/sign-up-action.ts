"use server";

import { headers } from "next/headers";
import { z } from "zod";
import type { SignUpState } from "@/components/auth/sign-up-state";
import { createAction, formObject } from "@/lib/actions/safe-action";
import { hitRateLimits, signUpBuckets, trustedClientAddress } from "@/lib/auth/rate-limit";
import { signUpCustomer } from "@/lib/auth/signup";
import { getDb } from "@/lib/db/client";

// The fields are checked by signUpCustomer (its schema owns the French messages); here only their shape.
const input = z.object({ name: z.unknown(), email: z.unknown(), password: z.unknown(), confirmation: z.unknown() });

function typedValues(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { name: text("name"), email: text("email") };
}

/** Customer sign-up: validated by signUpCustomer (zod, French messages), rate-limited per address and shop-wide (signUpBuckets). */
const signUp = createAction<FormData, typeof input, SignUpState>(
  {
    name: "sign-up",
    access: "anyone",
    schema: input,
    read: formObject,
    failed: (failure, formData) => ({ status: "error", message: failure.message, fieldErrors: {}, values: typedValues(formData) }),
  },
  async (fields, _ctx, formData) => {
    const values = typedValues(formData);
    const db = await getDb();
    const allowed = await hitRateLimits(db, signUpBuckets(trustedClientAddress(await headers())));
    if (!allowed) return { status: "error", message: "Trop d'inscriptions en peu de temps : réessayez dans une heure. Vous pouvez aussi commander sans créer de compte.", fieldErrors: {}, values };
    const result = await signUpCustomer(db, fields);
    if (!result.ok) return { status: "error", message: "Corrigez les champs signalés.", fieldErrors: result.fieldErrors, values };
    return { status: "created", email: result.user.email };
  },
);

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  return signUp(formData);
}
