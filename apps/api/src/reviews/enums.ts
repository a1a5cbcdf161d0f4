import { builder } from "../schema/builder.js";

/** Enums of the reviews folder (panel, invitations, consent, quality standards). */

export const PanelRoleEnum = builder.enumType("PanelRole", {
  description: "A panel seat (§7.2.1, standard 5.1): exactly one of each.",
  values: ["CHAIR", "EXPERT_BY_EXPERIENCE", "CLINICAL_EXPERT"] as const,
});

export const ChairKindEnum = builder.enumType("ChairKind", {
  description:
    "Who chairs: the commissioner, a representative with delegated authority (§7.2.1), or for a CETR " +
    "a senior local authority manager everyone agreed to (§28).",
  values: ["COMMISSIONER", "DELEGATE", "LOCAL_AUTHORITY_SENIOR_MANAGER"] as const,
});

export const InviteeEnum = builder.enumType("Invitee", {
  description: "Who is invited (§7.2.2, §7.2.7, §29, §33, §36).",
  values: [
    "PERSON",
    "PARENT_CARERS",
    "FAMILY",
    "SIBLINGS",
    "ADVOCATE",
    "RESPONSIBLE_CLINICIAN",
    "NAMED_NURSE",
    "SENIOR_NURSE",
    "CPA_CARE_COORDINATOR",
    "DIRECT_CARE_STAFF",
    "AFTERCARE_TEAM",
    "DISCHARGE_COMMISSIONER",
    "SEN_TEAM",
    "HEAD_TEACHER",
    "RECENT_EDUCATION_PROVIDER",
    "DIRECTOR_OF_CHILDRENS_SERVICES",
    "NAMED_SOCIAL_WORKER",
    "ADULT_SOCIAL_CARE",
    "CAMHS",
    "YOUTH_OFFENDING_TEAM",
    "KEY_HEALTH_PROVIDERS",
    "VOLUNTARY_SECTOR",
  ] as const,
});

export const InvitePriorityEnum = builder.enumType("InvitePriority", {
  description: 'How strongly the policy asks: "must", "should" or "consider".',
  values: ["MUST", "SHOULD", "CONSIDER"] as const,
});

export const InvitationResponseEnum = builder.enumType("InvitationResponse", {
  values: ["PENDING", "ACCEPTED", "DECLINED", "WILL_SEND_VIEWS"] as const,
});

export const AttendanceEnum = builder.enumType("Attendance", {
  values: ["NOT_RECORDED", "IN_PERSON", "REMOTE", "PART", "SENT_VIEWS", "DID_NOT_ATTEND"] as const,
});

export const ConsentPurposeEnum = builder.enumType("ConsentPurpose", {
  description:
    "What a consent decision is for: the review itself, or one information-sharing purpose (§6, §26).",
  values: [
    "REGISTER",
    "REVIEW",
    "SHARE_WITH_PANEL",
    "SHARE_WITH_FAMILY",
    "SHARE_WITH_ADVOCATE",
    "SHARE_WITH_CARE_TEAM",
    "NHS_ENGLAND_MONITORING",
  ] as const,
});

export const ConsentAnswerEnum = builder.enumType("ConsentAnswer", {
  values: ["GIVEN", "REFUSED", "NOT_ASKED"] as const,
});

export const CapacityOutcomeEnum = builder.enumType("CapacityOutcome", {
  description: "The outcome of a capacity assessment for this decision (decision-specific, §6).",
  values: ["HAS_CAPACITY", "LACKS_CAPACITY"] as const,
});

export const QualityStandardStatusEnum = builder.enumType("QualityStandardStatus", {
  description: "Nothing recorded is UNKNOWN, never MET (Appendix 1).",
  values: ["MET", "UNMET", "UNKNOWN"] as const,
});

export const QualityStandardSourceEnum = builder.enumType("QualityStandardSource", {
  description:
    "Where a standard's answer came from: facts in the record (always win), a person's " +
    "assessment (standards the record has no facts for), or nowhere yet.",
  values: {
    RECORD: { description: "Worked out from what is recorded (consent, panel, findings, …)." },
    ASSESSMENT: { description: "Recorded by staff with recordQualityAssessments." },
    NONE: { description: "Nothing recorded: the status is UNKNOWN." },
  } as const,
});
