import { FieldError } from "@/components/ui/field";
import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

export type CardInstalmentOption = { count: number; parts: { position: number; dueOn: string; amountCents: number }[] };

/**
 * « Payer en 2, 3 ou 4 fois par carte »: shown under the payment methods while « Carte bancaire »
 * is chosen. Every schedule is computed on the server (lib/payments/card-instalments.ts) and shown
 * as it will be charged; the form sends only the count, which the server checks again.
 */
export function CardInstalmentChoice({ options, selected, error, freeOfCharge }: { options: CardInstalmentOption[]; selected?: string; error?: string; freeOfCharge: boolean }) {
  if (options.length === 0) return null;
  const current = selected && options.some((o) => String(o.count) === selected) ? selected : "1";
  return (
    <fieldset className="mt-4 flex flex-col gap-2" aria-describedby={error ? "instalments-error" : "instalments-note"} aria-invalid={error ? true : undefined} id="instalments" data-testid="card-instalments">
      <legend className="mb-2 font-semibold">Payer en 2, 3 ou 4 fois par carte</legend>
      <label className="flex cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
        <input type="radio" name="instalments" value="1" defaultChecked={current === "1"} className="h-5 w-5 shrink-0 accent-brand-700" data-testid="instalments-1" />
        <span>En une fois</span>
      </label>
      {options.map((o) => (
        <label
          key={o.count}
          className="flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
        >
          <input
            type="radio"
            name="instalments"
            value={String(o.count)}
            defaultChecked={current === String(o.count)}
            className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
            data-testid={`instalments-${o.count}`}
            aria-describedby={`instalments-${o.count}-schedule`}
          />
          <span className="flex min-w-0 flex-col">
            <span className="font-medium">En {o.count} fois par carte</span>
            <span id={`instalments-${o.count}-schedule`} className="text-sm text-stone-600">
              {o.parts.map((p) => `${p.position === 1 ? "aujourd'hui" : `le ${formatIsoDateFr(p.dueOn)}`} : ${formatEur(p.amountCents)}`).join(" ; ")}
            </span>
          </span>
        </label>
      ))}
      <p id="instalments-note" className="text-sm text-stone-600">
        La première échéance est payée maintenant sur la page sécurisée de PayPlug ; les suivantes sont prélevées automatiquement sur la même carte à leurs dates
        {freeOfCharge ? ", sans frais" : ""}. Votre commande est expédiée dès la première échéance payée.
      </p>
      <FieldError id="instalments" error={error} />
    </fieldset>
  );
}
