import { type MouseEvent, useEffect, useRef } from "react";

export interface ErrorSummaryItem {
  /** The `id` of the input (or first input of a group) the message is about. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: string;
}

/**
 * GOV.UK error summary. Rendered on the server after a failed post with
 * `autoFocus` and `tabIndex={-1}`, so the browser moves focus here even without
 * JavaScript; with JavaScript it is focused again after client-side
 * navigation, where `autofocus` does not fire.
 */
export function ErrorSummary({ errors, title = "There is a problem" }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  if (errors.length === 0) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    // Scroll the label into view too: it sits above the input and says what the field is.
    const legendOrLabel =
      field.closest("fieldset")?.querySelector("legend") ??
      document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
    (legendOrLabel ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      className="cetr-error-summary"
      role="alert"
      aria-labelledby="cetr-error-summary-title"
      tabIndex={-1}
      // biome-ignore lint/a11y/noAutofocus: moving focus to the summary is the GOV.UK pattern for failed submissions.
      autoFocus
    >
      <h2 id="cetr-error-summary-title" className="cetr-error-summary__title">
        {title}
      </h2>
      <ul className="cetr-error-summary__list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
