import { HELPER_ROLE_OF_RELATIONSHIP, type HelperRole } from "@cetr/domain";
import { readDateParts } from "./date-of-birth";

/**
 * Words for the console's discharge page (Appendix 3): staff and the family
 * see the same statuses the portal's tracker shows, and where the two views
 * differ is said in words, never colour alone.
 */

export const STAFF_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "NOT_APPLICABLE"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];
export const isStaffStatus = (value: unknown): value is StaffStatus =>
  STAFF_STATUSES.includes(value as StaffStatus);

export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  NOT_APPLICABLE: "Not needed for this person",
};

export const TRACKER_LABELS = {
  DONE: { label: "Done", colour: "green" },
  IN_PROGRESS: { label: "In progress", colour: "blue" },
  NOT_STARTED: { label: "Not started", colour: "grey" },
  LATE: { label: "Late", colour: "red" },
  CANNOT_START_YET: { label: "Cannot start yet", colour: "yellow" },
  NOT_NEEDED: { label: "Not needed", colour: "grey" },
} as const;
export type TrackerStatus = keyof typeof TRACKER_LABELS;

export const STANDARD_STATUSES = ["UNKNOWN", "MET", "UNMET"] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];
export const isStandardStatus = (value: unknown): value is StandardStatus =>
  STANDARD_STATUSES.includes(value as StandardStatus);
export const STANDARD_STATUS_LABELS: Record<StandardStatus, string> = {
  UNKNOWN: "Not checked yet",
  MET: "Met",
  UNMET: "Not met",
};

/** The family's words for an item, as the portal offers them. */
export const FAMILY_STATUS_LABELS: Record<StaffStatus, string> = {
  DONE: "done",
  IN_PROGRESS: "started",
  NOT_STARTED: "not started",
  NOT_APPLICABLE: "not needed",
};

/** "The family think this is done; staff record it as In progress." */
export function differenceInWords(staff: StaffStatus, family: StaffStatus): string {
  return `The family think this is ${FAMILY_STATUS_LABELS[family]}; staff record it as ${STAFF_STATUS_LABELS[staff]}.`;
}

/** An item's anchor on the page ("item-6-1"), for links from the summary of differences. */
export const itemAnchor = (itemId: string) => `item-${itemId.replace(".", "-")}`;

/** The form field for an item's agreed date ("due-7-1"), safe in an id and a link. */
export const dueField = (itemId: string) => `due-${itemId.replace(".", "-")}`;

export interface ItemChange {
  itemId: string;
  staffStatus: StaffStatus;
  /** Present only when the agreed date changed: a "YYYY-MM-DD" date, or null to clear it. */
  dueOn?: string | null;
}

/**
 * Which items a posted step form changes: only those whose status or agreed
 * date differs from the record, so saving a step does not touch items nobody
 * changed. A date missing a part is a problem for that item's field (the API
 * decides whether a complete date is real).
 */
export function itemChanges(
  form: FormData,
  items: readonly { itemId: string; staffStatus: string; dueOn: string | null }[],
): { changes: ItemChange[]; errors: Record<string, string> } {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const changes: ItemChange[] = [];
  const errors: Record<string, string> = {};
  for (const item of items) {
    const posted = text(`status-${item.itemId}`);
    const current = isStaffStatus(item.staffStatus) ? item.staffStatus : "NOT_STARTED";
    const staffStatus = isStaffStatus(posted) ? posted : current;
    const field = dueField(item.itemId);
    const date = readDateParts(
      { day: text(`${field}-day`), month: text(`${field}-month`), year: text(`${field}-year`) },
      `The date agreed for ${item.itemId}`,
    );
    if (date.kind === "incomplete") {
      errors[field] = date.message;
      continue;
    }
    const dueOn = date.kind === "date" ? date.value : null;
    const dateChanged = dueOn !== (item.dueOn ?? null);
    if (staffStatus !== current || dateChanged)
      changes.push({ itemId: item.itemId, staffStatus, ...(dateChanged ? { dueOn } : {}) });
  }
  return { changes, errors };
}

/** A stored date as the three boxes show it ("2026-12-05" → 5, 12, 2026). */
export function dateParts(isoDate: string | null): { day: string; month: string; year: string } {
  if (!isoDate) return { day: "", month: "", year: "" };
  const [year = "", month = "", day = ""] = isoDate.slice(0, 10).split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * The roles who help with an item (DischargeItem.helpers, @cetr/domain
 * dischargeHelpers, ADR 0035), in the words staff use. The family's planner
 * shows the same people in the portal's words, so staff can say who will help
 * without opening the portal.
 */
export const HELPER_ROLE_LABELS: Record<HelperRole, string> = {
  socialWorkerOrNurse: "a social worker or community nurse",
  hospitalTeam: "the hospital team",
  namedNurse: "the named nurse",
  advocate: "an advocate",
  socialWorker: "the social worker",
  careCoordinator: "the care coordinator",
  landlord: "the landlord",
  housingOfficer: "a housing officer",
  family: "family (if the person wishes)",
  everyone: "everyone who provides care or treatment",
  facilitator: "the hospital discharge facilitator",
  commissioner: "the commissioner",
  budgetAgencies: "personal budget services",
  supportProvider: "the support provider",
  gpAndLocalTeam: "the GP and local specialist team",
  communityTeam: "the community team",
  amhp: "an approved mental health professional",
  doctor: "the responsible clinician",
  council: "the local authority",
};

/**
 * The roles staff can name on the record — the facilitator on this plan, and
 * the care coordinator, social worker and responsible clinician as the
 * person's relationships — so the page can say which names are still missing.
 */
const NAMEABLE = new Set<string>(["facilitator", ...Object.values(HELPER_ROLE_OF_RELATIONSHIP)]);

const andList = (parts: readonly string[]) =>
  new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" }).format(parts);

/**
 * "Sam Patel (the hospital discharge facilitator and the care coordinator),
 * the hospital team and the social worker (not named on the record yet)": one
 * person in several roles is named once, as the portal does; a role staff can
 * name but have not says so, so the gap is easy to fill.
 */
export function helpersInWords(
  helpers: readonly { role: string; names: readonly string[] }[],
): string {
  const people: { names: string; roles: string[] }[] = [];
  const parts: ({ names: string; roles: string[] } | string)[] = [];
  for (const helper of helpers) {
    const role = HELPER_ROLE_LABELS[helper.role as HelperRole] ?? helper.role;
    if (!helper.names.length) {
      parts.push(NAMEABLE.has(helper.role) ? `${role} (not named on the record yet)` : role);
      continue;
    }
    const names = andList(helper.names);
    const same = people.find((p) => p.names === names);
    if (same) same.roles.push(role);
    else {
      const person = { names, roles: [role] };
      people.push(person);
      parts.push(person);
    }
  }
  return andList(
    parts.map((p) => (typeof p === "string" ? p : `${p.names} (${andList(p.roles)})`)),
  );
}
