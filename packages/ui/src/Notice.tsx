import { type ReactNode, useId } from "react";
import { cx } from "./cx.js";

export interface NoticeProps {
  /** Visible title, so the kind of notice is never carried by colour alone. */
  title: string;
  variant?: "info" | "warning" | "success";
  /** Use `status` for a result people should hear as soon as the page loads. */
  role?: "status" | "region";
  headingLevel?: 2 | 3;
  children: ReactNode;
}

export function Notice({
  title,
  variant = "info",
  role = "region",
  headingLevel = 2,
  children,
}: NoticeProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = useId();
  // A live status is announced by its content; a region is found by its title.
  const landmark =
    role === "status"
      ? { role: "status" as const }
      : { role: "region" as const, "aria-labelledby": titleId };
  return (
    <div className={cx("cetr-notice", `cetr-notice--${variant}`)} {...landmark}>
      <Heading id={titleId} className="cetr-notice__title">
        {title}
      </Heading>
      <div className="cetr-notice__content">{children}</div>
    </div>
  );
}

export interface InsetTextProps {
  children: ReactNode;
}

/** Quiet emphasis for one thing people should not miss, with no role or heading. */
export function InsetText({ children }: InsetTextProps) {
  return <div className="cetr-inset-text">{children}</div>;
}
