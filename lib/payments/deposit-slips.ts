import type { Cents } from "@/lib/shared/money";

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
