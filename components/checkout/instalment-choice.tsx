import { FieldError } from "@/components/ui/field";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

/** One way to pay by cheque: at once (count 1) or in 2..4 cheques, with the schedule the server computed. */
export type InstalmentOption = { count: number; schedule: { position: number; dueOn: string; amountCents: number }[] };

/** The cheque schedule as a small table: the checkout, the order page, the portal, the back-office. */
export function ScheduleTable({ parts, caption, status }: { parts: InstalmentOption["schedule"]; caption?: string; status?: (position: number) => string | null }) {
  return (
    <table className="w-full text-sm" data-testid="instalment-schedule">
      {caption ? <caption className="mb-1 text-left font-medium">{caption}</caption> : null}
      <thead className="sr-only">
        <tr>
          <th scope="col">Chèque</th>
          <th scope="col">Montant</th>
          <th scope="col">Déposé le</th>
          {status ? <th scope="col">État</th> : null}
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.position} className="border-t border-stone-200">
            <td className="py-1 pr-3">Chèque {p.position}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{formatEur(p.amountCents)}</td>
            <td className="py-1 pr-3">déposé le {formatIsoDateFr(p.dueOn)}</td>
            {status ? <td className="py-1">{status(p.position)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * « Paiement en 2, 3 ou 4 fois par chèques », under the cheque method, for the professionals
 * allowed to: a radio per count with its schedule. The server computes the schedules and
 * computes them again when the order is placed; this only says which count was chosen.
 */
export function InstalmentChoice({ options, selected, error }: { options: InstalmentOption[]; selected?: string; error?: string }) {
  return (
    <fieldset id="instalments" className="mt-4 rounded-lg border border-stone-200 p-4" aria-describedby={error ? "instalments-error" : "instalments-help"} aria-invalid={error ? true : undefined}>
      <legend className="px-1 font-medium">Paiement en 2, 3 ou 4 fois par chèques</legend>
      <p id="instalments-help" className="mb-3 text-sm text-stone-600">
        Envoyez-nous tous les chèques ensemble, chacun daté du jour où vous l&apos;écrivez : nous déposons chacun à sa date. La commande part dès que nous les avons tous reçus.
      </p>
      <div className="flex flex-col gap-2">
        <label className="flex items-start gap-3">
          <input type="radio" name="instalments" value="1" defaultChecked={!selected || selected === "1"} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" data-testid="instalments-1" />
          <span>En une fois (un seul chèque)</span>
        </label>
        {options.map((o) => (
          <label key={o.count} className="flex items-start gap-3">
            <input type="radio" name="instalments" value={String(o.count)} defaultChecked={selected === String(o.count)} className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700" data-testid={`instalments-${o.count}`} aria-describedby={`instalments-${o.count}-schedule`} />
            <span className="flex min-w-0 flex-1 flex-col">
              <span>En {o.count} chèques</span>
              <span id={`instalments-${o.count}-schedule`} className="text-stone-600">
                <ScheduleTable parts={o.schedule} />
              </span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id="instalments" error={error} />
    </fieldset>
  );
}
