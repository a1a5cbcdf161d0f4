import type { ReactNode } from "react";

export interface TableRow {
  key: string;
  cells: readonly ReactNode[];
}

export interface TableProps {
  caption: string;
  /** Column headings, also shown beside each value when the table stacks on narrow screens. */
  head: readonly string[];
  rows: readonly TableRow[];
  /** Makes the first cell of each row a row header, e.g. a person's name. */
  firstCellIsHeader?: boolean;
  captionSize?: "m" | "l";
}

/**
 * A native table, not React Aria's grid: people read it, they do not operate
 * it, and it must render without JavaScript. Below 640 px each row becomes a
 * card so nothing scrolls sideways at 320 px.
 */
export function Table({
  caption,
  head,
  rows,
  firstCellIsHeader = false,
  captionSize = "m",
}: TableProps) {
  return (
    <table className="cetr-table">
      <caption className={`cetr-table__caption cetr-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead>
        <tr>
          {head.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <TableBody head={head} rows={rows} firstCellIsHeader={firstCellIsHeader} />
    </table>
  );
}

export interface TableBodyProps {
  /** The column headings in words: each cell's label when the table stacks on narrow screens. */
  head: readonly string[];
  rows: readonly TableRow[];
  firstCellIsHeader?: boolean;
}

/** The rows of a `cetr-table`, for a table whose headings are more than words (e.g. sort links). */
export function TableBody({ head, rows, firstCellIsHeader = false }: TableBodyProps) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell, index) => {
            const label = head[index] ?? "";
            const key = `${row.key}-${label}-${String(index)}`;
            return firstCellIsHeader && index === 0 ? (
              <th key={key} scope="row" data-label={label}>
                {cell}
              </th>
            ) : (
              <td key={key} data-label={label}>
                {cell}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}
