import type { OrderStatus } from "@/lib/db/schema";
import { shippability, type Shippability } from "@/lib/orders/shippability";
import { isUnpaid } from "@/lib/orders/transitions";
import type { Tone } from "@/lib/orders/labels";
import { chequeMoneyLine, type ChequesInHand } from "@/lib/payments/cheques-in-hand";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * What the admin order page says is expected next, once, and which of its actions it offers:
 * one statement per state (« Chèque reçu le 03/12/2026, à encaisser : 42,00 € », « Reste à
 * recevoir 12,40 € », « Prête à expédier », « Expédiée le 04/12/2026 »), and only the actions that
 * make sense now. The server checks every action again; this only keeps the page from inviting a
 * mistake (collecting twice, shipping unpaid goods). Pure, tested over every state. It lives
 * beside cheques-in-hand.ts, whose wording it reuses.
 */

type ChequeLike = Parameters<typeof chequeMoneyLine>[0]["cheques"][number];

export type NextStepInput = {
  status: OrderStatus;
  /** moneyPosition(order): what the order still waits for, and what it holds beyond what it keeps. */
  dueCents: Cents;
  excessCents: Cents;
  /** Cheques recorded as received and not cashed yet (chequesInHand). */
  chequesInHand: ChequesInHand<ChequeLike>;
  /** The parcels sent, their days (YYYY-MM-DD), in any order. */
  shippedOn: readonly string[];
  /** Paid in several cheques: each part's deposit day, amount and state (lib/use-cases/instalment-cheques.ts). */
  chequePlan?: { parts: readonly ChequePart[] } | null;
  /** Today in Paris (YYYY-MM-DD): a cheque held past its deposit day reads « à déposer depuis le … ». */
  today?: string;
};

type ChequePart = { position: number; dueOn: string; amountCents: Cents; status: string };

export type OrderActionSet = {
  /** « Virement reçu », « Chèque reçu ». */
  recordMoney: boolean;
  /** « Encaissé » / « Impayé » on each cheque in hand. */
  decideCheques: boolean;
  sendPaymentLink: boolean;
  cancel: boolean;
  ship: boolean;
};

export type NextStep = { headline: string; tone: Tone; shipping: Shippability; actions: OrderActionSet };

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

function shippedLine(days: readonly string[]): string {
  const sorted = [...days].sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (sorted.length === 1) return `Expédiée le ${formatIsoDateFr(first)}`;
  return first === last
    ? `Expédiée le ${formatIsoDateFr(first)} (${sorted.length} colis)`
    : `Expédiée en ${sorted.length} colis, du ${formatIsoDateFr(first)} au ${formatIsoDateFr(last)}`;
}

/** « 2 chèques sur 3 reçus — reste à recevoir 800,00 € »: the order waits for the cheques still expected. */
function chequesAwaitedLine(parts: readonly ChequePart[]): string {
  const held = parts.filter((p) => p.status !== "expected").length;
  const missingCents = parts.filter((p) => p.status === "expected").reduce((s, p) => s + p.amountCents, 0);
  const count = held === 0 ? `Aucun des ${parts.length} chèques reçu` : `${held} ${plural(held, "chèque", "chèques")} sur ${parts.length} ${plural(held, "reçu", "reçus")}`;
  return `${count} — reste à recevoir ${formatEur(missingCents)}`;
}

/**
 * Every cheque held (on account): what the shop has to do with them next — a bounced one first
 * (the customer owes it), then the next to deposit (« Chèque 2/3 à déposer le 04/01/2027 »), then
 * the deposited ones waiting to clear. Null when all are cashed.
 */
function chequesHeldLine(parts: readonly ChequePart[], today: string | undefined): { line: string; bounced: boolean } | null {
  const n = parts.length;
  const bounced = parts.filter((p) => p.status === "bounced");
  if (bounced.length) return { line: bounced.map((p) => `Chèque ${p.position}/${n} impayé : ${formatEur(p.amountCents)} à régler par le client`).join(" ; "), bounced: true };
  const lines: string[] = [];
  const next = parts.filter((p) => p.status === "received").sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  if (next) lines.push(`Chèque ${next.position}/${n} à déposer ${today && next.dueOn < today ? "depuis le" : "le"} ${formatIsoDateFr(next.dueOn)}`);
  const deposited = parts.filter((p) => p.status === "deposited");
  if (deposited.length) lines.push(`${plural(deposited.length, "chèque", "chèques")} ${deposited.map((p) => `${p.position}/${n}`).join(", ")} ${plural(deposited.length, "déposé", "déposés")}, à encaisser`);
  if (!lines.length) return null;
  const line = lines.join(" ; ");
  return { line: line.charAt(0).toUpperCase() + line.slice(1), bounced: false };
}

/** « — trop-perçu : 5,00 € à rembourser » when the order holds more than it keeps. */
const excessTail = (excessCents: Cents) => (excessCents > 0 ? ` — trop-perçu à rembourser : ${formatEur(excessCents)}` : "");

function headlineOf(input: NextStepInput): { headline: string; tone: Tone } {
  const { status, dueCents, excessCents, chequesInHand: inHand, shippedOn } = input;
  const shipped = shippedOn.length > 0;
  const due = `reste à recevoir ${formatEur(dueCents)}`;
  switch (status) {
    case "pending_payment":
      return { headline: `Paiement en ligne en cours : en attente de la confirmation du prestataire (${due})`, tone: "warning" };
    case "awaiting_transfer":
      return { headline: `Virement attendu : ${due}`, tone: "warning" };
    case "awaiting_cheque":
      return inHand.cheques.length > 0 ? { headline: chequeMoneyLine(inHand) ?? due, tone: "warning" } : { headline: `Chèque attendu : ${due}`, tone: "warning" };
    case "awaiting_cheques":
      if (input.chequePlan?.parts.length) return { headline: chequesAwaitedLine(input.chequePlan.parts), tone: "warning" };
      return { headline: `Chèques de l'échéancier attendus : la commande partira quand la boutique les aura tous reçus (${due})`, tone: "warning" };
    case "payment_failed":
      return { headline: `Paiement échoué : le client peut réessayer, ou recevoir un lien de paiement (${due})`, tone: "error" };
    case "paid":
      return shipped ? { headline: `${shippedLine(shippedOn)}${excessTail(excessCents)}`, tone: "success" } : { headline: `Payée : prête à expédier${excessTail(excessCents)}`, tone: "success" };
    case "on_account": {
      if (input.chequePlan?.parts.length) {
        const cheques = chequesHeldLine(input.chequePlan.parts, input.today);
        const tail = cheques ? ` — ${cheques.line}` : "";
        const tone = cheques?.bounced ? "error" : "success";
        return shipped ? { headline: `${shippedLine(shippedOn)}${tail}`, tone } : { headline: `Chèques tous reçus : prête à expédier${tail}`, tone };
      }
      const money = dueCents > 0 ? ` — ${due} (sur compte)` : "";
      return shipped ? { headline: `${shippedLine(shippedOn)}${money}`, tone: "success" } : { headline: `Sur compte : prête à expédier${money}`, tone: "success" };
    }
    case "partially_refunded":
      return shipped
        ? { headline: `${shippedLine(shippedOn)} ; partiellement remboursée${excessTail(excessCents)}`, tone: "neutral" }
        : { headline: `Partiellement remboursée : prête à expédier ce que le client garde${excessTail(excessCents)}`, tone: "neutral" };
    case "refunded":
      return excessCents > 0
        ? { headline: `Remboursée — argent encore détenu, à rembourser : ${formatEur(excessCents)}`, tone: "error" }
        : { headline: `Remboursée : rien à recevoir ni à expédier${shipped ? ` (${plural(shippedOn.length, "colis parti", "colis partis")} avant le remboursement)` : ""}`, tone: "neutral" };
    case "cancelled":
      return excessCents > 0
        ? { headline: `Annulée — argent reçu à rembourser : ${formatEur(excessCents)}`, tone: "error" }
        : { headline: "Annulée : rien à recevoir ni à expédier", tone: "neutral" };
  }
}

export function nextStep(input: NextStepInput): NextStep {
  const { status, chequesInHand: inHand } = input;
  const shipping = shippability(status);
  const unpaid = isUnpaid(status);
  // Cheques in hand that cover what is owed: nothing more to record or to ask the customer for.
  // An order paid in several cheques is paid by them: other money only settles a bounced one.
  const plannedCheques = input.chequePlan?.parts.length ? !input.chequePlan.parts.some((p) => p.status === "bounced") : false;
  const recordMoney = (unpaid || status === "on_account") && !inHand.covered && !plannedCheques;
  return {
    ...headlineOf(input),
    shipping,
    actions: {
      recordMoney,
      decideCheques: inHand.cheques.length > 0,
      sendPaymentLink: unpaid && !inHand.covered,
      // A cheque in hand is the customer's money: decide on it (cashed or bounced) before cancelling.
      // An order waiting for its instalment cheques can be cancelled: those received go back.
      cancel: (unpaid && inHand.cheques.length === 0) || status === "awaiting_cheques",
      ship: shipping.ok,
    },
  };
}
