import { dateInWords, londonDate } from "./dates";

/**
 * The Leaving Hospital Planner and tracker's pure parts: the paths, the
 * words for who will help (roles, with names where staff have recorded
 * them), and "when" as a real
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
 * Who will help, as the API gives it (DischargeItem.helpers, from @cetr/domain
 * dischargeHelpers): one role per person however the policy words it, with the
 * names staff recorded for it (the facilitator on the plan; the care
 * coordinator, social worker and responsible clinician as relationships).
 */
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
  /** Empty when nobody is recorded for the role: the role's words are shown. */
  names: readonly string[];
}

type Words = (key: string, vars?: Record<string, string>) => string;

/**
 * "Sam Patel (the hospital discharge facilitator) and the hospital team": names
 * with their role, so a family knows who each person is; the role alone when
 * no one is named yet. Lists are in the reader's language ("Chris Jones and
 * Kim Ng"), and one person in two roles is named once ("Sam Patel (the
 * hospital discharge facilitator and the care coordinator)").
 */
export function helpersText(tx: Words, helpers: readonly Helper[], locale: string) {
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const parts: { names: string; roles: string[] }[] = [];
  for (const h of helpers) {
    const role = tx(`leaving.roles.${h.role}`);
    const names = h.names.length ? list.format(h.names) : "";
    const same = names ? parts.find((p) => p.names === names) : undefined;
    if (same) same.roles.push(role);
    else parts.push({ names, roles: [role] });
  }
  // One list in the reader's language: "a social worker, Sam Patel (the care coordinator) and the landlord".
  return list.format(
    parts.map((p) =>
      p.names
        ? tx("leaving.whoHelps.named", { name: p.names, role: list.format(p.roles) })
        : (p.roles[0] ?? ""),
    ),
  );
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
