import { SelectField, TextField } from "@/components/ui/field";
import { type AddressPrefix, type CheckoutErrors, type CheckoutValues } from "@/lib/orders/checkout-form";
import { SHIPPING_COUNTRIES } from "@/lib/shared/countries";

const COUNTRY_OPTIONS = SHIPPING_COUNTRIES.map((c) => ({ value: c.code, label: c.label }));

/** One postal address (billing or shipping), with the browser's autocomplete sections. */
export function AddressFields({ prefix, values, errors }: { prefix: AddressPrefix; values: CheckoutValues; errors: CheckoutErrors }) {
  const ac = (token: string) => `${prefix} ${token}`;
  const field = (name: string) => ({ id: `${prefix}${name}`, name: `${prefix}${name}` });
  const v = (name: string) => values[`${prefix}${name}` as keyof CheckoutValues] ?? "";
  const e = (name: string) => errors[`${prefix}${name}` as keyof CheckoutErrors];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField {...field("FirstName")} label="Prénom" required autoComplete={ac("given-name")} defaultValue={v("FirstName")} error={e("FirstName")} />
      <TextField {...field("LastName")} label="Nom" required autoComplete={ac("family-name")} defaultValue={v("LastName")} error={e("LastName")} />
      <TextField {...field("Company")} label="Société" autoComplete={ac("organization")} defaultValue={v("Company")} error={e("Company")} className="sm:col-span-2" />
      <TextField {...field("Line1")} label="Adresse" required autoComplete={ac("address-line1")} defaultValue={v("Line1")} error={e("Line1")} className="sm:col-span-2" />
      <TextField
        {...field("Line2")}
        label="Complément d'adresse"
        hint="Bâtiment, étage, code d'accès…"
        autoComplete={ac("address-line2")}
        defaultValue={v("Line2")}
        error={e("Line2")}
        className="sm:col-span-2"
      />
      <TextField {...field("PostalCode")} label="Code postal" required autoComplete={ac("postal-code")} defaultValue={v("PostalCode")} error={e("PostalCode")} />
      <TextField {...field("City")} label="Ville" required autoComplete={ac("address-level2")} defaultValue={v("City")} error={e("City")} />
      <SelectField {...field("Country")} label="Pays" required autoComplete={ac("country")} defaultValue={v("Country") || "FR"} error={e("Country")} options={COUNTRY_OPTIONS} />
    </div>
  );
}
