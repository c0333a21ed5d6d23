/**
 * A wide table inside a focusable region: on a narrow screen it scrolls sideways, and the region's tab stop
 * lets a keyboard user scroll it too (axe's scrollable-region-focusable). Rows are the caller's.
 */
export function ScrollingTable({
  label,
  caption,
  columns,
  dense = false,
  children,
}: {
  /** Names the region, e.g. "Accounts". */
  label: string;
  /** Read by screen readers only: what the rows are and in which order. */
  caption: string;
  columns: readonly string[];
  /** Smaller text and cells, for tables of many columns. */
  dense?: boolean;
  children: React.ReactNode;
}) {
  const cell = dense ? "px-3 py-2" : "px-4 py-3";
  return (
    <div role="region" aria-label={`${label} (scrolls sideways)`} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300 bg-white focus:outline focus:outline-2 focus:outline-blue-800">
      <table className={dense ? "w-full text-left text-sm" : "w-full text-left"}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={cell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
