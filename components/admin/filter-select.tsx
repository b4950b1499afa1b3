/** A labelled <select> of a back-office filter form (GET): « Tous » first, then the choices. */
export function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: readonly { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className="rounded-lg border border-stone-300 bg-white px-3 py-2">
        <option value="">Tous</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
