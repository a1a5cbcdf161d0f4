import { Form as AriaForm, type FormProps as AriaFormProps } from "react-aria-components";
import { cx } from "./cx.js";

export interface FormProps extends Omit<AriaFormProps, "className"> {
  className?: string;
}

/**
 * Validation is the server's job: `aria` behaviour marks fields invalid and
 * shows messages without the browser blocking submission with its own bubbles,
 * which are not translated and vanish too quickly for many people to read.
 */
export function Form({ validationBehavior = "aria", className, ...props }: FormProps) {
  return (
    <AriaForm
      {...props}
      validationBehavior={validationBehavior}
      className={cx("cetr-form", className)}
    />
  );
}
