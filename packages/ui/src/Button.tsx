import { Button as AriaButton, type ButtonProps as AriaButtonProps } from "react-aria-components";
import { cx } from "./cx.js";

export interface ButtonProps extends Omit<AriaButtonProps, "className"> {
  /** `secondary` for the less important of two actions; `warning` for destructive ones. */
  variant?: "primary" | "secondary" | "warning" | "inverse";
  className?: string;
}

/**
 * A native `<button>` underneath, so `type="submit"` with `name`/`value` posts
 * the form even before JavaScript loads.
 */
export function Button({ variant = "primary", className, type = "button", ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      type={type}
      className={cx("cetr-button", variant !== "primary" && `cetr-button--${variant}`, className)}
    />
  );
}
