import type { ReactNode } from "react";

/** A GOV.UK summary list: one question and its answer per row. */
export function SummaryList({
  rows,
}: {
  rows: readonly { key: string; value: ReactNode; action?: ReactNode }[];
}) {
  return (
    <dl className="cetr-summary-list">
      {rows.map((row) => (
        <div key={row.key} className="cetr-summary-list__row">
          <dt className="cetr-summary-list__key">{row.key}</dt>
          <dd className="cetr-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="cetr-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
