import { ErrorMessage } from "@cetr/ui";
import type { ReactNode } from "react";

/**
 * Native form controls @cetr/ui does not have yet (a text area, checkboxes),
 * in the same GOV.UK frame as its fields: label or legend, hint, error, then
 * the control. Native, so they post with or without JavaScript.
 */

/** The hint's and error's ids, for aria-describedby; undefined when there are neither. */
const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

export function TextArea({
  id,
  name = id,
  label,
  hint,
  defaultValue,
  error,
  rows = 4,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue: string;
  error?: string;
  rows?: number;
}) {
  return (
    <div className={`cetr-form-group${error ? " cetr-form-group--error" : ""}`}>
      <label className="cetr-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="cetr-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`cetr-input${error ? " cetr-input--error" : ""}`}
      />
    </div>
  );
}

/** GOV.UK checkboxes in a fieldset; the first box gets the group's id for the error summary. */
export function Checkboxes({
  id,
  name,
  legend,
  hint,
  options,
  checked,
  error,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
}) {
  return (
    <div className={`cetr-form-group${error ? " cetr-form-group--error" : ""}`}>
      <fieldset className="cetr-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="cetr-fieldset__legend">{legend}</legend>
        {hint ? (
          <div id={`${id}-hint`} className="cetr-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        <div className="cetr-checkboxes">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div key={option.value} className="cetr-checkboxes__item">
                <input
                  id={inputId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={checked.includes(option.value)}
                  className="cetr-checkboxes__input"
                />
                <label htmlFor={inputId} className="cetr-label cetr-checkboxes__label">
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

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
