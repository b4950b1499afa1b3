"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { resetPassword } from "@/lib/auth/password-reset";
import { getDb } from "@/lib/db/client";

// Checked by resetPassword (the password policy owns the French messages); here only their shape.
const input = z.object({ t: z.string().max(200).default(""), password: z.string().max(1024).default(""), confirmation: z.string().max(1024).default("") });

/** Sets the new password through the e-mailed link, then back to sign in (every session has ended). */
export const resetPasswordAction = formAction({ name: "reset-password", access: "anyone", schema: input }, async (data) => {
  const result = await resetPassword(await getDb(), { token: data.t, password: data.password, confirmation: data.confirmation });
  if (!result.ok) {
    return { status: "error", message: result.message, fieldErrors: result.field === "token" ? {} : { [result.field]: result.message }, values: {} };
  }
  redirect("/connexion?motdepasse=change");
});
