import { formatDateTimeFr } from "@/lib/shared/dates";
import { customerTimeline, type HistoryEvent, type HistoryPayment } from "@/lib/history/customer-history";

export function OrderHistory({ events, payments = [] }: { events: HistoryEvent[]; payments?: HistoryPayment[] }) {
  const items = customerTimeline(events, payments);
  if (items.length === 0) return null;
  return (
    <ol className="flex flex-col gap-3" data-testid="order-history">
      {items.map((item, i) => (
        <li key={i} className="flex gap-3">
          <span aria-hidden="true" className="mt-1.5 h-2 w-2 shrink-0 rounded-full bg-brand-600" />
          <div>
            <p className="text-sm">{item.text}</p>
            <p className="text-xs text-stone-500">
              <time dateTime={item.at.toISOString()}>{formatDateTimeFr(item.at)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
