import { termsLabel } from "@/lib/billing/payment-terms";
import type { Tone } from "@/lib/orders/labels";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";
import type { ProListFilter } from "@/lib/use-cases/pro-portal";

/** How a professional account's state reads in the back-office, and its badge's tone. */
export function proStatusLabel(a: { status: "pending" | "approved" | "rejected"; onHold: boolean }): { label: string; tone: Tone } {
  if (a.status === "pending") return { label: "À valider", tone: "warning" };
  if (a.status === "rejected") return { label: "Refusé", tone: "neutral" };
  return a.onHold ? { label: "Suspendu", tone: "error" } : { label: "Validé", tone: "success" };
}

export const FILTER_LABELS: Readonly<Record<ProListFilter, string>> = {
  "a-valider": "À valider",
  valides: "Validés",
  suspendus: "Suspendus",
  refuses: "Refusés",
  tous: "Tous",
};

/** What the account's identity shows: SIRET, VAT number or registration number, as applied with. */
export function companyIds(a: { siret: string | null; vatNumber: string | null; registrationNumber: string | null }): string {
  return [a.siret ? `SIRET ${a.siret}` : null, a.vatNumber ? `TVA ${a.vatNumber}` : null, a.registrationNumber ? `N° ${a.registrationNumber}` : null].filter(Boolean).join(" · ") || "—";
}

type ProEvent = { type: string; actorType: string; reason: string | null; data: Record<string, unknown> | null };

const num = (data: Record<string, unknown> | null, key: string) => (typeof data?.[key] === "number" ? data[key] : null);
const text = (data: Record<string, unknown> | null, key: string) => (typeof data?.[key] === "string" ? data[key] : null);

function describeTerms(t: unknown): string {
  if (!t || typeof t !== "object") return "—";
  const v = t as Record<string, unknown>;
  const kind = v.termsKind === "net_eom" ? "net_eom" : "net";
  const days = typeof v.termsDays === "number" ? v.termsDays : 0;
  const limit = typeof v.creditLimitCents === "number" ? formatEur(v.creditLimitCents) : "—";
  return `${termsLabel({ kind, days })}, encours ${limit}${v.chequeInstalmentsAllowed === true ? ", chèques en plusieurs fois" : ""}`;
}

/** Who did it: the admin's name as recorded with the change, the client, or the shop itself. */
export function proEventActor(e: ProEvent): string {
  if (e.actorType === "admin") return text(e.data, "by") ?? "un administrateur";
  if (e.actorType === "customer") return "le client";
  if (e.actorType === "provider") return "le prestataire de paiement";
  return "automatiquement";
}

const HOLD_SOURCE_WORDS: Readonly<Record<string, string>> = {
  overdue: "pour retard de paiement",
  bounced_cheque: "pour chèque d'échéance impayé",
  admin: "par un administrateur",
};

/** Which kind of hold it was: the shop's own (lateness, bounced cheque) lifts itself once paid. */
function holdSourceWords(e: ProEvent): string {
  const source = text(e.data, "source") ?? (e.actorType === "admin" ? "admin" : null);
  const words = source ? HOLD_SOURCE_WORDS[source] : undefined;
  return words ? ` (${e.type === "hold_lifted" ? `suspension ${words}` : words})` : "";
}

/** One line of an account's history, in French. */
export function describeProEvent(e: ProEvent): string {
  const why = e.reason ? ` — ${e.reason}` : "";
  switch (e.type) {
    case "applied":
      return "Demande de compte professionnel";
    case "approved":
      return `Compte validé : ${describeTerms(e.data)}`;
    case "rejected":
      return `Demande refusée${why}`;
    case "terms_changed":
      return `Conditions modifiées : ${describeTerms(e.data?.before)} → ${describeTerms(e.data?.after)}`;
    case "hold_set":
      return `Paiement à 30 jours suspendu${holdSourceWords(e)}${why}`;
    case "hold_lifted":
      return `Suspension levée${holdSourceWords(e)}${why}`;
    case "transfer_recorded":
    case "cheque_recorded": {
      const amount = num(e.data, "amountCents");
      const on = text(e.data, "receivedOn");
      return `${e.type === "transfer_recorded" ? "Virement" : "Chèque"} ${text(e.data, "reference") ?? ""} de ${amount === null ? "—" : formatEur(amount)} reçu le ${formatIsoDateFr(on)}`;
    }
    case "credit_note_issued": {
      const amount = num(e.data, "amountCents");
      return `Avoir ${text(e.data, "number") ?? ""} de ${amount === null ? "—" : formatEur(amount)} sur la facture ${text(e.data, "invoiceNumber") ?? ""}${why}`;
    }
    default:
      return e.reason ?? e.type;
  }
}
