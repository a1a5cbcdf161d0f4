import { CONSENT_BASIS_LABELS } from "./register-labels";

/**
 * The words and links the quality checklist (Appendix 1, §42) needs beside
 * what the API computes: the eight principles' names ("PERSONAL") and, for
 * each standard, the console pages where the evidence for it is recorded.
 */

export const PRINCIPLE_NAMES: Record<number, string> = {
  1: "Person centred and family centred",
  2: "Evidence based",
  3: "Rights led",
  4: "Seeing the whole person",
  5: "Open, independent and challenging",
  6: "Nothing about us without us",
  7: "Action focused",
  8: "Living life in the community",
};

export const STANDARD_STATUS_LABELS = {
  MET: "Met",
  UNMET: "Not met",
  UNKNOWN: "Not known",
} as const;

export const STANDARD_STATUS_COLOURS = {
  MET: "green",
  UNMET: "red",
  UNKNOWN: "grey",
} as const;

type EvidencePage =
  | "panel"
  | "invitations"
  | "consent"
  | "status"
  | "enquiry"
  | "summary"
  | "actions"
  | "escalations"
  | "report"
  | "profile"
  | "discharge";

const PAGE_LABELS: Record<EvidencePage, string> = {
  panel: "Panel",
  invitations: "Invitations",
  consent: "Consent",
  status: "Where the review is",
  enquiry: "Lines of enquiry",
  summary: "Four-question summary",
  actions: "Actions",
  escalations: "Concerns escalated",
  report: "Report",
  profile: "One-page profile",
  discharge: "Leaving hospital plan",
};

/** Where each standard's evidence is recorded; the first page is the main one. */
const EVIDENCE: Record<string, readonly EvidencePage[]> = {
  "1.1": ["invitations"],
  "1.2": ["consent"],
  "1.3": ["summary", "profile"],
  "1.4": ["invitations", "profile"],
  "1.5": ["invitations"],
  "1.6": ["report"],
  "2.1": ["enquiry"],
  "2.2": ["enquiry"],
  "2.3": ["enquiry"],
  "2.4": ["enquiry"],
  "3.1": ["enquiry", "escalations"],
  "3.2": ["enquiry"],
  "3.3": ["enquiry"],
  "4.1": ["status"],
  "4.2": ["invitations"],
  "4.3": ["invitations"],
  "4.4": ["enquiry"],
  "5.1": ["panel"],
  "5.2": ["report"],
  "5.3": ["panel"],
  "5.4": ["enquiry"],
  "5.5": ["invitations"],
  "5.6": ["panel"],
  "5.7": ["panel"],
  "5.8": ["enquiry"],
  "5.9": ["enquiry"],
  "5.10": ["enquiry"],
  "5.11": ["actions"],
  "6.1": ["invitations", "profile"],
  "6.2": ["actions"],
  "6.3": ["report"],
  "7.1": ["escalations", "enquiry"],
  "7.2": ["actions"],
  "7.3": ["actions"],
  "7.4": ["actions"],
  "7.5": ["discharge"],
  "7.6": ["actions"],
  "8.1": ["enquiry", "summary"],
  "8.2": ["enquiry"],
  "8.3": ["enquiry", "profile"],
};

export interface EvidenceLink {
  href: string;
  label: string;
}

/** The console pages that show the evidence for one standard of one review. */
export function evidenceLinks(
  standardId: string,
  review: { id: string; person: { id: string } },
): EvidenceLink[] {
  const reviewBase = `/reviews/${encodeURIComponent(review.id)}`;
  const personBase = `/people/${encodeURIComponent(review.person.id)}`;
  return (EVIDENCE[standardId] ?? []).map((page) => ({
    href:
      page === "profile" || page === "discharge"
        ? `${personBase}/${page}`
        : `${reviewBase}/${page}`,
    label: PAGE_LABELS[page],
  }));
}

/** The domain's reason in the console's words: "Basis: PERSON_WITH_CAPACITY" names the basis plainly. */
export function reasonInWords(reason: string): string {
  return reason.replace(/^Basis: ([A-Z_]+)$/, (whole, basis: string) =>
    basis in CONSENT_BASIS_LABELS
      ? `Basis: ${CONSENT_BASIS_LABELS[basis as keyof typeof CONSENT_BASIS_LABELS]}`
      : whole,
  );
}
