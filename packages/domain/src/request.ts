import type { RuleReason } from "./errors.js";

/**
 * Asking for a review (§14, §25, Figure 9). A request goes to the care
 * coordinator first, who tries to resolve the concern; if the requester
 * still wants a review, the commissioner decides. It is never a complaint.
 */
export const REQUESTERS = [
  "PERSON",
  "FAMILY_OR_CARER",
  "COMMISSIONER",
  "ADVOCATE",
  "INPATIENT_TEAM",
  "COMMUNITY_TEAM",
  "LOCAL_AUTHORITY",
] as const;
export type Requester = (typeof REQUESTERS)[number];

export const REQUEST_STAGES = [
  "RECEIVED",
  "WITH_CARE_COORDINATOR",
  "RESOLVED_WITHOUT_REVIEW",
  "WITH_COMMISSIONER",
  "CONVENED",
  "DECLINED_BY_COMMISSIONER",
  "ESCALATED",
] as const;
export type RequestStage = (typeof REQUEST_STAGES)[number];

export const REQUEST_TRANSITIONS: Readonly<Record<RequestStage, readonly RequestStage[]>> = {
  RECEIVED: ["WITH_CARE_COORDINATOR"],
  WITH_CARE_COORDINATOR: ["RESOLVED_WITHOUT_REVIEW", "WITH_COMMISSIONER"],
  // Resolved only while the requester is content: if not, the coordinator passes it on (§14).
  RESOLVED_WITHOUT_REVIEW: ["WITH_COMMISSIONER"],
  WITH_COMMISSIONER: ["CONVENED", "DECLINED_BY_COMMISSIONER"],
  CONVENED: [],
  // A dissatisfied requester can escalate under the local policy (§14).
  DECLINED_BY_COMMISSIONER: ["ESCALATED"],
  ESCALATED: ["CONVENED", "DECLINED_BY_COMMISSIONER"],
};

export interface ReviewRequestInput {
  requester: Requester;
  personAge: number;
  /** "Subject to necessary consent" (§14): the person (or their consent basis) agrees to a review being asked for. */
  consentBasisForRequest: boolean;
  /** Safeguarding concerns are acted on at once (Figure 9). */
  safeguardingConcern?: boolean;
  /** Whether the person is in hospital or in the community (both allowed, §14). */
  inHospital?: boolean;
}

export interface RequestRouting {
  accepted: boolean;
  /** Always the CPA care coordinator (or keyworker) first. */
  routedTo: "CARE_COORDINATOR";
  /** A request is handled on the review pathway, never through complaints (§14 note). */
  channel: "REVIEW_REQUEST";
  treatAsComplaint: false;
  actImmediatelyOnSafeguarding: boolean;
  reasons: RuleReason[];
}

/** Checks who is asking and routes the request; lists every reason it cannot be accepted. */
export function routeReviewRequest(input: ReviewRequestInput): RequestRouting {
  const reasons: RuleReason[] = [];
  if (input.requester === "LOCAL_AUTHORITY" && input.personAge >= 18)
    reasons.push({
      code: "REQUESTER_NOT_ENTITLED",
      rule: "REQUESTER_LOCAL_AUTHORITY_CHILDREN",
      section: "§25; Figure 9",
      message:
        "The local authority may request a CETR for a child or young person; for an adult, ask the care coordinator or commissioner",
      field: "requester",
    });
  if (input.requester !== "PERSON" && !input.consentBasisForRequest)
    reasons.push({
      code: "NO_CONSENT_BASIS",
      rule: "REQUEST_CONSENT",
      section: "§14",
      message: "Requests are subject to the person's consent (or a best-interests decision)",
      field: "consentBasisForRequest",
    });
  return {
    accepted: reasons.length === 0,
    routedTo: "CARE_COORDINATOR",
    channel: "REVIEW_REQUEST",
    treatAsComplaint: false,
    actImmediatelyOnSafeguarding: input.safeguardingConcern === true,
    reasons,
  };
}

/** Moves a request along Figure 9; refuses moves the pathway does not have. */
export function advanceRequest(
  from: RequestStage,
  to: RequestStage,
): { ok: true; stage: RequestStage } | { ok: false; stage: RequestStage; reasons: RuleReason[] } {
  if (REQUEST_TRANSITIONS[from].includes(to)) return { ok: true, stage: to };
  return {
    ok: false,
    stage: from,
    reasons: [
      {
        code: "TRANSITION_NOT_ALLOWED",
        rule: "REQUEST_PATHWAY",
        section: "§14; Figure 9",
        message: `A request cannot go from ${from} to ${to}`,
        field: null,
      },
    ],
  };
}
