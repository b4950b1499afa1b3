"use server";

import { headers } from "next/headers";
import { z } from "zod";
import type { ProApplicationState } from "@/components/pro/pro-application-state";
import { createAction, formObject } from "@/lib/actions/safe-action";
import { hitRateLimits, signUpBuckets, trustedClientAddress } from "@/lib/auth/rate-limit";
import { signUpCustomer } from "@/lib/auth/signup";
import { checkProApplication, type ProApplicationFields } from "@/lib/billing/pro-application";
import { getDb } from "@/lib/db/client";
import { applyForProAccount } from "@/lib/use-cases/pro-accounts";

const FIELDS = ["companyName", "country", "siret", "vatNumber", "registrationNumber", "contactName", "contactEmail", "phone", "line1", "line2", "postalCode", "city"] as const;
// Every field is checked by checkProApplication and signUpCustomer (their French messages); here only the shape.
// Fields the country does not ask (a SIRET abroad…) are simply absent from the form.
const input = z.object(Object.fromEntries([...FIELDS, "name", "email", "password", "confirmation"].map((k) => [k, z.unknown().optional()])));

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function echo(formData: FormData): Record<string, string> {
  return Object.fromEntries([...FIELDS, "name", "email"].map((k) => [k, text(formData, k)]));
}

class Refused extends Error {
  constructor(public readonly state: ProApplicationState) {
    super("refused");
  }
}

/**
 * /pro/inscription: a company applies. A visitor without an account creates it in the same
 * transaction (rate-limited like the customer sign-up); a signed-in customer applies for its own.
 */
const apply = createAction<FormData, typeof input, ProApplicationState>(
  {
    name: "pro-apply",
    access: "anyone",
    schema: input,
    read: formObject,
    failed: (failure, formData) => ({ status: "error", message: failure.message, fieldErrors: {}, values: echo(formData) }),
  },
  async (_fields, ctx, formData) => {
    const values = echo(formData);
    const user = await ctx.user();
    if (user?.role === "admin") return { status: "error", message: "Un compte administrateur ne peut pas devenir professionnel.", fieldErrors: {}, values };
    const check = checkProApplication(Object.fromEntries(FIELDS.map((k) => [k, text(formData, k)])) as ProApplicationFields);
    const db = await getDb();
    if (user) {
      if (!check.ok) return { status: "error", message: "Corrigez les champs signalés.", fieldErrors: check.errors, values };
      const applied = await applyForProAccount(db, user.id, check.application);
      return applied.ok ? { status: "applied", signUpEmail: null } : { status: "error", message: applied.message, fieldErrors: {}, values };
    }
    if (!(await hitRateLimits(db, signUpBuckets(trustedClientAddress(await headers()))))) {
      return { status: "error", message: "Trop d'inscriptions en peu de temps : réessayez dans une heure.", fieldErrors: {}, values };
    }
    try {
      return await db.transaction(async (tx) => {
        const signUp = await signUpCustomer(tx, { name: text(formData, "name"), email: text(formData, "email"), password: text(formData, "password"), confirmation: text(formData, "confirmation") });
        const fieldErrors = { ...(check.ok ? {} : check.errors), ...(signUp.ok ? {} : signUp.fieldErrors) };
        if (!check.ok || !signUp.ok) throw new Refused({ status: "error", message: "Corrigez les champs signalés.", fieldErrors, values });
        const applied = await applyForProAccount(tx, signUp.user.id, check.application);
        if (!applied.ok) throw new Refused({ status: "error", message: applied.message, fieldErrors: {}, values });
        return { status: "applied" as const, signUpEmail: signUp.user.email };
      });
    } catch (error) {
      if (error instanceof Refused) return error.state;
      throw error;
    }
  },
);

export async function applyForProAction(_previous: ProApplicationState, formData: FormData): Promise<ProApplicationState> {
  return apply(formData);
}
