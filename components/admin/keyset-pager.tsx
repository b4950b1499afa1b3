import Link from "next/link";

/** « ← Plus récents » / « Plus anciens → » under a log listed newest first (keyset pages). */
export function KeysetPager({ previousHref, nextHref, newer, older }: { previousHref: string | null; nextHref: string | null; newer: string; older: string }) {
  if (!previousHref && !nextHref) return null;
  const link = "min-h-10 content-center font-medium text-brand-700 underline underline-offset-4";
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
      {previousHref ? (
        <Link href={previousHref} rel="prev" className={link}>
          ← {newer}
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link href={nextHref} rel="next" className={link}>
          {older} →
        </Link>
      ) : null}
    </nav>
  );
}
