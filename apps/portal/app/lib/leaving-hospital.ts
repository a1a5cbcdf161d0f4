import { dateInWords, londonDate } from "./dates";

/**
 * The Leaving Hospital Planner and tracker's pure parts: the paths, the
 * words for who will help (policy roles to translated role keys, with the
 * named facilitator where staff have recorded one), and "when" as a real
 * date in Europe/London. Tested without a server (leaving-hospital.test.ts).
 */

export const leavingPath = (personId: string, rest = "") =>
  `/people/${encodeURIComponent(personId)}/leaving-hospital${rest}`;

export type TrackerStatus =
  | "DONE"
  | "IN_PROGRESS"
  | "NOT_STARTED"
  | "LATE"
  | "CANNOT_START_YET"
  | "NOT_NEEDED";

/** What the family may say about an item (the API's DischargeItemStatus). */
export const FAMILY_STATUSES = ["DONE", "IN_PROGRESS", "NOT_STARTED", "NOT_APPLICABLE"] as const;
export type FamilyStatus = (typeof FAMILY_STATUSES)[number];
export const isFamilyStatus = (value: unknown): value is FamilyStatus =>
  FAMILY_STATUSES.includes(value as FamilyStatus);

/** "1.1" → "i1_1": the item's key in the `leaving.items` strings (a dot would nest). */
export const itemKey = (itemId: string) => `i${itemId.replace(".", "_")}`;

/**
 * Appendix 3's "who will help me" names 29 roles, several of them the same
 * people in other words ("Team in hospital", "Inpatient team"): one
 * translated role each, so a family reads one name for one person.
 */
const ROLE_KEYS: Record<string, RoleKey> = {
  "Social worker or community nurse": "socialWorkerOrNurse",
  "Hospital team": "hospitalTeam",
  "Team in hospital": "hospitalTeam",
  "Inpatient team": "hospitalTeam",
  "Named hospital nurse": "namedNurse",
  "Named nurse": "namedNurse",
  Advocate: "advocate",
  "Social worker": "socialWorker",
  "My CPA care coordinator": "careCoordinator",
  "Community care coordinator": "careCoordinator",
  "Community CPA care coordinator": "careCoordinator",
  Landlord: "landlord",
  "Housing officer": "housingOfficer",
  "Family and/or those closest to me": "family",
  "Family if I wish": "family",
  "All the people who provide my care or treatment": "everyone",
  "Hospital discharge facilitator": "facilitator",
  Commissioner: "commissioner",
  "Responsible commissioner": "commissioner",
  "Personal budget agencies": "budgetAgencies",
  "Support provider": "supportProvider",
  "Local specialist team/GP": "gpAndLocalTeam",
  "Community or inpatient team member": "communityTeam",
  "Future community team": "communityTeam",
  "Approved mental health professional": "amhp",
  "Responsible clinician (RC)": "doctor",
  "Responsible doctor": "doctor",
  Doctor: "doctor",
  "Local authority": "council",
};

export type RoleKey =
  | "socialWorkerOrNurse"
  | "hospitalTeam"
  | "namedNurse"
  | "advocate"
  | "socialWorker"
  | "careCoordinator"
  | "landlord"
  | "housingOfficer"
  | "family"
  | "everyone"
  | "facilitator"
  | "commissioner"
  | "budgetAgencies"
  | "supportProvider"
  | "gpAndLocalTeam"
  | "communityTeam"
  | "amhp"
  | "doctor"
  | "council";

export interface Helper {
  role: RoleKey;
  /** The person's name when the record has one for this role (the named facilitator). */
  name: string | null;
}

/** The policy's helpers as roles, each once, with the facilitator's name when staff recorded one. */
export function helpersFor(policyWhoWillHelp: readonly string[], facilitator: string | null) {
  const roles = [
    ...new Set(policyWhoWillHelp.flatMap((who) => (ROLE_KEYS[who] ? [ROLE_KEYS[who]] : []))),
  ];
  return roles.map((role): Helper => ({ role, name: role === "facilitator" ? facilitator : null }));
}

/**
 * When an item should happen: a real date in words ("Tuesday 3 March") where
 * the record has one (agreed for this person, or fixed by the policy from the
 * admission or planned discharge), beside the policy's rule in words; the
 * rule alone otherwise.
 */
export interface When {
  date: string | null;
  rule: string;
}

export function whenFor(
  item: { byWhenKind: string; effectiveDueOn: string | null },
  locale: string,
  now = new Date(),
): When {
  return {
    date: item.effectiveDueOn ? dateInWords(item.effectiveDueOn, locale, now) : null,
    rule: item.byWhenKind,
  };
}

/** Whether a calendar date from the API is already past, in England, at `now`. */
export const isPast = (isoDate: string, now = new Date()) => isoDate.slice(0, 10) < londonDate(now);

export interface FamilyViewProblem {
  field: "familyStatus" | "familyNote";
  message: "leaving.family.errors.choose" | "leaving.family.errors.tooLong";
}

export const MAX_FAMILY_NOTE = 5000;

/** Checks a family's view as posted (the API checks again; this keeps what they typed). */
export function checkFamilyView(form: { familyStatus: unknown; familyNote: unknown }) {
  const problems: FamilyViewProblem[] = [];
  const familyStatus = isFamilyStatus(form.familyStatus) ? form.familyStatus : null;
  const familyNote = typeof form.familyNote === "string" ? form.familyNote : "";
  if (!familyStatus)
    problems.push({ field: "familyStatus", message: "leaving.family.errors.choose" });
  if (familyNote.trim().length > MAX_FAMILY_NOTE)
    problems.push({ field: "familyNote", message: "leaving.family.errors.tooLong" });
  return { familyStatus, familyNote, problems };
}

/** The tag colour for a status: red only for a problem (Late), as the home task list. */
export const STATUS_COLOUR = {
  DONE: "green",
  IN_PROGRESS: "blue",
  NOT_STARTED: "grey",
  LATE: "red",
  CANNOT_START_YET: "yellow",
  NOT_NEEDED: "grey",
} as const satisfies Record<TrackerStatus, string>;
