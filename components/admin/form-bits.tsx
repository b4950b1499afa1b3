import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

/** The result of a back-office action, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  if (state.status === "success") return <Alert tone="success" live>{state.message}</Alert>;
  return state.message ? <Alert tone="error" live>{state.message}</Alert> : null;
}

/**
 * The confirmation step of every action: nothing is recorded until the admin ticks this box
 * (checked again on the server).
 */
export function ConfirmCheckbox({ id, label, error }: { id: string; label: string; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name="confirm"
          type="checkbox"
          value="oui"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-4 accent-brand-700"
        />
        <label htmlFor={id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}

export function fieldValue(state: FormState, name: string, fallback = ""): string {
  return state.status === "error" ? (state.values[name] ?? fallback) : fallback;
}

/** The end of a back-office form: its result, then its one submit button (disabled while it runs: one click, one request). */
export function FormFooter({ state, pending, label, pendingLabel = "Enregistrement…", variant = "primary" }: { state: FormState; pending: boolean; label: string; pendingLabel?: string; variant?: "primary" | "secondary" }) {
  return (
    <>
      <FormMessage state={state} />
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? pendingLabel : label}
        </Button>
      </div>
    </>
  );
}
