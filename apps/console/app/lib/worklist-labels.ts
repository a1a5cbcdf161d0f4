/** Plain words for the API's codes on the dashboard and its lists. */

export const DUE_REVIEW_KIND_LABELS: Record<string, string> = {
  COMMUNITY_REVIEW: "Community review",
  HIGHER_SECURITY_REVIEW: "Review before a move to higher security",
  INPATIENT_REVIEW: "Review while in hospital",
  POST_ADMISSION_REVIEW: "Review after going into hospital",
  REVIEW_ON_REQUEST: "Review someone asked for",
};

export const DUE_CONDITION_LABELS: Record<string, string> = {
  BEFORE_ADMISSION: "Before they go into hospital",
  BEFORE_TRANSFER: "Before they move hospital",
  // A request the commissioner convened (§14): due now, and the national policy sets no date.
  AS_AGREED_LOCALLY: "Now, by the date the local policy sets",
  BY_DATE: "By a date",
};

/** The policy's timescale rules (@cetr/domain RULE_IDS), in a few words each. */
export const RULE_LABELS: Record<string, string> = {
  POST_ADMISSION_ADULT: "after an adult goes into hospital",
  POST_ADMISSION_CHILD: "after a child goes into hospital",
  INPATIENT_CHILD: "regular review for a child in hospital",
  INPATIENT_ADULT_NON_SECURE: "regular review for an adult in hospital",
  INPATIENT_ADULT_SECURE: "regular review for an adult in a secure hospital",
  PLANNED_ACUTE_STAY: "planned short stay in hospital",
  COMMUNITY_BEFORE_ADMISSION: "before anyone goes into hospital",
  HIGHER_SECURITY_MOVE: "before a move to higher security",
  REQUEST: "because someone asked for a review and the commissioner agreed",
};

export const RATING_NAMES: Record<string, string> = {
  RED: "Red",
  AMBER: "Amber",
  GREEN: "Green",
  BLUE: "Blue",
};

/** What each register rating means (Appendix 2), in plain words. */
export const RATING_MEANINGS: Record<string, string> = {
  RED: "At risk of going into hospital now",
  AMBER: "At risk without the right support soon",
  GREEN: "Managed at home",
  BLUE: "In hospital",
};

export const REVIEW_STATUS_LABELS: Record<string, string> = {
  HELD: "Review held, report not written",
  REPORT_DRAFTED: "Report written, not sent",
};
