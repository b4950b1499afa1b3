import type { ReactNode } from "react";

export type Column<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Amounts: right-aligned on a laptop. */
  numeric?: boolean;
};

/**
 * The back-office's plain list: a table on a laptop; on a phone each row becomes a card whose cells
 * carry their column's name (a CSS label, so the cell's text stays the value alone), so nothing is
 * hidden or scrolled sideways.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  testId,
  rowTestId,
  rowClassName,
}: {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  testId?: string;
  rowTestId?: string;
  rowClassName?: (row: Row) => string;
}) {
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead className="max-sm:sr-only">
        <tr className="border-b border-stone-200 text-stone-600">
          {columns.map((c) => (
            <th key={c.header} scope="col" className={`py-2 pr-3 font-medium ${c.numeric ? "text-right" : "text-left"}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={rowTestId} className={`border-b border-stone-100 max-sm:block max-sm:py-2 ${rowClassName?.(row) ?? ""}`}>
            {columns.map((c) => (
              <td
                key={c.header}
                data-label={c.header}
                className={`py-2 pr-3 max-sm:flex max-sm:justify-between max-sm:gap-3 max-sm:py-0.5 max-sm:before:text-stone-600 max-sm:before:content-[attr(data-label)] ${c.numeric ? "sm:text-right" : ""}`}
              >
                <span>{c.cell(row)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
