import { formatEur, type Cents } from "@/lib/shared/money";

/** An amount in euros, fr-FR ("12,50 €"), never broken across lines. */
export function Price({ cents, className = "", testId }: { cents: Cents; className?: string; testId?: string }) {
  return (
    <span className={`whitespace-nowrap tabular-nums ${className}`} data-testid={testId}>
      {formatEur(cents)}
    </span>
  );
}
