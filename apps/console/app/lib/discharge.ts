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
