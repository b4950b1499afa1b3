import { AGEING_BUCKETS, AGEING_LABELS } from "@/lib/billing/payment-terms";
import type { Ageing } from "@/lib/billing/invoice-status";
import { formatEur } from "@/lib/shared/money";

/** What is due, by how late: figures in a table, with a bar per bucket (the table is what a screen reader reads). */
export function AgeingChart({ ageing }: { ageing: Ageing }) {
  const max = Math.max(1, ...AGEING_BUCKETS.map((b) => ageing[b]));
  return (
    <table className="w-full text-sm" data-testid="ageing">
      <caption className="sr-only">Ancienneté des sommes dues</caption>
      <tbody>
        {AGEING_BUCKETS.map((b) => (
          <tr key={b} className="border-b border-stone-100 last:border-0">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal text-stone-700">
              {AGEING_LABELS[b]}
            </th>
            <td className="w-1/2 py-1.5" aria-hidden>
              <div className={`h-3 rounded ${b === "not_due" ? "bg-brand-600" : "bg-red-600"}`} style={{ width: `${(ageing[b] / max) * 100}%`, minWidth: ageing[b] > 0 ? "0.25rem" : 0 }} />
            </td>
            <td className="py-1.5 pl-3 text-right tabular-nums">{formatEur(ageing[b])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
