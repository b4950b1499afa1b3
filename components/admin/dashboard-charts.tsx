import { formatIsoDateFr } from "@/lib/shared/dates";
import { formatEur, type Cents } from "@/lib/shared/money";

/*
 * The dashboard's two small charts, drawn on the server as SVG (no charting library, nothing sent
 * to the browser but the drawing). Each is an image with a title and a description for screen
 * readers, and its figures are also given as a table under it (open by default for nobody: a
 * « Voir les chiffres » disclosure), so no figure exists only as a shape.
 */

const BAR_COLOURS = ["#5b21b6", "#0f766e", "#b45309", "#be123c", "#1d4ed8", "#4d7c0f"];

/** Takings per Paris day, oldest left; the tallest bar is the best day. */
export function TakingsPerDayChart({ days, id }: { days: readonly { day: string; cents: Cents }[]; id: string }) {
  const width = 600;
  const height = 160;
  const gap = 2;
  const max = Math.max(1, ...days.map((d) => d.cents));
  const total = days.reduce((s, d) => s + d.cents, 0);
  const best = days.reduce((b, d) => (d.cents > b.cents ? d : b), days[0] ?? { day: "", cents: 0 });
  const barWidth = days.length ? width / days.length - gap : 0;
  return (
    <figure className="flex flex-col gap-2">
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid="chart-takings-per-day">
        <title id={`${id}-title`}>{`Encaissements par jour sur ${days.length} jours`}</title>
        <desc id={`${id}-desc`}>
          {`Total ${formatEur(total)}.${best.cents > 0 ? ` Meilleur jour : ${formatIsoDateFr(best.day)}, ${formatEur(best.cents)}.` : " Aucun encaissement."}`}
        </desc>
        <line x1={0} y1={height} x2={width} y2={height} stroke="#d6d3d1" />
        {days.map((d, i) => {
          const h = Math.round((d.cents / max) * (height - 4));
          return (
            <rect key={d.day} x={i * (barWidth + gap)} y={height - h} width={barWidth} height={h} fill={BAR_COLOURS[0]} rx={1}>
              <title>{`${formatIsoDateFr(d.day)} : ${formatEur(d.cents)}`}</title>
            </rect>
          );
        })}
        {days.length ? (
          <>
            <text x={0} y={height + 15} fontSize={11} fill="#57534e">
              {formatIsoDateFr(days[0]!.day)}
            </text>
            <text x={width} y={height + 15} fontSize={11} fill="#57534e" textAnchor="end">
              {formatIsoDateFr(days.at(-1)!.day)}
            </text>
          </>
        ) : null}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Voir les chiffres par jour</summary>
        <table className="mt-2 w-full max-w-sm text-left" data-testid="takings-per-day-table">
          <thead>
            <tr>
              <th scope="col" className="py-1">Jour</th>
              <th scope="col" className="py-1 text-right">Encaissé</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} className="border-t border-stone-100">
                <td className="py-1">{formatIsoDateFr(d.day)}</td>
                <td className="py-1 text-right tabular-nums">{formatEur(d.cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** How the month's takings split between methods: one bar cut in proportion, the figures beside it. */
export function MethodSplitChart({ parts, id, caption }: { parts: readonly { label: string; cents: Cents }[]; id: string; caption: string }) {
  const total = parts.reduce((s, p) => s + p.cents, 0);
  const width = 600;
  const widths = parts.map((p) => (total ? (p.cents / total) * width : 0));
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((s, w) => s + w, 0));
  const percent = (cents: Cents) => (total ? Math.round((cents / total) * 1000) / 10 : 0).toLocaleString("fr-FR");
  return (
    <figure className="flex flex-col gap-3">
      <svg viewBox={`0 0 ${width} 28`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full" data-testid="chart-method-split">
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>{total ? parts.map((p) => `${p.label} ${percent(p.cents)} %`).join(", ") : "Aucun encaissement."}</desc>
        <rect x={0} y={0} width={width} height={28} fill="#f5f5f4" rx={4} />
        {parts.map((p, i) => (
          <rect key={p.label} x={offsets[i]} y={0} width={widths[i]} height={28} fill={BAR_COLOURS[i % BAR_COLOURS.length]} />
        ))}
      </svg>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {parts.map((p, i) => (
          <li key={p.label} className="flex items-center gap-2">
            <span aria-hidden className="inline-block size-3 rounded-sm" style={{ background: BAR_COLOURS[i % BAR_COLOURS.length] }} />
            {p.label} : <span className="tabular-nums">{formatEur(p.cents)}</span> ({percent(p.cents)} %)
          </li>
        ))}
      </ul>
    </figure>
  );
}
