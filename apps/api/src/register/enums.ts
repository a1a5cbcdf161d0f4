import {
  ADMISSION_ROUTES,
  HOSPITAL_SETTINGS,
  REGISTER_RATINGS_INFO,
  REQUEST_STAGES,
  REQUESTERS,
  RISK_FACTORS,
} from "@cetr/domain";
import { builder } from "../schema/builder.js";

/** Enums of the register, setting history and review requests: values are @cetr/domain's. */

export const RegisterRatingEnum = builder.enumType("RegisterRating", {
  description:
    "Register rating (Dynamic Support Register 2023): RED at risk of admission now, AMBER at risk " +
    "without the right support soon, GREEN risks managed at home, BLUE in hospital.",
  values: Object.fromEntries(
    Object.entries(REGISTER_RATINGS_INFO).map(([k, v]) => [
      k,
      { value: k, description: v.meaning },
    ]),
  ) as unknown as Record<
    keyof typeof REGISTER_RATINGS_INFO,
    { value: keyof typeof REGISTER_RATINGS_INFO }
  >,
});

export const RiskFactorEnum = builder.enumType("RiskFactor", {
  description: "Appendix 2: factors that may place someone at risk of admission.",
  values: Object.fromEntries(
    RISK_FACTORS.map((f) => [f.id, { value: f.id, description: f.label }]),
  ) as unknown as Record<
    (typeof RISK_FACTORS)[number]["id"],
    { value: (typeof RISK_FACTORS)[number]["id"] }
  >,
});

export const SettingEventKindEnum = builder.enumType("SettingEventKind", {
  description: "An entry in a person's setting history (§4, §9–§12).",
  values: [
    "COMMUNITY_LIVING",
    "ADMISSION_CONSIDERED",
    "ADMISSION",
    "TRANSFER",
    "HIGHER_SECURITY_MOVE_INTENDED",
    "RESETTLEMENT_PATHWAY",
    "DISCHARGE",
  ] as const,
});

export const AdmissionRouteEnum = builder.enumType("AdmissionRoute", {
  description: "Civil, or via the courts or prison (no community review, §4, §18).",
  values: ADMISSION_ROUTES,
});

export const HospitalSettingEnum = builder.enumType("HospitalSetting", {
  description: "Where someone is admitted decides which reviews apply (§4, §12).",
  values: HOSPITAL_SETTINGS,
});

export const RequesterEnum = builder.enumType("Requester", {
  description: "Who asked for a review (§14, §25).",
  values: REQUESTERS,
});

export const RequestRouteEnum = builder.enumType("RequestRoute", {
  description:
    "How a request travels (§14, Figure 9): to the care coordinator first; safeguarding concerns are acted on at once.",
  values: ["VIA_CARE_COORDINATOR", "DIRECT_TO_COMMISSIONER", "SAFEGUARDING"] as const,
});

export const RequestStageEnum = builder.enumType("RequestStage", {
  description: "Where a review request is on the Figure 9 pathway (§14).",
  values: REQUEST_STAGES,
});

export const DueReviewKindEnum = builder.enumType("DueReviewKind", {
  description: "Which review the scheduler says is due (§9–§12, §14).",
  values: [
    "COMMUNITY_REVIEW",
    "POST_ADMISSION_REVIEW",
    "INPATIENT_REVIEW",
    "HIGHER_SECURITY_REVIEW",
    "REVIEW_ON_REQUEST",
  ] as const,
});

export const DueConditionEnum = builder.enumType("DueCondition", {
  description:
    "BY_DATE when `dueOn` is set; otherwise relative to a future event or agreed locally (§14).",
  values: ["BY_DATE", "BEFORE_ADMISSION", "BEFORE_TRANSFER", "AS_AGREED_LOCALLY"] as const,
});
