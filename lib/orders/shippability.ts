import type { OrderStatus } from "@/lib/db/schema";

/*
 * May this order's goods leave? Only when its money allows it (DESIGN.md, « Order states »):
 * - `paid`: fully paid;
 * - `partially_refunded`: part of it was given back on purpose, what is left still ships;
 * - `on_account`: a professional's net-30 order (invoiced, the terms are the promise), or an
 *   instalment order whose cheques the shop all holds, or whose PayPlug card plan took its first
 *   instalment: the instalment use cases put those in `on_account` and no earlier.
 * Never while the money is only expected (a card outcome unknown, a transfer or cheque not in, a
 * cheque received but not cashed, instalment cheques still missing), nor once the sale is undone.
 * Pure: ship-order.ts asks it under the order lock, the admin order page to say why not.
 */

export type Shippability = { ok: true; note: string | null } | { ok: false; reason: string };

const REFUSALS: Readonly<Partial<Record<OrderStatus, string>>> = {
  pending_payment: "Le paiement en ligne n'est pas encore confirmé : rien ne part avant la confirmation du prestataire.",
  awaiting_transfer: "Le virement n'est pas encore arrivé : la commande partira quand il sera reçu en entier.",
  awaiting_cheque: "Le chèque n'est pas encore encaissé : la commande partira une fois le chèque encaissé.",
  awaiting_cheques: "La boutique n'a pas encore reçu tous les chèques de l'échéancier : la commande partira quand elle les aura tous.",
  payment_failed: "Le paiement a échoué : rien n'est payé, rien ne part.",
  cancelled: "La commande est annulée : rien ne part.",
  refunded: "La commande est entièrement remboursée : rien ne part.",
};

export function shippability(status: OrderStatus): Shippability {
  switch (status) {
    case "paid":
      return { ok: true, note: null };
    case "on_account":
      return { ok: true, note: "Commande sur compte : elle part avant d'être payée, selon les conditions du client (facture à échéance, ou chèques d'échéancier tous reçus)." };
    case "partially_refunded":
      return { ok: true, note: "Commande partiellement remboursée : n'expédiez que ce que le client garde." };
    default:
      return { ok: false, reason: REFUSALS[status] ?? "Cette commande ne peut pas être expédiée dans son état actuel." };
  }
}

/** The statuses whose orders may ship, for a query or a test. */
export const SHIPPABLE_STATUSES: readonly OrderStatus[] = ["paid", "on_account", "partially_refunded"];
