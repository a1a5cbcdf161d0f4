/** Plain words for triaging a request form (§14, Figure 9) in the console. */

export const STAGE_LABELS: Record<string, string> = {
  RECEIVED: "Received",
  WITH_CARE_COORDINATOR: "With the care coordinator",
  RESOLVED_WITHOUT_REVIEW: "Resolved without a review",
  WITH_COMMISSIONER: "With the commissioner",
  CONVENED: "Review convened",
  DECLINED_BY_COMMISSIONER: "Declined by the commissioner",
  ESCALATED: "Escalated",
};

/** What moving to a stage means, shown under each choice. */
export const STAGE_MOVE_HINTS: Record<string, string> = {
  WITH_CARE_COORDINATOR:
    "The care coordinator looks first and tries to resolve the worry with the requester (§14).",
  RESOLVED_WITHOUT_REVIEW:
    "The worry is sorted out and the requester is content. Say what was done.",
  WITH_COMMISSIONER: "The requester still wants a review: the commissioner decides.",
  CONVENED: "A review is planned in answer. Choose it below.",
  DECLINED_BY_COMMISSIONER: "Say why. The requester can escalate under the local policy.",
  ESCALATED: "The requester is not content with the decision.",
};

/** Stages the pathway waits on someone for: shown as a yellow tag, decisions as grey or green. */
export const STAGE_COLOURS: Record<string, "yellow" | "green" | "grey" | "red"> = {
  RECEIVED: "yellow",
  WITH_CARE_COORDINATOR: "yellow",
  WITH_COMMISSIONER: "yellow",
  ESCALATED: "red",
  RESOLVED_WITHOUT_REVIEW: "grey",
  DECLINED_BY_COMMISSIONER: "grey",
  CONVENED: "green",
};

/** Who a professional's form is recorded as coming from. */
export const PROFESSIONAL_REQUESTERS = [
  { value: "COMMUNITY_TEAM", label: "Community team" },
  { value: "INPATIENT_TEAM", label: "Inpatient (hospital) team" },
  { value: "LOCAL_AUTHORITY", label: "Local authority (children and young people only)" },
  { value: "COMMISSIONER", label: "Commissioner" },
] as const;

/** Stages a request waits on someone in (Figure 9): still open, so it shows on the person's record. */
export const OPEN_STAGES: readonly string[] = [
  "RECEIVED",
  "WITH_CARE_COORDINATOR",
  "WITH_COMMISSIONER",
  "ESCALATED",
];

/** Who asked, as the API records it for a request made without the form (§14). */
export const REQUESTER_LABELS: Record<string, string> = {
  PERSON: "The person themselves",
  FAMILY_OR_CARER: "Family member or carer",
  ADVOCATE: "Advocate",
  COMMISSIONER: "Commissioner",
  INPATIENT_TEAM: "Inpatient (hospital) team",
  COMMUNITY_TEAM: "Community team",
  LOCAL_AUTHORITY: "Local authority",
};

/** How the request came in (Figure 9): safeguarding concerns are acted on at once. */
export const ROUTE_LABELS: Record<string, string> = {
  VIA_CARE_COORDINATOR: "To the care coordinator first",
  DIRECT_TO_COMMISSIONER: "Straight to the commissioner",
  SAFEGUARDING: "Safeguarding: act at once",
};

type StageChange = { stage: string; at: string; by: string | null; note: string | null };

const stageEntry = (change: StageChange): TimelineEntry => ({
  at: change.at,
  who: change.by,
  what: `Moved to: ${STAGE_LABELS[change.stage] ?? change.stage}`,
  detail: change.note,
});

/**
 * The timeline of a request made without the form (through the API, say):
 * its stages, oldest first, the first being the request recorded (by whoever
 * entered it, who need not be the person asking).
 */
export function stageTimeline(stages: readonly StageChange[]): TimelineEntry[] {
  return stages.map((change, index) =>
    index === 0 && change.stage === "RECEIVED"
      ? { ...stageEntry(change), what: "Request recorded" }
      : stageEntry(change),
  );
}

export type TimelineEntry = { at: string; who: string | null; what: string; detail: string | null };

/**
 * Everything that happened to a request, oldest first: the form arriving,
 * each stage, each reply. The request's own first stage repeats the form's
 * arrival, so it is left out.
 */
export function requestTimeline(request: {
  receivedAt: string;
  askedBy: string;
  replies: readonly { channel: string; body: string; sentAt: string; sentBy: string | null }[];
  stages: readonly StageChange[];
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { at: request.receivedAt, who: request.askedBy, what: "Sent the request form", detail: null },
    ...request.stages
      .filter((change, index) => !(index === 0 && change.stage === "RECEIVED"))
      .map(stageEntry),
    ...request.replies.map((reply) => ({
      at: reply.sentAt,
      who: reply.sentBy,
      what: reply.channel === "EMAIL" ? "Emailed the requester" : "Phoned the requester",
      detail: reply.body,
    })),
  ];
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
