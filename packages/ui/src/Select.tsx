import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { ErrorMessage } from "./FieldError.js";
import { describedByIds } from "./NativeField.js";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly SelectOption[];
  defaultValue?: string;
  /** An empty first option, so nothing is chosen for people by accident. */
  emptyOptionLabel?: string;
  isInvalid?: boolean;
  errorMessage?: ReactNode;
  errorPrefix?: string;
  isRequired?: boolean;
}

/**
 * A native `<select>`: React Aria's Select is a button and popover that needs
 * JavaScript. Prefer RadioGroup for fewer than about eight options.
 */
export function Select({
  id,
  name,
  label,
  hint,
  options,
  defaultValue,
  emptyOptionLabel,
  isInvalid = false,
  errorMessage,
  errorPrefix,
  isRequired = false,
}: SelectProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={cx("cetr-form-group", isInvalid && "cetr-form-group--error")}>
      <label htmlFor={id} className="cetr-label">
        {label}
      </label>
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
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        required={isRequired}
        aria-invalid={isInvalid || undefined}
        aria-describedby={describedByIds(
          hint ? hintId : undefined,
          isInvalid && errorMessage ? errorId : undefined,
        )}
        className={cx("cetr-select", isInvalid && "cetr-select--error")}
      >
        {emptyOptionLabel !== undefined ? <option value="">{emptyOptionLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
