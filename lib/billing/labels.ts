import type { InvoiceStatus } from "./invoice-status";

/** How invoice states and account payments read, in French, everywhere they are shown. */
export const INVOICE_STATUS_TONES: Readonly<Record<InvoiceStatus, string>> = {
  open: "bg-stone-100 text-stone-800",
  partially_paid: "bg-amber-100 text-amber-900",
  paid: "bg-emerald-100 text-emerald-900",
  overdue: "bg-red-100 text-red-900",
};

export const ACCOUNT_PAYMENT_METHOD_LABELS = { card: "Carte bancaire", transfer: "Virement", cheque: "Chèque", credit: "Avoir" } as const;
