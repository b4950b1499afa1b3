import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

export type InstalmentScheduleView = {
  kind: "card" | "cheques";
  count: number;
  parts: { position: number; dueOn: string; amountCents: number; status: string }[];
};

// The customer's and the admin's words for a part's state (card plans: charged by PayPlug on its date).
const CARD_PART_LABELS: Readonly<Record<string, string>> = {
  expected: "À venir",
  cashed: "Réglée",
  failed: "Refusée",
  cancelled: "Annulée",
};

const TONES: Readonly<Record<string, string>> = {
  cashed: "text-emerald-800",
  failed: "text-red-700 font-medium",
  cancelled: "text-stone-500",
};

/**
 * The schedule of an order paid in several times: each part's date, amount and state. One
 * component for the customer's order page, the pro portal and the back-office (plain data in).
 */
export function InstalmentSchedule({ plan, headingId = "schedule-title", note }: { plan: InstalmentScheduleView; headingId?: string; note?: string }) {
  const paid = plan.parts.filter((p) => p.status === "cashed").reduce((a, p) => a + p.amountCents, 0);
  const total = plan.parts.reduce((a, p) => a + p.amountCents, 0);
  return (
    <section aria-labelledby={headingId} data-testid="instalment-schedule">
      <h2 id={headingId} className="mb-2 text-lg font-semibold">
        Échéancier : {plan.kind === "card" ? `paiement en ${plan.count} fois par carte` : `${plan.count} chèques`}
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">Échéances, avec leur date, leur montant et leur état</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-600">
            <th scope="col" className="py-1 pr-3 font-medium">Échéance</th>
            <th scope="col" className="py-1 pr-3 font-medium">Date</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Montant</th>
            <th scope="col" className="py-1 font-medium">État</th>
          </tr>
        </thead>
        <tbody>
          {plan.parts.map((p) => (
            <tr key={p.position} className="border-b border-stone-100" data-testid={`instalment-${p.position}`}>
              <td className="py-1 pr-3">
                {p.position}/{plan.count}
              </td>
              <td className="py-1 pr-3 tabular-nums">{formatIsoDateFr(p.dueOn)}</td>
              <td className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">{formatEur(p.amountCents)}</td>
              <td className={`py-1 ${TONES[p.status] ?? ""}`} data-testid={`instalment-${p.position}-status`}>
                {CARD_PART_LABELS[p.status] ?? p.status}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-stone-700">
        Réglé : {formatEur(paid)} sur {formatEur(total)}.{note ? ` ${note}` : ""}
      </p>
    </section>
  );
}
