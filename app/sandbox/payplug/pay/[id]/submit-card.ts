"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { submitHostedCard } from "@/lib/sandbox/payplug/hosted-page";
import { requireEmulator } from "../../../sandbox-guard";

const input = z.object({
  id: z.string().regex(/^(pay|inst)_[A-Za-z0-9]+$/),
  number: z.string().max(40),
  expiry: z.string().max(10),
  cvc: z.string().max(8),
  holder: z.string().max(200),
});

/** The card form of the emulated hosted page. Errors are kept by the emulator and shown on the next render. */
export async function submitCard(formData: FormData): Promise<void> {
  requireEmulator("payplug");
  const parsed = input.safeParse({
    id: formData.get("id"),
    number: formData.get("number") ?? "",
    expiry: formData.get("expiry") ?? "",
    cvc: formData.get("cvc") ?? "",
    holder: formData.get("holder") ?? "",
  });
  if (!parsed.success) notFound();
  const { id, ...card } = parsed.data;
  const { redirectTo } = await submitHostedCard(id, card);
  redirect(redirectTo);
}
