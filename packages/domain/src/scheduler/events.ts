/**
 * Where someone is admitted decides which reviews apply (§4, §12): secure
 * settings review adults yearly, non-secure every six months, a planned acute
 * crisis admission only at six months, a general hospital never.
 */
export const HOSPITAL_SETTINGS = [
  "LD_MH_NON_SECURE",
  "LOW_SECURE",
  "MEDIUM_SECURE",
  "HIGH_SECURE",
  "ACUTE_MH_PLANNED_CRISIS",
  "GENERAL_HOSPITAL_PHYSICAL",
] as const;
export type HospitalSetting = (typeof HOSPITAL_SETTINGS)[number];

/** Courts and prison admissions skip the community review (§4, §18). */
export const ADMISSION_ROUTES = ["CIVIL", "CRIMINAL_JUSTICE"] as const;
export type AdmissionRoute = (typeof ADMISSION_ROUTES)[number];

export const HELD_REVIEW_KINDS = [
  "COMMUNITY",
  "POST_ADMISSION",
  "INPATIENT",
  "HIGHER_SECURITY",
  "ON_REQUEST",
] as const;
export type HeldReviewKind = (typeof HELD_REVIEW_KINDS)[number];

export const ACCESS_URGENCIES = ["EMERGENCY", "URGENT", "ROUTINE"] as const;
export type AccessUrgency = (typeof ACCESS_URGENCIES)[number];

export const REGISTER_RATINGS = ["RED", "AMBER", "GREEN", "BLUE"] as const;
export type RegisterRating = (typeof REGISTER_RATINGS)[number];

export const REVIEW_OUTCOMES = [
  "READY_FOR_DISCHARGE",
  /** Appendix 6: care and treatment can be provided in a less restrictive environment. */
  "LESS_RESTRICTIVE_SETTING",
  "CONTINUE_CURRENT_CARE",
  "ADMISSION_RECOMMENDED",
  "ADMISSION_NOT_NEEDED",
] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

interface Base {
  /** The caller's id for the event, echoed back in errors so a form can point at it. */
  id?: string;
  date: string;
}

export type PathwayEvent =
  | (Base & { kind: "COMMUNITY_LIVING" })
  | (Base & { kind: "REGISTER_ENTRY"; rating: RegisterRating })
  | (Base & { kind: "ADMISSION_CONSIDERED"; route?: AdmissionRoute })
  | (Base & { kind: "EMERGENCY_PROTOCOL_MEETING" })
  | (Base & {
      kind: "ADMISSION";
      route: AdmissionRoute;
      setting: HospitalSetting;
      restricted?: boolean;
    })
  | (Base & { kind: "TRANSFER"; setting: HospitalSetting })
  | (Base & { kind: "HIGHER_SECURITY_MOVE_INTENDED" })
  | (Base & {
      kind: "RESETTLEMENT_PATHWAY";
      housingInPlace: boolean;
      careProviderInPlace: boolean;
      clearDischargePlan: boolean;
      dischargeDateIdentified: boolean;
      anyPartyDissatisfied: boolean;
    })
  | (Base & { kind: "DISCHARGE" })
  | (Base & { kind: "REVIEW_HELD"; reviewKind: HeldReviewKind; outcome?: ReviewOutcome })
  | (Base & {
      /**
       * A request for a review that the commissioner agreed to (convened, §14; §25 Figure 9 for
       * children): `date` is the day it was convened, which is when the review became due.
       */
      kind: "REVIEW_REQUESTED";
      /** When the person or someone for them asked, if known: told in the reason, not a clock. */
      requestedOn?: string;
    })
  | (Base & { kind: "REPORT_SENT" })
  | (Base & { kind: "TREATMENT_PLAN_SHARED" })
  | (Base & { kind: "COMMUNITY_VISIT" })
  | (Base & { kind: "ACCESS_REFERRAL"; urgency: AccessUrgency })
  | (Base & { kind: "ACCESS_RESPONSE" })
  | (Base & { kind: "ACCESS_ASSESSMENT" })
  | (Base & { kind: "MOJ_CONTACTED" });

export type PathwayEventKind = PathwayEvent["kind"];

export const PATHWAY_EVENT_KINDS: readonly PathwayEventKind[] = [
  "COMMUNITY_LIVING",
  "REGISTER_ENTRY",
  "ADMISSION_CONSIDERED",
  "EMERGENCY_PROTOCOL_MEETING",
  "ADMISSION",
  "TRANSFER",
  "HIGHER_SECURITY_MOVE_INTENDED",
  "RESETTLEMENT_PATHWAY",
  "DISCHARGE",
  "REVIEW_HELD",
  "REVIEW_REQUESTED",
  "REPORT_SENT",
  "TREATMENT_PLAN_SHARED",
  "COMMUNITY_VISIT",
  "ACCESS_REFERRAL",
  "ACCESS_RESPONSE",
  "ACCESS_ASSESSMENT",
  "MOJ_CONTACTED",
];

const SECURITY: Record<HospitalSetting, number> = {
  GENERAL_HOSPITAL_PHYSICAL: 0,
  ACUTE_MH_PLANNED_CRISIS: 0,
  LD_MH_NON_SECURE: 0,
  LOW_SECURE: 1,
  MEDIUM_SECURE: 2,
  HIGH_SECURE: 3,
};

/** Relative security: a move up this scale triggers a review (§4). */
export function securityLevel(setting: HospitalSetting): number {
  return SECURITY[setting];
}

export function isSecureSetting(setting: HospitalSetting): boolean {
  return SECURITY[setting] > 0;
}
