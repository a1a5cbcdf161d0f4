import { oneOf } from "./worklist";

/**
 * The register list's filters, from the query string: the same for the page
 * (/register) and its CSV (/register.csv), so a download holds what the page
 * showed, across every page.
 */
export const RATING_FILTERS = ["all", "red-amber", "RED", "AMBER", "GREEN", "BLUE"] as const;
export const MISSING_FILTERS = ["any", "missing", "complete"] as const;

export type RatingFilter = (typeof RATING_FILTERS)[number];
export type MissingFilter = (typeof MISSING_FILTERS)[number];

export const RATING_FILTER_LABELS: Record<RatingFilter, string> = {
  all: "All ratings",
  "red-amber": "Red and amber",
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
  BLUE: "Blue",
};

export const MISSING_FILTER_LABELS: Record<MissingFilter, string> = {
  any: "Missing or complete",
  missing: "Something missing",
  complete: "Complete",
};

export interface RegisterFilters {
  rating: RatingFilter;
  missing: MissingFilter;
}

export function readRegisterFilters(url: URL): RegisterFilters {
  return {
    rating: oneOf(url.searchParams.get("rating"), RATING_FILTERS, "all"),
    missing: oneOf(url.searchParams.get("missing"), MISSING_FILTERS, "any"),
  };
}

/** The API's `rating` and `missingData` arguments for the filters. */
export function registerFilterArgs(filters: RegisterFilters) {
  type ApiRating = "RED" | "AMBER" | "GREEN" | "BLUE";
  const rating: ApiRating[] | null =
    filters.rating === "all"
      ? null
      : filters.rating === "red-amber"
        ? ["RED", "AMBER"]
        : [filters.rating];
  const missingData =
    filters.missing === "missing" ? true : filters.missing === "complete" ? false : null;
  return { rating, missingData };
}
