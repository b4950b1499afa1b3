"use server";

import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { linkTokenInput, requestNewLinkFromExpired } from "@/lib/use-cases/pay-with-link";

/** "Recevoir un nouveau lien de paiement par e-mail" on an expired link's page: to the order's own address. */
export const requestNewLinkAction = formAction({ name: "request-new-link", access: "anyone", schema: linkTokenInput }, async (data, ctx) => {
  const user = await ctx.user();
  const result = await requestNewLinkFromExpired(data.token, { type: "customer", id: user?.id ?? null });
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
