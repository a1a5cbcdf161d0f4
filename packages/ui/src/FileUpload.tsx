import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { ErrorMessage } from "./FieldError.js";
import { describedByIds } from "./NativeField.js";

export interface FileUploadProps {
  /** Lands on the `<input>`, so an ErrorSummary link `#id` reaches it. */
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** e.g. "image/jpeg,image/png": a hint to the browser's picker, never a check. */
  accept?: string;
  errorMessage?: ReactNode;
  errorPrefix?: string;
}

/**
 * A native file input (GOV.UK file upload) for a `multipart/form-data` form:
 * it works without JavaScript. A browser cannot refill it after a refused
 * post, so the page should say the file needs choosing again.
 */
export function FileUpload({
  id,
  name,
  label,
  hint,
  accept,
  errorMessage,
  errorPrefix,
}: FileUploadProps) {
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
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        className="cetr-file-upload"
        aria-describedby={describedByIds(
          hint ? `${id}-hint` : undefined,
          isInvalid ? `${id}-error` : undefined,
        )}
        aria-invalid={isInvalid || undefined}
      />
    </div>
  );
}
