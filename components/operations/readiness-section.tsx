import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { Level, Section } from "@/lib/operations/readiness";

// Colour is never the only signal: each level has its word and its symbol too.
const LEVELS: Record<Level, { word: string; symbol: string; classes: string }> = {
  ok: { word: "OK", symbol: "✓", classes: "bg-emerald-50 text-emerald-800 ring-emerald-300" },
  warn: { word: "À vérifier", symbol: "!", classes: "bg-amber-50 text-amber-900 ring-amber-300" },
  error: { word: "Bloquant", symbol: "✕", classes: "bg-red-50 text-red-800 ring-red-300" },
  off: { word: "Désactivé", symbol: "–", classes: "bg-stone-100 text-stone-700 ring-stone-300" },
};

function LevelBadge({ level }: { level: Level }) {
  const l = LEVELS[level];
  return (
    <span className={`inline-flex min-w-28 items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset ${l.classes}`}>
      <span aria-hidden="true">{l.symbol}</span>
      {l.word}
    </span>
  );
}

/** The page's first line: how many checks are red, amber, green. */
export function ReadinessSummary({ counts }: { counts: Record<Level, number> }) {
  const verdict =
    counts.error > 0
      ? { text: `${counts.error} point${counts.error > 1 ? "s" : ""} bloquant${counts.error > 1 ? "s" : ""} avant de prendre de l'argent réel.`, classes: "border-red-200 bg-red-50 text-red-900" }
      : counts.warn > 0
        ? { text: `Rien de bloquant ; ${counts.warn} point${counts.warn > 1 ? "s" : ""} à vérifier.`, classes: "border-amber-200 bg-amber-50 text-amber-900" }
        : { text: "Tout est prêt.", classes: "border-emerald-200 bg-emerald-50 text-emerald-900" };
  return (
    <div role="status" data-testid="readiness-summary" className={`rounded-lg border p-4 ${verdict.classes}`}>
      <p className="font-semibold">{verdict.text}</p>
      <p className="mt-1 text-sm">
        {counts.error} bloquant{counts.error > 1 ? "s" : ""} · {counts.warn} à vérifier · {counts.ok} OK · {counts.off} désactivé{counts.off > 1 ? "s" : ""}
      </p>
    </div>
  );
}

export function ReadinessSection({ section, children }: { section: Section; children?: ReactNode }) {
  const titleId = `readiness-${section.id}`;
  return (
    <Card labelledBy={titleId} className="flex flex-col gap-3">
      <h2 id={titleId} className="text-lg font-semibold">
        {section.title}
      </h2>
      <ul className="flex flex-col divide-y divide-stone-100">
        {section.checks.map((check) => (
          <li key={check.id} data-testid={`check-${check.id}`} data-level={check.level} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:gap-4">
            <LevelBadge level={check.level} />
            <div className="flex-1">
              <p className="font-medium">{check.label}</p>
              <p className="text-sm text-stone-700">{check.detail}</p>
            </div>
          </li>
        ))}
      </ul>
      {section.rows?.length ? (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 rounded-lg bg-stone-50 p-3 text-sm sm:grid-cols-[auto_1fr]">
          {section.rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-stone-600">{label}</dt>
              <dd className="font-mono break-all">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {children}
    </Card>
  );
}
