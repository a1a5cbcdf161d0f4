import { ErrorSummary, type ErrorSummaryItem, Notice } from "@cetr/ui";

/**
 * The top of a console form after a refused post, in the GOV.UK order: the
 * API could not be reached (nothing done, input kept), problems with the form
 * as a whole, then the error summary linking to each field.
 */

/** The error summary's items: each field with an error, in the form's order, linked to its input. */
export function errorSummaryItems<Field extends string>(
  fields: readonly Field[],
  errors: Partial<Record<Field, string>>,
  idOf: (field: Field) => string = (field) => field,
): ErrorSummaryItem[] {
  return fields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });
}

export interface FormProblemsProps {
  unavailable: boolean;
  /** e.g. "Sorry, we could not add this person" */
  unavailableTitle: string;
  /** What happened to the input, e.g. "Nothing has been saved." */
  unavailableText: string;
  formErrors: readonly string[];
  /** e.g. "Sorry, you cannot add this person" */
  formErrorsTitle: string;
  summary: readonly ErrorSummaryItem[];
}

export function FormProblems({
  unavailable,
  unavailableTitle,
  unavailableText,
  formErrors,
  formErrorsTitle,
  summary,
}: FormProblemsProps) {
  return (
    <>
      {unavailable ? (
        <Notice title={unavailableTitle} variant="warning" role="status">
          <p>{unavailableText} What you typed is still below: try again in a few minutes.</p>
        </Notice>
      ) : null}
      {formErrors.length > 0 ? (
        <Notice title={formErrorsTitle} variant="warning" role="status">
          {formErrors.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Notice>
      ) : null}
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
    </>
  );
}

/** Whether the page title should start with "Error:". */
export const hasProblems = (p: Pick<FormProblemsProps, "unavailable" | "formErrors" | "summary">) =>
  p.summary.length > 0 || p.formErrors.length > 0 || p.unavailable;
