import type { PictogramName } from "@cetr/ui";
import { dateInWords, londonDate } from "../lib/dates";
import type { usePageText } from "../lib/preferences";

type TFunction = ReturnType<typeof usePageText>["t"];

/** One line of a person's audit trail, as the record-views page asks for it. */
export interface TrailEntry {
  at: string;
  actorKind: "USER" | "PARTNER_CLIENT" | "SYSTEM";
  actorName: string;
  actingAs: string;
  actingFor: string | null;
  operation: string;
  outcome: "ALLOWED" | "DENIED";
  targetTypes: string[];
}

const STAFF_ROLES = [
  "COMMISSIONER",
  "CARE_COORDINATOR",
  "CLINICIAN",
  "CLINICAL_EXPERT",
  "EXPERT_BY_EXPERIENCE",
  "SOCIAL_WORKER",
  "EDUCATION_STAFF",
  "DISCHARGE_FACILITATOR",
  "ADMINISTRATOR",
] as const;
/** Family and panel roles, in the order that best describes someone who holds several. */
const OTHER_ROLES = ["SELF", "PARENT_CARER", "OTHER_FAMILY", "ADVOCATE", "PANEL"] as const;
const THINGS = [
  "Person",
  "Review",
  "Action",
  "ActionUpdate",
  "EnquiryFinding",
  "Escalation",
  "Report",
  "ConsentRecord",
  "DischargePlan",
  "PlannerDocument",
  "SettingEvent",
  "RestrictedPatientMonitoring",
  "AuditTrail",
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Whose record it is, for "your reviews" or "Pat's reviews". */
export interface Owner {
  isYou: boolean;
  name: string;
}

/**
 * "2:15pm" in London: GOV.UK style (12-hour, no space, lower case), from the
 * locale's own parts so other languages keep their own order.
 */
export function timeInWords(instant: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h12",
    timeZone: "Europe/London",
  }).formatToParts(new Date(instant));
  return parts
    .filter((p, i) => !(p.type === "literal" && parts[i + 1]?.type === "dayPeriod"))
    .map((p) => (p.type === "dayPeriod" ? p.value.toLowerCase().replace(/\./g, "") : p.value))
    .join("");
}

/** "Tuesday 3 March at 2:15pm": the London calendar day and time of an instant. */
export function whenInWords(t: TFunction, instant: string, locale: string, now = new Date()) {
  return t("recordViews.when", {
    date: dateInWords(londonDate(new Date(instant)), locale, now),
    time: timeInWords(instant, locale),
  });
}

function who(t: TFunction, entry: TrailEntry): string {
  if (entry.actorKind === "PARTNER_CLIENT")
    return t("recordViews.who.partner", { name: entry.actorName });
  if (entry.actorKind === "SYSTEM") {
    return entry.actingAs === "anonymous"
      ? t("recordViews.who.anonymous")
      : t("recordViews.who.system");
  }
  const roles = entry.actingAs.split(",");
  const staffRole = roles
    .filter((r) => r.startsWith("STAFF:"))
    .map((r) => r.slice("STAFF:".length))[0];
  if (staffRole !== undefined) {
    const role = isOneOf(STAFF_ROLES, staffRole)
      ? t(`recordViews.roles.${staffRole}`)
      : t("recordViews.roles.staff");
    return entry.actingFor
      ? t("recordViews.who.staffAt", {
          name: entry.actorName,
          role,
          organisation: entry.actingFor,
        })
      : t("recordViews.who.named", { name: entry.actorName, role });
  }
  const other = OTHER_ROLES.find((r) => roles.includes(r));
  const role = other ? t(`recordViews.roles.${other}`) : t("recordViews.roles.staff");
  return t("recordViews.who.named", { name: entry.actorName, role });
}

function things(t: TFunction, entry: TrailEntry, owner: Owner, locale: string): string {
  const words = [
    ...new Set(
      entry.targetTypes.map((type) =>
        isOneOf(THINGS, type) ? t(`recordViews.things.${type}`) : t("recordViews.things.other"),
      ),
    ),
  ];
  if (words.length === 0) words.push(t("recordViews.things.other"));
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(words);
  return owner.isYou
    ? t("recordViews.owner.yours", { things: list })
    : t("recordViews.owner.named", { name: owner.name, things: list });
}

function did(t: TFunction, entry: TrailEntry, what: string): string {
  const look = entry.operation === "read" || entry.operation.startsWith("read:");
  if (entry.outcome === "DENIED") {
    return look
      ? t("recordViews.did.triedToLook", { things: what })
      : t("recordViews.did.triedToChange", { things: what });
  }
  return look
    ? t("recordViews.did.looked", { things: what })
    : t("recordViews.did.changed", { things: what });
}

/**
 * One entry in plain words, e.g. "Grace Holt, a commissioner at Northshire
 * ICB, looked at your reviews on Tuesday 3 March at 2:15pm." The wording is
 * the portal's (in the reader's register and language), built from the
 * API's structured fields rather than its English summary.
 */
export function entryInWords(
  t: TFunction,
  entry: TrailEntry,
  owner: Owner,
  locale: string,
  now = new Date(),
): string {
  const sentence = t("recordViews.sentence", {
    who: who(t, entry),
    did: did(t, entry, things(t, entry, owner, locale)),
    when: whenInWords(t, entry.at, locale, now),
  });
  return entry.outcome === "DENIED" ? `${sentence} ${t("recordViews.refused")}` : sentence;
}

/** The picture beside an entry in easy read: who it was. */
export function entryPicture(entry: TrailEntry): PictogramName {
  if (entry.actorKind === "PARTNER_CLIENT") return "report";
  if (entry.actorKind === "SYSTEM") return entry.actingAs === "anonymous" ? "question" : "clock";
  const roles = entry.actingAs.split(",");
  // An action's owner is staff who may see only that action (ADR 0041).
  if (roles.some((r) => r.startsWith("STAFF:") || r === "ACTION_OWNER")) return "nameBadge";
  if (roles.includes("ADVOCATE")) return "advocate";
  if (roles.includes("SELF")) return "person";
  return "family";
}

/**
 * Consecutive entries that read the same (one page load often records several
 * looks within the same minute) shown once, with how many times.
 */
export function groupRepeats<T>(items: readonly T[], key: (item: T) => string) {
  const groups: { item: T; count: number }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && key(last.item) === key(item)) last.count += 1;
    else groups.push({ item, count: 1 });
  }
  return groups;
}
