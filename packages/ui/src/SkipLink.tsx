export interface SkipLinkProps {
  href?: string;
  children: string;
}

/** First focusable element on every page; points at PageLayout's `<main id="main-content">`. */
export function SkipLink({ href = "#main-content", children }: SkipLinkProps) {
  return (
    <a href={href} className="cetr-skip-link">
      {children}
    </a>
  );
}
