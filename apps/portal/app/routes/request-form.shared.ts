/**
 * The request form's questions, shared by its pages and their server code:
 * the answers' shape, the order of the question pages, and which API field
 * belongs to which page (so an error can send the person to the right one).
 */

export const ASKERS = ["SELF", "PARENT_CARER", "ADVOCATE", "PROFESSIONAL"] as const;
export type Asker = (typeof ASKERS)[number];
export const WORRIES = [
  "CARE_NOT_WORKING",
  "HOME_OR_PLACEMENT_AT_RISK",
  "SAFETY",
  "BEHAVIOUR_OR_DISTRESS",
  "MEDICATION",
  "NOT_LISTENED_TO",
  "LEAVING_HOSPITAL",
  "SCHOOL_OR_COLLEGE",
  "OTHER",
] as const;
export type Worry = (typeof WORRIES)[number];
export const HOSPITAL = ["IN_HOSPITAL", "AT_RISK", "NO", "NOT_SURE"] as const;
export type Hospital = (typeof HOSPITAL)[number];
export const CONTACT_METHODS = ["EMAIL", "PHONE"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** Everything typed so far, exactly as typed (checked by the API, never trusted from here). */
export interface Answers {
  asker?: Asker;
  askerName?: string;
  askerRole?: string;
  askerOrganisation?: string;
  aboutName?: string;
  aboutDateOfBirth?: DateParts;
  aboutNhsNumber?: string;
  aboutWhereTheyLive?: string;
  organisationId?: string;
  worries?: Worry[];
  worryDetail?: string;
  hospitalStatus?: Hospital;
  contactEmail?: string;
  contactPhone?: string;
  preferredContact?: ContactMethod;
  communicationNeeds?: string;
  consentToShare?: boolean;
}

/** What the confirmation page shows, kept once the answers themselves are forgotten. */
export interface Sent {
  reference: string;
  contactBy: string;
  areaName: string;
  method: ContactMethod;
  hospital: boolean;
}

export const STEPS = [
  "who",
  "you",
  "about",
  "area",
  "worry",
  "hospital",
  "contact",
  "consent",
] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (value: string | undefined): value is Step =>
  (STEPS as readonly string[]).includes(value ?? "");

/** The young person asking for themselves has no "about you" page: they are the person. */
export function stepsFor(answers: Answers): Step[] {
  return STEPS.filter((step) => step !== "you" || answers.asker !== "SELF");
}

/** The API fields each page asks, in the order they appear on it. */
export const FIELDS_OF: Record<Step, readonly string[]> = {
  who: ["asker"],
  you: ["askerName", "askerRole", "askerOrganisation"],
  about: ["aboutName", "aboutDateOfBirth", "aboutNhsNumber", "aboutWhereTheyLive"],
  area: ["organisationId"],
  worry: ["worries", "worryDetail"],
  hospital: ["hospitalStatus"],
  contact: ["contactEmail", "contactPhone", "preferredContact", "communicationNeeds"],
  consent: ["consentToShare"],
};

export function stepOfField(field: string): Step | null {
  for (const step of STEPS) if (FIELDS_OF[step].includes(field)) return step;
  return null;
}

/** Longest answers the API takes, for the "too long" message. */
export const MAX_LENGTH: Record<string, number> = {
  askerName: 200,
  askerRole: 200,
  askerOrganisation: 200,
  aboutName: 200,
  aboutWhereTheyLive: 200,
  worryDetail: 4000,
  communicationNeeds: 2000,
};

/** A page's errors travel as i18n keys (with values), so they show in the person's register. */
export interface PageError {
  field: string;
  key: string;
  values?: Record<string, string | number>;
}
