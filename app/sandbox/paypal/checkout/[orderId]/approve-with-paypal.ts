"use server";

import { redirect } from "next/navigation";
import { approveWithPaypalAccount, paypalLoginSchema } from "@/lib/sandbox/paypal/approval";
import { firstErrors, hiddenFieldsSchema, text, type ApprovalFormState } from "./action-state";
import { afterApprovalUrl } from "./after-approval";
import { T } from "./texts";
import { requireEmulator } from "../../../sandbox-guard";

/** "Se connecter": the sandbox buyer approves the order with their PayPal account. */
export async function approveWithPaypal(_previous: ApprovalFormState, formData: FormData): Promise<ApprovalFormState> {
  requireEmulator("paypal");
  const hidden = hiddenFieldsSchema.safeParse({ orderId: text(formData, "orderId"), popup: text(formData, "popup") || undefined });
  if (!hidden.success) return { message: T.notFound };
  const values = { email: text(formData, "email") };
  const input = paypalLoginSchema.safeParse({ email: values.email.trim(), password: text(formData, "password") });
  if (!input.success) return { message: T.invalidForm, errors: firstErrors(input.error), values };
  const result = await approveWithPaypalAccount(hidden.data.orderId, input.data);
  if (!result.ok) return { message: result.code === "closed" ? T.closedText : T.notFound, values };
  redirect(afterApprovalUrl(result.view, "approved", hidden.data.popup === "1"));
}
