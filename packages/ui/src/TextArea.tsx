import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { ErrorMessage } from "./FieldError.js";
import { describedByIds } from "./NativeField.js";

export interface TextAreaProps {
  /** Also the posted name unless `name` is given; an ErrorSummary link `#id` lands in the box. */
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultValue?: string;
  errorMessage?: ReactNode;
  errorPrefix?: string;
  rows?: number;
}

/**
 * A native textarea (GOV.UK textarea): uncontrolled, so what someone typed
 * before the page's JavaScript arrived, or before a refused post, stays.
 */
export function TextArea({
  id,
  name = id,
  label,
  hint,
  defaultValue = "",
  errorMessage,
  errorPrefix,
  rows = 5,
}: TextAreaProps) {
  const isInvalid = Boolean(errorMessage);
  return (
    <div className={cx("cetr-form-group", isInvalid && "cetr-form-group--error")}>
      <label className="cetr-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="cetr-hint">
          {hint}
        </div>
      ) : null}
      {isInvalid ? (
        <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
          {errorMessage}
        </ErrorMessage>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-describedby={describedByIds(
          hint ? `${id}-hint` : undefined,
          isInvalid ? `${id}-error` : undefined,
        )}
        aria-invalid={isInvalid || undefined}
        className={cx("cetr-input", isInvalid && "cetr-input--error")}
      />
    </div>
  );
}
