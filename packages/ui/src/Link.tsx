import { Link as AriaLink, type LinkProps as AriaLinkProps } from "react-aria-components";
import { cx } from "./cx.js";

export interface LinkProps extends Omit<AriaLinkProps, "className"> {
  href: string;
  /** `button` looks like a start button: for the one main call to action on a page. */
  variant?: "default" | "button" | "inverse" | "back";
  className?: string;
}

/**
 * Always renders an `<a href>`, so it works without JavaScript; with a
 * `RouterProvider` above it, React Aria hands navigation to the client router.
 */
export function Link({ variant = "default", className, ...props }: LinkProps) {
  return (
    <AriaLink
      {...props}
      className={cx(
        variant === "button" ? "cetr-button cetr-button--start" : "cetr-link",
        variant === "inverse" && "cetr-link--inverse",
        variant === "back" && "cetr-link--back",
        className,
      )}
    />
  );
}
