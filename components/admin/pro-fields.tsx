import { describedBy, FieldFrame } from "@/components/ui/field";

/** A multi-line field with its label, hint and error tied together (as TextField does for one line). */
export function ProTextArea({ id, name, label, hint, error, required, defaultValue, placeholder }: { id: string; name: string; label: string; hint?: string; error?: string; required?: boolean; defaultValue?: string; placeholder?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={name}
        rows={3}
        required={required}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-sm focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 ${error ? "border-red-600" : "border-stone-300"}`}
      />
    </FieldFrame>
  );
}
