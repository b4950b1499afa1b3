"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/actions/safe-action";
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
const capturePayPalOrder = createAction<z.input<typeof input>, typeof input, PayPalCaptureResult>(
  {
    name: "paypal-capture-order",
    access: "anyone",
    schema: input,
    read: (raw) => raw,
    failed: (failure) => ({
      status: "error",
      message: failure.kind === "invalid" ? "Demande de paiement invalide. Rechargez la page puis réessayez." : failure.message,
    }),
  },
  async (data) => {
    const result = await capturePayPalApproval(data);
    // The PayPal window is closed by now: refreshing the page is safe, and the header's cart count
    // (the cart became this order) follows without a reload.
    revalidatePath("/", "layout");
    return result;
  },
);

export async function capturePayPalOrderAction(raw: z.input<typeof input>): Promise<PayPalCaptureResult> {
  return capturePayPalOrder(raw);
}
