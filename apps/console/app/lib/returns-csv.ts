import { LEGAL_STATUS_LABELS, REVIEW_KIND_LABELS, REVIEW_STATUS_LABELS } from "./person-labels";
import { RATING_NAMES } from "./worklist-labels";

/**
 * The anonymised review dataset for NHS England returns (Appendix 5): its
 * column dictionary and its rows. Cells hold codes, counts, months and
 * bands, never words anyone typed, so the file can leave the organisation
 * as it is. The dictionary is the single source for the CSV header, the
 * /returns page and docs/returns-dataset.md (a test keeps them equal).
 */

export interface ReturnsColumn {
  name: string;
  meaning: string;
  /** Each value the column can hold and what it means, or the form of a free value (a number, a month). */
  values: Readonly<Record<string, string>> | string;
}

const ON_TIME = {
  yes: "Done by the due date",
  no: "Done late, or not done and the due date has passed",
  "not yet due": "Not done yet, and the due date has not passed",
  "no due date": "Nothing was due",
} as const;

const YES_NO = { yes: "Yes", no: "No" } as const;

export const RETURNS_COLUMNS: readonly ReturnsColumn[] = [
  {
    name: "row",
    meaning:
      "1, 2, 3… in a random order chosen afresh each time the file is made. Not an ID: it cannot be matched to a person or to another file.",
    values: "A whole number",
  },
  {
    name: "commissioning_organisation",
    meaning: "The organisation that convened the review.",
    values: "The organisation's name",
  },
  { name: "review_kind", meaning: "Which review (§9–§12, §14).", values: REVIEW_KIND_LABELS },
  {
    name: "setting",
    meaning: "Which key lines of enquiry the review used.",
    values: { COMMUNITY: "Community", INPATIENT: "Inpatient", SECURE: "Secure or forensic" },
  },
  { name: "review_status", meaning: "Where the review is now.", values: REVIEW_STATUS_LABELS },
  {
    name: "review_month",
    meaning: "Year and month (YYYY-MM) it was held; if not held yet, booked; if not booked, due.",
    values: "YYYY-MM",
  },
  {
    name: "age_band",
    meaning: "The person's age in years in that month, as a band (no date of birth).",
    values: {
      "0 to 13": "Child",
      "14 to 17": "Young person",
      "18 to 25": "Young adult",
      "26 to 35": "Adult",
      "36 to 50": "Adult",
      "51 to 64": "Adult",
      "65 and over": "Older adult",
    },
  },
  {
    name: "diagnosis",
    meaning: "Learning disability, autism or both.",
    values: { LEARNING_DISABILITY: "Learning disability", AUTISM: "Autism", BOTH: "Both" },
  },
  { name: "legal_status", meaning: "The person's legal status now.", values: LEGAL_STATUS_LABELS },
  {
    name: "moj_restricted",
    meaning: "Subject to Ministry of Justice restrictions (Appendix 6).",
    values: YES_NO,
  },
  {
    name: "outcome",
    meaning: "What the review concluded; empty if it has not been held.",
    values: {
      READY_FOR_DISCHARGE: "Ready for discharge, or care could be less restrictive",
      CONTINUE_CURRENT_CARE: "Continue current care",
      ADMISSION_RECOMMENDED: "Admission recommended",
      ADMISSION_NOT_NEEDED: "Admission not needed",
    },
  },
  {
    name: "days_trigger_to_review",
    meaning:
      "Days from what made the review due (an admission, or the request being received) to the day it was held; empty if not held or nothing triggered it.",
    values: "A whole number, or empty",
  },
  { name: "held_on_time", meaning: "Held by the date policy says it was due.", values: ON_TIME },
  {
    name: "report_on_time",
    meaning: "Report sent to everyone within 2 weeks of the review (§7.2.18).",
    values: ON_TIME,
  },
  {
    name: "actions_agreed",
    meaning: "How many SMART actions the review agreed.",
    values: "A whole number",
  },
  {
    name: "actions_done_on_time",
    meaning: "How many of those were done by their due date.",
    values: "A whole number",
  },
  {
    name: "consent_recorded",
    meaning:
      "Consent given, or a best-interests decision, recorded for the review and not withdrawn.",
    values: YES_NO,
  },
  {
    name: "register_rating",
    meaning:
      "The person's rating on the commissioning organisation's register now (Appendix 2); empty if not on it.",
    values: RATING_NAMES,
  },
];

export const RETURNS_HEADER: readonly string[] = RETURNS_COLUMNS.map((column) => column.name);

export interface ReturnsRow {
  rowNumber: number;
  organisationName: string;
  kind: string;
  enquirySetting: string;
  status: string;
  reviewMonth: string;
  ageBand: string;
  diagnosis: string;
  legalStatus: string;
  mojRestricted: boolean;
  outcome?: string | null;
  daysFromTriggerToReview?: number | null;
  heldOnTime: string;
  reportOnTime: string;
  actionsAgreed: number;
  actionsDoneOnTime: number;
  consentRecorded: boolean;
  registerRating?: string | null;
}

const ON_TIME_CELL: Record<string, string> = {
  YES: "yes",
  NO: "no",
  NOT_YET_DUE: "not yet due",
  NOT_APPLICABLE: "no due date",
};
const yesNo = (value: boolean) => (value ? "yes" : "no");

/** One row's cells, in RETURNS_COLUMNS order. */
export function returnsCsvRow(row: ReturnsRow): string[] {
  return [
    String(row.rowNumber),
    row.organisationName,
    row.kind,
    row.enquirySetting,
    row.status,
    row.reviewMonth,
    row.ageBand,
    row.diagnosis,
    row.legalStatus,
    yesNo(row.mojRestricted),
    row.outcome ?? "",
    row.daysFromTriggerToReview == null ? "" : String(row.daysFromTriggerToReview),
    ON_TIME_CELL[row.heldOnTime] ?? row.heldOnTime,
    ON_TIME_CELL[row.reportOnTime] ?? row.reportOnTime,
    String(row.actionsAgreed),
    String(row.actionsDoneOnTime),
    yesNo(row.consentRecorded),
    row.registerRating ?? "",
  ];
}

/** "cetr-returns-2026-04-01-to-2027-03-31.csv". */
export function returnsCsvFilename(from: string, to: string): string {
  return `cetr-returns-${from}-to-${to}.csv`;
}

/** The dictionary as the Markdown table in docs/returns-dataset.md. */
export function returnsDictionaryMarkdown(): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const values = (column: ReturnsColumn) =>
    typeof column.values === "string"
      ? cell(column.values)
      : Object.entries(column.values)
          .map(([code, meaning]) => `\`${code}\` ${cell(meaning)}`)
          .join("; ");
  return [
    "| Column | What it holds | Values |",
    "| --- | --- | --- |",
    ...RETURNS_COLUMNS.map(
      (column) => `| \`${column.name}\` | ${cell(column.meaning)} | ${values(column)} |`,
    ),
  ].join("\n");
}
