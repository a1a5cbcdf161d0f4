import type { ReactNode } from "react";
import { Fieldset } from "./NativeField.js";

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface CheckboxesProps {
  /** The first box gets this id, so an ErrorSummary link lands on the group. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly CheckboxOption[];
  checked?: readonly string[];
  errorMessage?: ReactNode;
  errorPrefix?: string;
  isPageHeading?: boolean;
}

/** GOV.UK checkboxes: native inputs in a fieldset, posted as repeated `name` values. */
export function Checkboxes({
  id,
  name,
  legend,
  hint,
  options,
  checked = [],
  errorMessage,
  errorPrefix,
  isPageHeading,
}: CheckboxesProps) {
  return (
    <Fieldset
      legend={legend}
      hint={hint}
      hintId={`${id}-hint`}
      errorMessage={errorMessage}
      errorId={`${id}-error`}
      errorPrefix={errorPrefix}
      isInvalid={Boolean(errorMessage)}
      isPageHeading={isPageHeading}
    >
      <div className="cetr-checkboxes">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${String(index + 1)}`;
          const hintId = `${inputId}-item-hint`;
          return (
            <div key={option.value} className="cetr-checkboxes__item">
              <input
                id={inputId}
                name={name}
                type="checkbox"
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                aria-describedby={option.hint ? hintId : undefined}
                className="cetr-checkboxes__input"
              />
              <label htmlFor={inputId} className="cetr-label cetr-checkboxes__label">
                {option.label}
              </label>
              {option.hint ? (
                <div id={hintId} className="cetr-hint cetr-checkboxes__hint">
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
