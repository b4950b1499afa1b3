"use server";

import { redirect } from "next/navigation";
import { approveWithGuestCard, guestCardSchema } from "@/lib/sandbox/paypal/approval";
import { firstErrors, hiddenFieldsSchema, text, type ApprovalFormState } from "./action-state";
import { afterApprovalUrl } from "./after-approval";
import { T } from "./texts";
import { requireEmulator } from "../../../sandbox-guard";

/** "Payer par carte sans compte PayPal": a guest approves with a (test) card. */
export async function approveWithCard(_previous: ApprovalFormState, formData: FormData): Promise<ApprovalFormState> {
  requireEmulator("paypal");
  const hidden = hiddenFieldsSchema.safeParse({ orderId: text(formData, "orderId"), popup: text(formData, "popup") || undefined });
  if (!hidden.success) return { message: T.notFound };
  // Card number and CVC are never sent back to the page, even on an error.
  const values = { email: text(formData, "email"), name: text(formData, "name"), expiry: text(formData, "expiry") };
  const input = guestCardSchema.safeParse({ ...values, number: text(formData, "number"), cvc: text(formData, "cvc") });
  if (!input.success) return { message: T.invalidForm, errors: firstErrors(input.error), values };
  const result = await approveWithGuestCard(hidden.data.orderId, input.data);
  if (!result.ok) return { message: result.code === "closed" ? T.closedText : T.notFound, values };
  redirect(afterApprovalUrl(result.view, "approved", hidden.data.popup === "1"));
}
