import { FieldError } from "@/components/ui/field";

/**
 * disabledReason: shown instead of offered, with why (net-30 over the credit limit, before a first
 * paid order…); disabledLink: where to lift it (an account on hold: the portal, to pay what is due).
 */
export type MethodOption = { id: string; label: string; description: string; disabledReason?: string; disabledLink?: { href: string; label: string } };

/** Radio cards, one per available payment method (from lib/payments/methods.ts). */
export function PaymentMethodPicker({
  methods,
  selected,
  error,
  onSelect,
  legend = "Moyen de paiement",
}: {
  methods: MethodOption[];
  selected?: string;
  error?: string;
  onSelect?: (id: string) => void;
  legend?: string;
}) {
  return (
    <fieldset aria-describedby={error ? "paymentMethod-error" : undefined} aria-invalid={error ? true : undefined} id="paymentMethod">
      <legend className="mb-3 text-lg font-semibold">{legend}</legend>
      <div className="flex flex-col gap-2">
        {methods.map((m) =>
          m.disabledReason ? (
            <div key={m.id} className="flex min-h-14 items-start gap-3 rounded-lg border border-dashed border-stone-300 bg-stone-50 p-4 text-stone-500" data-testid={`payment-method-${m.id}-unavailable`}>
              <input type="radio" name="paymentMethod" value={m.id} disabled className="mt-0.5 h-5 w-5 shrink-0" aria-describedby={`method-${m.id}-reason`} aria-label={m.label} />
              <span className="flex min-w-0 flex-col">
                <span className="font-medium">{m.label}</span>
                <span id={`method-${m.id}-reason`} className="text-sm">
                  {m.disabledReason}
                </span>
                {m.disabledLink ? (
                  <a href={m.disabledLink.href} className="mt-1 text-sm font-medium text-brand-700 underline underline-offset-4" data-testid={`payment-method-${m.id}-settle`}>
                    {m.disabledLink.label}
                  </a>
                ) : null}
              </span>
            </div>
          ) : (
          <label
            key={m.id}
            className="flex min-h-14 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name="paymentMethod"
              value={m.id}
              defaultChecked={selected === m.id}
              onChange={(e) => {
                if (e.target.checked) onSelect?.(m.id);
              }}
              required
              // Fixed size that never shrinks (a long description squeezed it to 12 px), matching
              // the CGV checkbox; the whole card is the tap target, the radio sits on the title line.
              className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
              data-testid={`payment-method-${m.id}`}
              aria-describedby={`method-${m.id}-description`}
            />
            <span className="flex min-w-0 flex-col">
              <span className="font-medium">{m.label}</span>
              <span id={`method-${m.id}-description`} className="text-sm text-stone-600">
                {m.description}
              </span>
            </span>
          </label>
          ),
        )}
      </div>
      <FieldError id="paymentMethod" error={error} />
    </fieldset>
  );
}
