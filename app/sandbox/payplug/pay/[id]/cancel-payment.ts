"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { cancelHostedPayment } from "@/lib/sandbox/payplug/hosted-page";
import { requireEmulator } from "../../../sandbox-guard";

const input = z.object({ id: z.string().regex(/^(pay|inst)_[A-Za-z0-9]+$/) });

/** "Annuler" on the emulated hosted page: back to the shop's cancel_url. */
export async function cancelPayment(formData: FormData): Promise<void> {
  requireEmulator("payplug");
  const parsed = input.safeParse({ id: formData.get("id") });
  if (!parsed.success) notFound();
  const { redirectTo } = await cancelHostedPayment(parsed.data.id);
  redirect(redirectTo);
}
