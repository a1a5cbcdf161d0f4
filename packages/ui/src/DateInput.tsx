import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { Fieldset } from "./NativeField.js";

export type DatePart = "day" | "month" | "year";

export interface DateInputProps {
  /** The day input gets this id, so an ErrorSummary link lands on the first box. */
  id: string;
  /** Inputs are posted as `${name}-day`, `${name}-month` and `${name}-year`. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  defaultValue?: Partial<Record<DatePart, string>>;
  errorMessage?: ReactNode;
  errorPrefix?: string;
  /** Which boxes to outline in red; all three when the whole date is wrong. */
  invalidParts?: readonly DatePart[];
  labels?: Record<DatePart, string>;
  /** For a date of birth, lets browsers fill it in. */
  autoCompleteBirthday?: boolean;
  isPageHeading?: boolean;
}

const defaultLabels: Record<DatePart, string> = { day: "Day", month: "Month", year: "Year" };

/**
 * GOV.UK's memorable-date pattern: three plain text boxes. It needs no
 * JavaScript (React Aria's DateField does), accepts "3" or "03", and people
 * can type rather than hunt through a calendar.
 */
export function DateInput({
  id,
  name,
  legend,
  hint,
  defaultValue = {},
  errorMessage,
  errorPrefix,
  invalidParts = [],
  labels = defaultLabels,
  autoCompleteBirthday = false,
  isPageHeading,
}: DateInputProps) {
  const isInvalid = invalidParts.length > 0 || Boolean(errorMessage);
  const parts: Array<{ part: DatePart; width: "2" | "4"; autoComplete: string }> = [
    { part: "day", width: "2", autoComplete: "bday-day" },
    { part: "month", width: "2", autoComplete: "bday-month" },
    { part: "year", width: "4", autoComplete: "bday-year" },
  ];
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
      <div className="cetr-date-input">
        {parts.map(({ part, width, autoComplete }) => {
          const inputId = part === "day" ? id : `${id}-${part}`;
          const partInvalid =
            invalidParts.includes(part) || (Boolean(errorMessage) && invalidParts.length === 0);
          return (
            <div key={part} className="cetr-date-input__item">
              <label htmlFor={inputId} className="cetr-label cetr-date-input__label">
                {labels[part]}
              </label>
              <input
                id={inputId}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete={autoCompleteBirthday ? autoComplete : "off"}
                defaultValue={defaultValue[part] ?? ""}
                aria-invalid={partInvalid || undefined}
                className={cx(
                  "cetr-input",
                  `cetr-input--width-${width}`,
                  partInvalid && "cetr-input--error",
                )}
              />
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
