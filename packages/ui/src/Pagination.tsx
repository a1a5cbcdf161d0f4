export interface PaginationProps {
  /** Names the navigation landmark, e.g. "Pages of people". */
  label: string;
  previousHref?: string | undefined;
  nextHref?: string | undefined;
  previousText?: string;
  nextText?: string;
}

/**
 * GOV.UK "Previous / Next" pagination: plain links, so it works without
 * JavaScript, with the arrow drawn in CSS and the words doing the work.
 * Renders nothing when there is only one page.
 */
export function Pagination({
  label,
  previousHref,
  nextHref,
  previousText = "Previous page",
  nextText = "Next page",
}: PaginationProps) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="cetr-pagination" aria-label={label}>
      {previousHref ? (
        <a
          className="cetr-pagination__link cetr-pagination__link--previous"
          href={previousHref}
          rel="prev"
        >
          {previousText}
        </a>
      ) : null}
      {nextHref ? (
        <a className="cetr-pagination__link cetr-pagination__link--next" href={nextHref} rel="next">
          {nextText}
        </a>
      ) : null}
    </nav>
  );
}
