"use server";

import { notFound, redirect } from "next/navigation";
import { cancelApproval } from "@/lib/sandbox/paypal/approval";
import { hiddenFieldsSchema, text } from "./action-state";
import { afterApprovalUrl } from "./after-approval";
import { requireEmulator } from "../../../sandbox-guard";

/** "Annuler et revenir à la boutique". */
export async function cancelPaypalApproval(formData: FormData): Promise<void> {
  requireEmulator("paypal");
  const hidden = hiddenFieldsSchema.safeParse({ orderId: text(formData, "orderId"), popup: text(formData, "popup") || undefined });
  if (!hidden.success) notFound();
  const result = await cancelApproval(hidden.data.orderId);
  if (!result.ok) notFound();
  redirect(afterApprovalUrl(result.view, "cancelled", hidden.data.popup === "1"));
}
