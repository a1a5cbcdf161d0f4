import type { ReactNode } from "react";
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  Input,
  Label,
  Text,
} from "react-aria-components";
import { cx } from "./cx.js";
import { FieldError } from "./FieldError.js";

export interface TextFieldProps
  extends Omit<AriaTextFieldProps, "className" | "children" | "validationBehavior"> {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown when `isInvalid` is true; from server-side validation, so it renders without JavaScript. */
  errorMessage?: ReactNode;
  errorPrefix?: string;
  /** Fixed widths tell people how long an answer is expected to be (GOV.UK). */
  width?: "full" | "20" | "10" | "5" | "4" | "3" | "2";
  /** Makes the label the page heading, for one-question pages. */
  isPageHeading?: boolean;
  placeholder?: never;
  className?: string;
}

/**
 * `id` lands on the `<input>`, so an ErrorSummary link `#id` reaches the field.
 * Placeholders are not allowed: they vanish on typing and fail contrast.
 */
export function TextField({
  label,
  hint,
  errorMessage,
  errorPrefix,
  width = "full",
  isPageHeading = false,
  isInvalid,
  className,
  ...props
}: TextFieldProps) {
  const labelElement = (
    <Label className={cx("cetr-label", isPageHeading && "cetr-label--page-heading")}>{label}</Label>
  );
  return (
    <AriaTextField
      {...props}
      isInvalid={isInvalid}
      validationBehavior="aria"
      className={cx("cetr-form-group", isInvalid && "cetr-form-group--error", className)}
    >
      {isPageHeading ? <h1 className="cetr-heading-reset">{labelElement}</h1> : labelElement}
      {hint ? (
        <Text slot="description" className="cetr-hint">
          {hint}
        </Text>
      ) : null}
      {errorMessage ? <FieldError prefix={errorPrefix}>{errorMessage}</FieldError> : null}
      <Input className={cx("cetr-input", width !== "full" && `cetr-input--width-${width}`)} />
    </AriaTextField>
  );
}
