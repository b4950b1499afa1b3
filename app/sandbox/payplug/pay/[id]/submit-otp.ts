"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { submitHostedOtp } from "@/lib/sandbox/payplug/hosted-page";
import { requireEmulator } from "../../../sandbox-guard";

const input = z.object({ id: z.string().regex(/^(pay|inst)_[A-Za-z0-9]+$/), code: z.string().max(20) });

/** The 3-D Secure SMS step of the emulated hosted page. */
export async function submitOtp(formData: FormData): Promise<void> {
  requireEmulator("payplug");
  const parsed = input.safeParse({ id: formData.get("id"), code: formData.get("code") ?? "" });
  if (!parsed.success) notFound();
  const { redirectTo } = await submitHostedOtp(parsed.data.id, parsed.data.code);
  redirect(redirectTo);
}
