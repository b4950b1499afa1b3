import type { ComponentProps, ReactNode } from "react";

/**
 * Form fields with their label, hint and error tied together: the input carries aria-invalid and
 * aria-describedby pointing at the hint and the error, so a screen reader reads them with it.
 */

const CONTROL =
  "block w-full rounded-lg border bg-white px-3 py-2.5 text-base text-stone-900 shadow-sm placeholder:text-stone-400 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600";

function controlClass(invalid: boolean, extra = ""): string {
  return `${CONTROL} ${invalid ? "border-red-600" : "border-stone-300"} ${extra}`;
}

export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

type FieldFrameProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean; children: ReactNode; className?: string };

export function FieldFrame({ id, label, hint, error, required, children, className = "" }: FieldFrameProps) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-stone-800">
        {label}
        {required ? null : <span className="font-normal text-stone-500"> (facultatif)</span>}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-500">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
      {error}
    </p>
  );
}

type InputProps = ComponentProps<"input"> & { invalid?: boolean };

export function Input({ invalid = false, className = "", ...props }: InputProps) {
  return <input aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...props} />;
}

type SelectProps = ComponentProps<"select"> & { invalid?: boolean };

export function Select({ invalid = false, className = "", ...props }: SelectProps) {
  return <select aria-invalid={invalid || undefined} className={controlClass(invalid, className)} {...props} />;
}

type TextFieldProps = Omit<ComponentProps<"input">, "id"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
};

export function TextField({ id, label, hint, error, required, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Input id={id} required={required} invalid={!!error} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<ComponentProps<"select">, "id"> & {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  className?: string;
};

export function SelectField({ id, label, hint, error, required, options, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <Select id={id} required={required} invalid={!!error} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}
