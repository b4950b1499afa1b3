import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * A « remise de chèques » as read back for its PDF and the back-office: the cheques handed to the
 * bank together, whose total the bank credits as one line of the statement. Written by
 * lib/use-cases/instalment-cheques.ts (createDepositSlip). Pure types and words.
 */

export type DepositSlipCheque = { drawer: string; bank: string; number: string; amountCents: Cents; orderReference: string };

export type DepositSlipView = {
  id: string;
  number: number;
  depositedOn: string;
  count: number;
  totalCents: Cents;
  createdByName: string | null;
  cheques: DepositSlipCheque[];
};

/** « Remise de chèques n° 12 »: the slip's title, its PDF's and the board's. */
export function depositSlipTitle(number: number): string {
  return `Remise de chèques n° ${number}`;
}

/** « Remise de chèques n° 12 — 3 chèques, 1 200,00 € »: how the bank page proposes a slip for a credit line. */
export function depositSlipSummary(slip: { number: number; count: number; totalCents: Cents }): string {
  return `${depositSlipTitle(slip.number)} — ${slip.count} chèque${slip.count > 1 ? "s" : ""}, ${formatEur(slip.totalCents)}`;
}

export type DepositReadiness = { selectable: boolean; preselected: boolean; note: string | null };

/**
 * Whether a cheque in hand goes on today's slip. An instalment cheque waits for its day (the shop
 * promised the customer not to deposit it before) and for the order to hold every cheque of its
 * plan (createDepositSlip refuses both); everything else in hand is due at once and ticked.
 */
export function depositReadiness(cheque: { kind: "single" | "instalment"; dueOn: string | null; waitingForOthers: boolean }, today: string): DepositReadiness {
  if (cheque.kind === "instalment" && cheque.waitingForOthers) return { selectable: false, preselected: false, note: "en attente des autres chèques de la commande" };
  if (cheque.kind === "instalment" && cheque.dueOn !== null && cheque.dueOn > today) return { selectable: false, preselected: false, note: `à déposer le ${formatIsoDateFr(cheque.dueOn)}` };
  return { selectable: true, preselected: true, note: null };
}
