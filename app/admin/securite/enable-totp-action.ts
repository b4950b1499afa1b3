"use server";

import { z } from "zod";
import type { TotpEnrolmentState } from "@/components/admin/totp-enrolment-state";
import { createAction, formObject } from "@/lib/actions/safe-action";
import { enableTotp, ENROLMENT_MESSAGES } from "@/lib/auth/second-factor";
import { getDb } from "@/lib/db/client";

const CODE_MESSAGE = "Saisissez le code à 6 chiffres affiché par l'application.";
const input = z.object({ code: z.string({ error: CODE_MESSAGE }).trim().regex(/^\d{3}\s?\d{3}$/, CODE_MESSAGE) });

/**
 * Confirms the admin's authenticator app with a first code and turns the second factor on; the ten
 * recovery codes come back once, in this answer only. Open to an admin who has no second factor
 * yet, since that is what they must do first on a real shop.
 */
const enable = createAction<FormData, typeof input, TotpEnrolmentState>(
  {
    name: "enable-totp",
    access: "admin",
    secondFactorOptional: true,
    schema: input,
    read: formObject,
    failed: (failure) => ({ status: "error", message: failure.message, ...(failure.kind === "invalid" ? { codeError: failure.fieldErrors.code } : {}) }),
  },
  async (data, ctx) => {
    const user = await ctx.user();
    if (!user) return { status: "error", message: "Votre session a expiré : reconnectez-vous pour continuer." };
    const result = await enableTotp(await getDb(), user.id, data.code);
    if (!result.ok) return { status: "error", message: result.message, ...(result.message === ENROLMENT_MESSAGES.invalid ? { codeError: result.message } : {}) };
    return { status: "enabled", recoveryCodes: result.recoveryCodes };
  },
);

export async function enableTotpAction(_previous: TotpEnrolmentState, formData: FormData): Promise<TotpEnrolmentState> {
  return enable(formData);
}
