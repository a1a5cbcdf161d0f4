import type { ReactNode } from "react";
import { cx } from "./cx.js";
import { SkipLink } from "./SkipLink.js";

export interface PageLayoutProps {
  skipLinkText: string;
  header: ReactNode;
  footer: ReactNode;
  /** Above `<main>` inside the width container: a back link or breadcrumbs. */
  beforeMain?: ReactNode;
  children: ReactNode;
}

/** Skip link, banner, one main landmark, contentinfo: the frame every page shares. */
export function PageLayout({
  skipLinkText,
  header,
  footer,
  beforeMain,
  children,
}: PageLayoutProps) {
  return (
    <div className="cetr-page">
      <SkipLink>{skipLinkText}</SkipLink>
      {header}
      <div className="cetr-width-container cetr-page__body">
        {beforeMain}
        <Main>{children}</Main>
      </div>
      {footer}
    </div>
  );
}

export interface MainProps {
  children: ReactNode;
  className?: string;
}

/**
 * `tabIndex={-1}` lets the skip link move focus here, not just scroll, so the
 * next Tab press starts inside the content.
 */
export function Main({ children, className }: MainProps) {
  return (
    <main id="main-content" tabIndex={-1} className={cx("cetr-main", className)}>
      {children}
    </main>
  );
}
