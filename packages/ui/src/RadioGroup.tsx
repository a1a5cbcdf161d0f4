import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { Fieldset } from "./NativeField.js";

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface RadioGroupProps {
  /** The first radio gets this id, so an ErrorSummary link lands on the group. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly RadioOption[];
  defaultValue?: string;
  isInvalid?: boolean;
  errorMessage?: ReactNode;
  errorPrefix?: string;
  /** Side by side, only for two short options such as Yes and No. */
  isInline?: boolean;
  isPageHeading?: boolean;
}

/**
 * Native radios in a fieldset. React Aria's RadioGroup renders without
 * JavaScript but keeps its selection in React state, so a native group is the
 * dependable choice for server-posted forms.
 */
export function RadioGroup({
  id,
  name,
  legend,
  hint,
  options,
  defaultValue,
  isInvalid = false,
  errorMessage,
  errorPrefix,
  isInline = false,
  isPageHeading,
}: RadioGroupProps) {
  return (
    <Fieldset
      legend={legend}
      hint={hint}
      hintId={`${id}-hint`}
      errorMessage={errorMessage}
      errorId={`${id}-error`}
      errorPrefix={errorPrefix}
      isInvalid={isInvalid}
      isPageHeading={isPageHeading}
    >
      <div className={cx("cetr-radios", isInline && "cetr-radios--inline")}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${String(index + 1)}`;
          const optionHintId = `${inputId}-item-hint`;
          return (
            <div key={option.value} className="cetr-radios__item">
              <input
                id={inputId}
                name={name}
                type="radio"
                value={option.value}
                defaultChecked={defaultValue === option.value}
                aria-describedby={option.hint ? optionHintId : undefined}
                className="cetr-radios__input"
              />
              <label htmlFor={inputId} className="cetr-label cetr-radios__label">
                {option.label}
              </label>
              {option.hint ? (
                <div id={optionHintId} className="cetr-hint cetr-radios__hint">
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
