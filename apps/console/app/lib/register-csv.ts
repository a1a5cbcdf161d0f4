import { fileSlug } from "./csv";
import { CONSENT_BASIS_LABELS, type ConsentBasis, riskFactorLabel } from "./register-labels";
import { RATING_MEANINGS, RATING_NAMES } from "./worklist-labels";

/**
 * The register export's columns (ADR 0020). One row per entry; dates as
 * YYYY-MM-DD so spreadsheets sort them; lists joined with "; ". The column
 * names are the file's documentation: each says what it holds in words.
 */
export const REGISTER_CSV_COLUMNS = [
  "Name",
  "NHS number",
  "Date of birth",
  "Register (organisation)",
  "Rating",
  "What the rating means",
  "Rated on",
  "Reason for the rating",
  "Number of ratings recorded",
  "On the register since",
  "Next register review",
  "Consent to be on the register",
  "Risk factors (Appendix 2)",
  "Minimum dataset complete (%)",
  "Missing information (Figure 11)",
  "Removed from the register on",
] as const;

export interface RegisterCsvEntry {
  person: { name: string; nhsNumber: string; dateOfBirth: string };
  organisation: { name: string };
  rating: string;
  ratingHistory: readonly { ratedOn: string; reason: string }[];
  addedOn: string;
  nextReviewOn?: string | null;
  consentBasis: string;
  riskFactors: readonly { factor: string }[];
  minimumDatasetPercentComplete: number;
  missingData: readonly { label: string }[];
  removedOn?: string | null;
}

export function registerCsvRow(entry: RegisterCsvEntry): string[] {
  // The latest rating is the last in the history (oldest first).
  const latest = entry.ratingHistory[entry.ratingHistory.length - 1];
  return [
    entry.person.name,
    entry.person.nhsNumber,
    entry.person.dateOfBirth,
    entry.organisation.name,
    RATING_NAMES[entry.rating] ?? entry.rating,
    RATING_MEANINGS[entry.rating] ?? "",
    latest?.ratedOn ?? "",
    latest?.reason ?? "",
    String(entry.ratingHistory.length),
    entry.addedOn,
    entry.nextReviewOn ?? "",
    CONSENT_BASIS_LABELS[entry.consentBasis as ConsentBasis] ?? entry.consentBasis,
    entry.riskFactors.map((f) => riskFactorLabel(f.factor)).join("; "),
    String(entry.minimumDatasetPercentComplete),
    entry.missingData.map((gap) => gap.label).join("; "),
    entry.removedOn ?? "",
  ];
}

/** "register-nhs-northvale-integrated-care-board-2026-11-23.csv", or "register-2026-11-23.csv" across organisations. */
export function registerCsvFilename(organisationName: string | null, today: string): string {
  return organisationName
    ? `register-${fileSlug(organisationName, "organisation")}-${today}.csv`
    : `register-${today}.csv`;
}
