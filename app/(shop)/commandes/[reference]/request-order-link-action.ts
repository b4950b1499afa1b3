"use server";

import { z } from "zod";
import { formError, formSuccess } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/safe-action";
import { ORDER_LINK_MESSAGES, sendFreshOrderLink } from "@/lib/use-cases/order-links";

const notFound = ORDER_LINK_MESSAGES.not_found;
const input = z.object({
  reference: z.string({ error: notFound }).trim().min(1, notFound).max(40, notFound),
  t: z.string({ error: notFound }).min(1, notFound).max(200, notFound),
});

/** "Recevoir un nouveau lien par e-mail" on an expired order link's page: to the order's own address. */
export const requestOrderLinkAction = formAction({ name: "request-order-link", access: "anyone", schema: input }, async (data, ctx) => {
  const user = await ctx.user();
  const result = await sendFreshOrderLink({ reference: data.reference, token: data.t, actor: { type: "customer", id: user?.id ?? null } });
  return result.ok ? formSuccess(result.message) : formError(result.message);
});
