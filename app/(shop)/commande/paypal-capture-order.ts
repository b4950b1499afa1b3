"use server";

import { z } from "zod";
import { capturePayPalApproval, type PayPalCaptureResult } from "@/lib/use-cases/paypal-checkout";

const input = z.object({
  reference: z.string().trim().regex(/^CA-[A-Z0-9]{8}$/),
  token: z.string().min(20).max(200),
  paypalOrderId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
});

/**
 * The PayPal buttons' onApprove: captures the approved PayPal order of OUR order (idempotently),
 * reconciles, and tells the buttons what to do: go to the receipt, wait for PayPal's confirmation,
 * or restart so the buyer picks another funding source (INSTRUMENT_DECLINED).
 */
export async function capturePayPalOrderAction(raw: z.input<typeof input>): Promise<PayPalCaptureResult> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { status: "error", message: "Demande de paiement invalide. Rechargez la page puis réessayez." };
  return capturePayPalApproval(parsed.data);
}
