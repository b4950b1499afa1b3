"use server";

import { headers } from "next/headers";
import { formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { PASSWORD_RESET_MESSAGES, requestPasswordReset, requestResetInput } from "@/lib/auth/password-reset";
import { trustedClientAddress } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";

/** « Mot de passe oublié ? »: the same answer whether or not the address has an account, or a limit was reached. */
export const requestPasswordResetAction = formAction({ name: "request-password-reset", access: "anyone", schema: requestResetInput }, async (data) => {
  await requestPasswordReset(await getDb(), { email: data.email, clientAddress: trustedClientAddress(await headers()) });
  return formSuccess(PASSWORD_RESET_MESSAGES.sent(data.email));
});
