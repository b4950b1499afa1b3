import type { PostalAddress } from "@/lib/shared/postal-address";
import { postalAddressLines } from "@/lib/shared/postal-address";

export function AddressBlock({ address }: { address: PostalAddress }) {
  return (
    <address className="text-sm not-italic leading-relaxed text-stone-700">
      {postalAddressLines(address).map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
