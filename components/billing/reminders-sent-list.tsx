import { REMINDER_LEVEL_LABELS, type ReminderLevel } from "@/lib/billing/reminders";
import { formatDateTimeFr } from "@/lib/shared/dates";
import { formatEur } from "@/lib/shared/money";

export type SentReminderItem = { id: number; number: string | null; kind: ReminderLevel | "cheques_to_deposit"; createdAt: Date; daysLate: number | null; amountCents: number; toAddress: string };

/** The reminders an invoice or an account received: when, which level, to whom, for how much. */
export function RemindersSentList({ reminders, testId, showNumber = true }: { reminders: readonly SentReminderItem[]; testId: string; showNumber?: boolean }) {
  const items = reminders.filter((r): r is SentReminderItem & { kind: ReminderLevel } => r.kind !== "cheques_to_deposit");
  if (items.length === 0) return <p className="text-sm text-stone-600">Aucun rappel envoyé.</p>;
  return (
    <ol className="flex flex-col gap-1 text-sm" data-testid={testId}>
      {items.map((r) => (
        <li key={r.id}>
          <time dateTime={r.createdAt.toISOString()} className="tabular-nums text-stone-500">
            {formatDateTimeFr(r.createdAt)}
          </time>{" "}
          — {REMINDER_LEVEL_LABELS[r.kind]}
          {showNumber && r.number ? <span className="font-mono"> {r.number}</span> : null} ({formatEur(r.amountCents)} restant dû
          {r.daysLate !== null && r.daysLate > 0 ? `, ${r.daysLate} j de retard` : ""}) à {r.toAddress}
        </li>
      ))}
    </ol>
  );
}
