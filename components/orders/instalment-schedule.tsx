import type { ReactNode } from "react";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

export type InstalmentScheduleView = {
  kind: "card" | "cheques";
  count: number;
  parts: { position: number; dueOn: string; amountCents: number; status: string }[];
};

type Part = InstalmentScheduleView["parts"][number];

// The customer's words for a part's state. Card plans: charged by PayPlug on its date.
const CARD_PART_LABELS: Readonly<Record<string, string>> = {
  expected: "À venir",
  cashed: "Réglée",
  failed: "Refusée",
  cancelled: "Annulée",
};

// Cheques: sent by the customer all together, deposited by the shop each on its date, settled when cleared.
const CHEQUE_PART_LABELS: Readonly<Record<string, string>> = {
  expected: "Chèque attendu",
  received: "Reçu, déposé à sa date",
  deposited: "Déposé, en cours d'encaissement",
  cashed: "Encaissé",
  bounced: "Impayé",
  cancelled: "Annulé",
};

const TONES: Readonly<Record<string, string>> = {
  cashed: "text-emerald-800",
  failed: "text-red-700 font-medium",
  bounced: "text-red-700 font-medium",
  cancelled: "text-stone-500",
};

/**
 * The schedule of an order paid in several times: each part's date, amount and state. One
 * component for the customer's order page, the pro portal and the back-office (plain data in),
 * for card plans and cheques alike. The back-office passes its own words for the states and a
 * column of details (the cheque's drawer, bank and number).
 */
export function InstalmentSchedule({
  plan,
  headingId = "schedule-title",
  title,
  note,
  statusLabels,
  details,
}: {
  plan: InstalmentScheduleView;
  headingId?: string;
  title?: string;
  note?: string;
  statusLabels?: Readonly<Record<string, string>>;
  details?: { header: string; cell: (part: Part) => ReactNode };
}) {
  const paid = plan.parts.filter((p) => p.status === "cashed").reduce((a, p) => a + p.amountCents, 0);
  const total = plan.parts.reduce((a, p) => a + p.amountCents, 0);
  const cheques = plan.kind === "cheques";
  const labels = statusLabels ?? (cheques ? CHEQUE_PART_LABELS : CARD_PART_LABELS);
  return (
    <section aria-labelledby={headingId} data-testid="instalment-schedule">
      <h2 id={headingId} className="mb-2 text-lg font-semibold">
        {title ?? `Échéancier : ${cheques ? `${plan.count} chèques` : `paiement en ${plan.count} fois par carte`}`}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Échéances, avec leur date, leur montant et leur état</caption>
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-600">
              <th scope="col" className="py-1 pr-3 font-medium">{cheques ? "Chèque" : "Échéance"}</th>
              <th scope="col" className="py-1 pr-3 font-medium">{cheques ? "Dépôt prévu le" : "Date"}</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Montant</th>
              <th scope="col" className="py-1 pr-3 font-medium">État</th>
              {details ? <th scope="col" className="py-1 font-medium">{details.header}</th> : null}
            </tr>
          </thead>
          <tbody>
            {plan.parts.map((p) => (
              <tr key={p.position} className="border-b border-stone-100 align-top" data-testid={`instalment-${p.position}`}>
                <td className="py-1 pr-3">
                  {p.position}/{plan.count}
                </td>
                <td className="py-1 pr-3 tabular-nums" data-testid={`instalment-${p.position}-date`}>
                  {formatIsoDateFr(p.dueOn)}
                </td>
                <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">{formatEur(p.amountCents)}</td>
                <td className={`py-1 pr-3 ${TONES[p.status] ?? ""}`} data-testid={`instalment-${p.position}-status`}>
                  {labels[p.status] ?? p.status}
                </td>
                {details ? <td className="py-1">{details.cell(p)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-stone-700">
        {cheques ? "Encaissé" : "Réglé"} : {formatEur(paid)} sur {formatEur(total)}.{note ? ` ${note}` : ""}
      </p>
    </section>
  );
}
