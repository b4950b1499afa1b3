import type { PostalAddress } from "@/lib/db/schema";
import { SHIPPING_COUNTRIES } from "@/lib/checkout/schema";

export function AddressBlock({ address: a }: { address: PostalAddress }) {
  const country = SHIPPING_COUNTRIES.find((c) => c.code === a.country)?.label ?? a.country;
  return (
    <address className="text-sm not-italic leading-relaxed text-stone-700">
      {a.firstName} {a.lastName}
      <br />
      {a.company ? (
        <>
          {a.company}
          <br />
        </>
      ) : null}
      {a.line1}
      <br />
      {a.line2 ? (
        <>
          {a.line2}
          <br />
        </>
      ) : null}
      {a.postalCode} {a.city}
      <br />
      {country}
    </address>
  );
}
