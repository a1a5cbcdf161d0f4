import type { ReactNode } from "react";

/** Text for screen readers only; a class, not inline styles, so forced-colours and print can override it. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="cetr-visually-hidden">{children}</span>;
}
