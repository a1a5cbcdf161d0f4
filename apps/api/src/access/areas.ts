/**
 * What part of a person's record something belongs to. Every node type names
 * its area (apps/api/src/schema/guarded-node.ts); who may read or change an
 * area is decided below and in access.ts, nowhere else.
 */
export const AREAS = [
  /** Name, date of birth, NHS number, communication needs, the people around them. */
  "PROFILE",
  /** Admissions, transfers, discharges (setting history). */
  "SETTING",
  /** The at-risk register entry, its ratings and risk factors (Appendix 2). */
  "REGISTER",
  /** Requests for a review (§14). */
  "REQUEST",
  /** Reviews: kind, dates, status, panel, invitations. */
  "REVIEW",
  /** Consent decisions (§6, §26). */
  "CONSENT",
  /** The panel's working record: lines of enquiry, evidence, differing opinions (§8). */
  "ENQUIRY",
  /** SMART actions and their updates (§13). */
  "ACTION",
  /** Concerns escalated (§20.3). */
  "ESCALATION",
  /** A sent report (§7.2.18). */
  "REPORT",
  /** A report still being written: staff only. */
  "REPORT_DRAFT",
  /** Discharge plans (Appendix 3). */
  "DISCHARGE",
  /** Submitted one-page profiles and planners. */
  "PLANNER",
  /** Planner drafts: the family's own, until they send them. */
  "PLANNER_DRAFT",
  /** Emergency protocol meetings (§10). */
  "EMERGENCY",
  /** Restricted-patient monitoring (Appendix 6). */
  "RESTRICTED",
  /** Who looked at or changed the record. */
  "AUDIT",
  /** The family's own view: their marks and notes on discharge steps (Leaving Hospital Planner). */
  "FAMILY_VIEW",
] as const;
export type Area = (typeof AREAS)[number];

const all = new Set<Area>(AREAS);

/** The young person themselves, and a parent carer with parental responsibility or the person's consent. */
export const FAMILY_READ = new Set<Area>([
  "PROFILE",
  "SETTING",
  "REQUEST",
  "REVIEW",
  "CONSENT",
  "ACTION",
  "REPORT",
  "DISCHARGE",
  "PLANNER",
  "PLANNER_DRAFT",
  "AUDIT",
  "FAMILY_VIEW",
]);
/**
 * What the family may change: their planners, their own view of discharge steps
 * (never the staff status: those mutations take other inputs), and requests.
 * Agreeing actions is the panel's and staff's (§13), not the family's.
 */
export const FAMILY_WRITE = new Set<Area>(["PLANNER_DRAFT", "FAMILY_VIEW", "REQUEST"]);

/** An advocate sees what the person shared with them (§33): the family's view, without the audit trail. */
export const ADVOCATE_READ = new Set<Area>([...FAMILY_READ].filter((a) => a !== "AUDIT"));
export const ADVOCATE_WRITE = new Set<Area>(["REQUEST"]);

/**
 * A panel member sits on one review (§7.2.1): while they do (consent recorded,
 * report not yet sent) they see the person's profile and submitted planners,
 * and that review's record, and write its lines of enquiry.
 */
export const PANEL_PERSON_READ = new Set<Area>(["PROFILE", "PLANNER"]);
export const PANEL_REVIEW_READ = new Set<Area>(["REVIEW", "ENQUIRY", "ACTION", "CONSENT"]);
export const PANEL_REVIEW_WRITE = new Set<Area>(["ENQUIRY"]);

/** Staff read the whole record of people on their organisations' caseloads. */
export const STAFF_READ = all;
/** Staff read the family's view (to see where it differs) but never write it. */
const staffWritable = new Set<Area>(AREAS.filter((a) => a !== "FAMILY_VIEW"));

/** What each staff role may change (§7, §14, Appendix 3). */
export const STAFF_WRITE: Record<string, ReadonlySet<Area>> = {
  COMMISSIONER: staffWritable,
  CARE_COORDINATOR: staffWritable,
  ADMINISTRATOR: staffWritable,
  SOCIAL_WORKER: new Set(["PROFILE", "REQUEST", "ACTION", "DISCHARGE", "CONSENT"]),
  CLINICIAN: new Set(["PROFILE", "SETTING", "REQUEST", "ACTION", "DISCHARGE", "CONSENT"]),
  DISCHARGE_FACILITATOR: new Set(["DISCHARGE", "ACTION", "SETTING"]),
  EDUCATION_STAFF: new Set(["REQUEST", "ACTION"]),
  EXPERT_BY_EXPERIENCE: new Set(),
  CLINICAL_EXPERT: new Set(),
};

/**
 * OAuth scopes a partner client can be granted, and the areas each opens, on
 * the caseloads of the organisations bound to the client.
 */
export const PARTNER_SCOPES = {
  "people:read": { read: ["PROFILE", "SETTING"], write: [] },
  "people:write": { read: [], write: ["PROFILE", "SETTING"] },
  "register:read": { read: ["REGISTER"], write: [] },
  "register:write": { read: [], write: ["REGISTER"] },
  "requests:read": { read: ["REQUEST"], write: [] },
  "requests:write": { read: [], write: ["REQUEST"] },
  "reviews:read": {
    read: ["REVIEW", "CONSENT", "ENQUIRY", "ACTION", "ESCALATION", "REPORT", "REPORT_DRAFT"],
    write: [],
  },
  "reviews:write": {
    read: [],
    write: ["REVIEW", "CONSENT", "ENQUIRY", "ACTION", "ESCALATION", "REPORT", "REPORT_DRAFT"],
  },
  "discharge:read": { read: ["DISCHARGE", "PLANNER"], write: [] },
  "discharge:write": { read: [], write: ["DISCHARGE"] },
  "restricted:read": { read: ["RESTRICTED", "EMERGENCY"], write: [] },
  "restricted:write": { read: [], write: ["RESTRICTED", "EMERGENCY"] },
} as const satisfies Record<string, { read: readonly Area[]; write: readonly Area[] }>;
export type PartnerScope = keyof typeof PARTNER_SCOPES;
export const isPartnerScope = (s: string): s is PartnerScope => Object.hasOwn(PARTNER_SCOPES, s);

export function partnerAreas(scopes: Iterable<PartnerScope>): {
  read: Set<Area>;
  write: Set<Area>;
} {
  const read = new Set<Area>();
  const write = new Set<Area>();
  for (const scope of scopes) {
    for (const a of PARTNER_SCOPES[scope].read) read.add(a);
    for (const a of PARTNER_SCOPES[scope].write) write.add(a);
  }
  return { read, write };
}
