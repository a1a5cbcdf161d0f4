import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { ErrorMessage } from "./FieldError.js";

export interface FieldsetProps {
  legend: ReactNode;
  hint?: ReactNode;
  hintId: string;
  errorMessage?: ReactNode;
  errorId: string;
  errorPrefix?: string;
  isInvalid: boolean;
  isPageHeading?: boolean;
  children: ReactNode;
}

/**
 * The shared frame of the native grouped fields: a fieldset whose legend is
 * the question, then hint and error, which GOV.UK found people read before
 * answering.
 */
export function Fieldset({
  legend,
  hint,
  hintId,
  errorMessage,
  errorId,
  errorPrefix,
  isInvalid,
  isPageHeading = false,
  children,
}: FieldsetProps) {
  const describedBy = describedByIds(
    hint ? hintId : undefined,
    isInvalid && errorMessage ? errorId : undefined,
  );
  return (
    <div className={cx("cetr-form-group", isInvalid && "cetr-form-group--error")}>
      <fieldset className="cetr-fieldset" aria-describedby={describedBy}>
        <legend
          className={cx("cetr-fieldset__legend", isPageHeading && "cetr-label--page-heading")}
        >
          {isPageHeading ? <h1 className="cetr-heading-reset">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div id={hintId} className="cetr-hint">
            {hint}
          </div>
        ) : null}
        {isInvalid && errorMessage ? (
          <ErrorMessage id={errorId} prefix={errorPrefix}>
            {errorMessage}
          </ErrorMessage>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}

export function describedByIds(...ids: Array<string | undefined>): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(" ") : undefined;
}
