import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/db/schema";
import { chequesInHand } from "@/lib/payments/cheques-in-hand";
import { formatEur } from "@/lib/shared/money";
import { nextStep, type NextStepInput } from "./order-next-step";

type Cheque = Parameters<typeof chequesInHand>[0][number];
const cheque = (amountCents: number, receivedOn = "2026-12-03", n = "1234567"): Cheque => ({
  id: `c-${n}`,
  method: "cheque",
  status: "pending",
  amountCents,
  receivedOn,
  offlineReference: n,
  recordedBy: "admin-1",
});

function input(status: OrderStatus, over: Partial<Omit<NextStepInput, "status" | "chequesInHand">> & { cheques?: Cheque[] } = {}): NextStepInput {
  const dueCents = over.dueCents ?? 0;
  return { status, dueCents, excessCents: over.excessCents ?? 0, shippedOn: over.shippedOn ?? [], chequesInHand: chequesInHand(over.cheques ?? [], dueCents) };
}

describe("nextStep: what the admin order page says and offers, for every state", () => {
  it.each<[OrderStatus, Partial<Omit<NextStepInput, "status" | "chequesInHand">> & { cheques?: Cheque[] }, string, Partial<ReturnType<typeof nextStep>["actions"]>]>([
    ["pending_payment", { dueCents: 2590 }, `Paiement en ligne en cours : en attente de la confirmation du prestataire (reste à recevoir ${formatEur(2590)})`, { recordMoney: true, sendPaymentLink: true, cancel: true, ship: false }],
    ["awaiting_transfer", { dueCents: 1240 }, `Virement attendu : reste à recevoir ${formatEur(1240)}`, { recordMoney: true, sendPaymentLink: true, cancel: true, ship: false, decideCheques: false }],
    ["awaiting_cheque", { dueCents: 4200 }, `Chèque attendu : reste à recevoir ${formatEur(4200)}`, { recordMoney: true, cancel: true, ship: false }],
    ["awaiting_cheque", { dueCents: 4200, cheques: [cheque(4200)] }, `Chèque reçu le 03/12/2026, à encaisser : ${formatEur(4200)}`, { recordMoney: false, decideCheques: true, sendPaymentLink: false, cancel: false, ship: false }],
    ["awaiting_cheque", { dueCents: 5000, cheques: [cheque(3760)] }, `Chèque reçu le 03/12/2026, à encaisser : ${formatEur(3760)} — reste à recevoir ${formatEur(1240)}`, { recordMoney: true, decideCheques: true, sendPaymentLink: true, cancel: false }],
    ["awaiting_cheques", { dueCents: 9000 }, `Chèques de l'échéancier attendus : la commande partira quand la boutique les aura tous reçus (reste à recevoir ${formatEur(9000)})`, { recordMoney: false, cancel: true, ship: false }],
    ["payment_failed", { dueCents: 2590 }, `Paiement échoué : le client peut réessayer, ou recevoir un lien de paiement (reste à recevoir ${formatEur(2590)})`, { sendPaymentLink: true, cancel: true, ship: false }],
    ["paid", {}, "Payée : prête à expédier", { recordMoney: false, sendPaymentLink: false, cancel: false, ship: true }],
    ["paid", { shippedOn: ["2026-12-04"] }, "Expédiée le 04/12/2026", { ship: true }],
    ["paid", { shippedOn: ["2026-12-06", "2026-12-04"] }, "Expédiée en 2 colis, du 04/12/2026 au 06/12/2026", { ship: true }],
    ["paid", { shippedOn: ["2026-12-04", "2026-12-04"] }, "Expédiée le 04/12/2026 (2 colis)", { ship: true }],
    ["paid", { excessCents: 500 }, `Payée : prête à expédier — trop-perçu à rembourser : ${formatEur(500)}`, { ship: true }],
    ["on_account", { dueCents: 12000 }, `Sur compte : prête à expédier — reste à recevoir ${formatEur(12000)} (sur compte)`, { recordMoney: true, cancel: false, sendPaymentLink: false, ship: true }],
    ["on_account", { dueCents: 12000, shippedOn: ["2026-12-04"] }, `Expédiée le 04/12/2026 — reste à recevoir ${formatEur(12000)} (sur compte)`, { ship: true }],
    ["partially_refunded", {}, "Partiellement remboursée : prête à expédier ce que le client garde", { ship: true, cancel: false, recordMoney: false }],
    ["partially_refunded", { shippedOn: ["2026-12-04"] }, "Expédiée le 04/12/2026 ; partiellement remboursée", { ship: true }],
    ["refunded", {}, "Remboursée : rien à recevoir ni à expédier", { ship: false, cancel: false, recordMoney: false }],
    ["refunded", { shippedOn: ["2026-12-04"] }, "Remboursée : rien à recevoir ni à expédier (colis parti avant le remboursement)", { ship: false }],
    ["refunded", { excessCents: 700 }, `Remboursée — argent encore détenu, à rembourser : ${formatEur(700)}`, { ship: false }],
    ["cancelled", {}, "Annulée : rien à recevoir ni à expédier", { ship: false, cancel: false, recordMoney: false, sendPaymentLink: false }],
    ["cancelled", { excessCents: 2590 }, `Annulée — argent reçu à rembourser : ${formatEur(2590)}`, { ship: false }],
  ])("%s %j → « %s »", (status, over, headline, actions) => {
    const step = nextStep(input(status, over));
    expect(step.headline).toBe(headline);
    expect(step.actions).toMatchObject(actions);
  });

  it("covers every state, with one headline each and the ship action exactly when the money allows it", () => {
    for (const status of ORDER_STATUSES) {
      const step = nextStep(input(status, { dueCents: 100 }));
      expect(step.headline).toMatch(/\S/);
      expect(step.actions.ship).toBe(step.shipping.ok);
      expect(step.actions.ship).toBe(["paid", "on_account", "partially_refunded"].includes(status));
    }
  });

  it("never offers to collect again, nor to cancel, while cheques in hand cover the order", () => {
    const step = nextStep(input("awaiting_cheque", { dueCents: 5000, cheques: [cheque(2000, "2026-12-01", "1"), cheque(3000, "2026-12-02", "2")] }));
    expect(step.headline).toBe(`2 chèques reçus, à encaisser : ${formatEur(5000)}`);
    expect(step.actions).toEqual({ recordMoney: false, decideCheques: true, sendPaymentLink: false, cancel: false, ship: false });
  });
});

describe("nextStep for an order paid in several cheques", () => {
  const part = (position: number, dueOn: string, amountCents: number, status: string) => ({ position, dueOn, amountCents, status });
  const plan = (...statuses: string[]) => ({ parts: statuses.map((s, i) => part(i + 1, ["2026-12-05", "2027-01-04", "2027-02-03"][i]!, i === 0 ? 400_01 : 400_00, s)) });
  const step = (status: OrderStatus, chequePlan: ReturnType<typeof plan>, over: Partial<NextStepInput> = {}) => nextStep({ ...input(status, { dueCents: 1200_01 }), chequePlan, today: "2026-12-10", ...over });

  it.each([
    [plan("expected", "expected", "expected"), `Aucun des 3 chèques reçu — reste à recevoir ${formatEur(1200_01)}`],
    [plan("received", "expected", "expected"), `1 chèque sur 3 reçu — reste à recevoir ${formatEur(800_00)}`],
    [plan("received", "received", "expected"), `2 chèques sur 3 reçus — reste à recevoir ${formatEur(400_00)}`],
  ])("awaiting its cheques: says how many are held and what is still to receive (%#)", (chequePlan, headline) => {
    const s = step("awaiting_cheques", chequePlan);
    expect(s.headline).toBe(headline);
    expect(s.tone).toBe("warning");
    // Nothing ships, and no other way to collect is offered: the cheques are the payment.
    expect(s.actions).toMatchObject({ ship: false, recordMoney: false, sendPaymentLink: false });
  });

  it.each([
    [plan("received", "received", "received"), "Chèques tous reçus : prête à expédier — Chèque 1/3 à déposer depuis le 05/12/2026", "success"],
    [plan("deposited", "received", "received"), "Chèques tous reçus : prête à expédier — Chèque 2/3 à déposer le 04/01/2027 ; chèque 1/3 déposé, à encaisser", "success"],
    [plan("cashed", "received", "received"), "Chèques tous reçus : prête à expédier — Chèque 2/3 à déposer le 04/01/2027", "success"],
    [plan("cashed", "deposited", "deposited"), "Chèques tous reçus : prête à expédier — Chèques 2/3, 3/3 déposés, à encaisser", "success"],
    [plan("cashed", "bounced", "received"), `Chèques tous reçus : prête à expédier — Chèque 2/3 impayé : ${formatEur(400_00)} à régler par le client`, "error"],
  ])("every cheque held: shippable, and says what to do with the cheques next (%#)", (chequePlan, headline, tone) => {
    const s = step("on_account", chequePlan);
    expect(s.headline).toBe(headline);
    expect(s.tone).toBe(tone);
    expect(s.actions.ship).toBe(true);
  });

  it("a cheque deposited on its very day reads « le », and a shipped order keeps the cheque line", () => {
    expect(step("on_account", plan("received", "received", "received"), { today: "2026-12-05" }).headline).toBe("Chèques tous reçus : prête à expédier — Chèque 1/3 à déposer le 05/12/2026");
    expect(step("on_account", plan("cashed", "received", "received"), { shippedOn: ["2026-12-06"] }).headline).toBe("Expédiée le 06/12/2026 — Chèque 2/3 à déposer le 04/01/2027");
  });

  it("offers to record other money only once a cheque bounced", () => {
    expect(step("on_account", plan("cashed", "received", "received")).actions.recordMoney).toBe(false);
    expect(step("on_account", plan("cashed", "bounced", "received")).actions.recordMoney).toBe(true);
  });
});
