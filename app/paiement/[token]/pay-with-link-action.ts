"use server";

import { redirect } from "next/navigation";
import { formError } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { payWithLinkInput, payWithPaymentLink } from "@/lib/use-cases/pay-with-link";

/** Pays an order through a secure link: the token is checked again, then off to the provider. */
export const payWithLinkAction = formAction({ name: "pay-with-link", access: "anyone", schema: payWithLinkInput }, async (data) => {
  const result = await payWithPaymentLink(data);
  if (!result.ok) return formError(result.message);
  redirect(result.redirectUrl);
});
