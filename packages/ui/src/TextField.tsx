import { type ReactNode, useLayoutEffect, useRef, useState } from "react";
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
  value: controlledValue,
  defaultValue,
  onChange,
  ...props
}: TextFieldProps) {
  const value = useTypedBeforeHydration(controlledValue, defaultValue, onChange);
  const labelElement = (
    <Label className={cx("cetr-label", isPageHeading && "cetr-label--page-heading")}>{label}</Label>
  );
  return (
    <AriaTextField
      {...props}
      value={value.current}
      onChange={value.change}
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
      <Input
        ref={value.inputRef}
        className={cx("cetr-input", width !== "full" && `cetr-input--width-${width}`)}
      />
    </AriaTextField>
  );
}

/**
 * React Aria's field is controlled, and React hydrates a controlled input
 * without touching what is in the box — but the next re-render (focus, say)
 * writes the state back and wipes anything typed before the page's
 * JavaScript arrived. On a slow phone that is a real person's answer. So on
 * mount the field adopts whatever the browser already holds.
 */
function useTypedBeforeHydration(
  controlledValue: string | undefined,
  defaultValue: string | undefined,
  onChange: ((value: string) => void) | undefined,
) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [ownValue, setOwnValue] = useState(defaultValue ?? "");
  const current = controlledValue ?? ownValue;
  const change = (next: string) => {
    if (controlledValue === undefined) setOwnValue(next);
    onChange?.(next);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, straight after hydration.
  useLayoutEffect(() => {
    const typed = inputRef.current?.value;
    if (typed !== undefined && typed !== current) change(typed);
  }, []);
  return { current, change, inputRef };
}
