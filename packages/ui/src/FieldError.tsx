import type { ReactNode } from "react";
import { FieldError as AriaFieldError } from "react-aria-components";
import { VisuallyHidden } from "./VisuallyHidden.js";

export interface FieldErrorProps {
  children: ReactNode;
  /** Read before the message so screen reader users hear it is an error, not a hint. */
  prefix?: string;
}

/** Inline error inside a React Aria field: linked to the input by `aria-describedby`. */
export function FieldError({ children, prefix = "Error:" }: FieldErrorProps) {
  return (
    <AriaFieldError className="cetr-error-message">
      <VisuallyHidden>{`${prefix} `}</VisuallyHidden>
      {children}
    </AriaFieldError>
  );
}

export interface ErrorMessageProps {
  id: string;
  children: ReactNode;
  prefix?: string;
}

/** The same message for native fields (DateInput, Select, RadioGroup) that wire their own ids. */
export function ErrorMessage({ id, children, prefix = "Error:" }: ErrorMessageProps) {
  return (
    <p id={id} className="cetr-error-message">
      <VisuallyHidden>{`${prefix} `}</VisuallyHidden>
      {children}
    </p>
  );
}
