import type { PaymentMethod, PaymentStatus } from "@/lib/db/schema";
import { isInstructionPlaceholder } from "@/lib/orders/ledger";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * Cheques an admin recorded as received but not yet cashed (payment « pending »): the order's
 * money is not in yet (paid_cents counts cashed money only), but it is no longer « attendu » either.
 * The admin order page reads what to say and what to offer from here, so that a received cheque
 * is never met with « Chèque attendu », « Reçu 0,00 € » or an invitation to collect it twice
 * (record another cheque, send a payment link, cancel). Pure.
 */

type PaymentLike = { id: string; method: PaymentMethod; status: PaymentStatus; amountCents: Cents; receivedOn: string | null; offlineReference: string | null; recordedBy: string | null };

export type ChequesInHand<P extends PaymentLike> = {
  cheques: P[];
  totalCents: Cents;
  /** What is still to come once these cheques are cashed. */
  stillExpectedCents: Cents;
  /** The cheques in hand cover what the order still owes: nothing more to ask the customer for. */
  covered: boolean;
};

export function chequesInHand<P extends PaymentLike>(payments: readonly P[], dueCents: Cents): ChequesInHand<P> {
  const cheques = payments.filter((p) => p.method === "cheque" && p.status === "pending" && !isInstructionPlaceholder(p));
  const totalCents = cheques.reduce((sum, p) => sum + p.amountCents, 0);
  const stillExpectedCents = Math.max(0, dueCents - totalCents);
  return { cheques, totalCents, stillExpectedCents, covered: cheques.length > 0 && stillExpectedCents === 0 };
}

/** The status as the admin should read it: « Chèque reçu, à encaisser » once the cheques cover it. */
export function chequeStatusLabel(inHand: ChequesInHand<PaymentLike>): string | null {
  if (!inHand.covered) return null;
  return inHand.cheques.length > 1 ? "Chèques reçus, à encaisser" : "Chèque reçu, à encaisser";
}

/** « Chèque reçu le 03/12/2026, à encaisser » (and what remains to be received, if anything). */
export function chequeMoneyLine(inHand: ChequesInHand<PaymentLike>): string | null {
  if (inHand.cheques.length === 0) return null;
  const [first] = inHand.cheques;
  const head =
    inHand.cheques.length === 1
      ? `Chèque reçu${first!.receivedOn ? ` le ${formatIsoDateFr(first!.receivedOn)}` : ""}, à encaisser : ${formatEur(inHand.totalCents)}`
      : `${inHand.cheques.length} chèques reçus, à encaisser : ${formatEur(inHand.totalCents)}`;
  return inHand.stillExpectedCents > 0 ? `${head} — reste à recevoir ${formatEur(inHand.stillExpectedCents)}` : head;
}
