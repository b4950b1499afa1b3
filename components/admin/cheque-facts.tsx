import Link from "next/link";
import type { ReactNode } from "react";
import { Price } from "@/components/ui/price";
import type { BoardCheque } from "@/lib/use-cases/instalment-cheques";

/**
 * One cheque of the cheques page, as a small card on a phone and one row from `sm` up: the order
 * (linked), the customer, which part of a plan, the cheque's number, drawer and bank, its amount,
 * and a line of state (`children`). No hooks: used by the page and by its client forms alike.
 */
export type ChequeFactsProps = Pick<BoardCheque, "orderReference" | "customer" | "part" | "number" | "drawer" | "bank" | "amountCents">;

export function ChequeFacts({ cheque, children }: { cheque: ChequeFactsProps; children?: ReactNode }) {
  const details = [cheque.number ? `n° ${cheque.number}` : null, cheque.drawer, cheque.bank].filter(Boolean).join(" · ");
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1 sm:grid sm:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1fr)_7rem] sm:items-baseline sm:gap-3">
      <span className="flex flex-wrap items-baseline gap-x-2">
        <Link href={`/admin/commandes/${encodeURIComponent(cheque.orderReference)}`} className="font-mono text-sm font-medium text-brand-700 underline underline-offset-4">
          {cheque.orderReference}
        </Link>
        {cheque.part ? <span className="text-sm text-stone-600">chèque {cheque.part}</span> : null}
      </span>
      <span className="text-sm">
        {cheque.customer}
        {details ? <span className="block text-stone-600">{details}</span> : null}
      </span>
      <span className="text-sm text-stone-700">{children}</span>
      <Price cents={cheque.amountCents} className="font-semibold sm:text-right" />
    </div>
  );
}
