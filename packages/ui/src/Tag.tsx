import type { ReactNode } from "react";
import { cx } from "./cx.js";

export interface TagProps {
  /** The words carry the meaning; colour only repeats it. */
  children: ReactNode;
  colour?: "blue" | "grey" | "green" | "yellow" | "red";
}

export function Tag({ children, colour = "blue" }: TagProps) {
  return <strong className={cx("cetr-tag", `cetr-tag--${colour}`)}>{children}</strong>;
}
