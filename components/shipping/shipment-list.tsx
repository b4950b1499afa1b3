import { formatIsoDateFr } from "@/lib/shared/dates";

export type ShipmentItem = { id: string; shippedOn: string; carrierName: string; trackingNumber: string | null; trackingUrl: string | null };

/**
 * The parcels of an order, first sent first, each with its carrier's tracking link: the same list
 * on the admin order page, the customer's order page and the professional portal.
 */
export function ShipmentList({ shipments, testId = "shipments" }: { shipments: readonly ShipmentItem[]; testId?: string }) {
  if (shipments.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2 text-sm" data-testid={testId}>
      {shipments.map((s, n) => (
        <li key={s.id} className="flex flex-wrap items-baseline gap-x-2" data-testid="shipment">
          <span className="font-medium">
            {shipments.length > 1 ? `Colis ${n + 1} : ` : ""}expédié le {formatIsoDateFr(s.shippedOn)}
          </span>
          <span>par {s.carrierName}</span>
          {s.trackingNumber ? (
            s.trackingUrl ? (
              <a href={s.trackingUrl} target="_blank" rel="noopener noreferrer" className="font-mono text-brand-700 underline underline-offset-4">
                Suivre le colis {s.trackingNumber}
                <span className="sr-only"> (site du transporteur, nouvel onglet)</span>
              </a>
            ) : (
              <span className="font-mono">n° {s.trackingNumber}</span>
            )
          ) : s.trackingUrl ? (
            <a href={s.trackingUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-4">
              Suivre le colis<span className="sr-only"> (site du transporteur, nouvel onglet)</span>
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
