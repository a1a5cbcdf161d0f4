/** Plain words for the API's codes on the pages for running a review. */

export const REVIEW_FORMAT_LABELS: Record<string, string> = {
  IN_PERSON: "In person",
  VIDEO: "Video call",
  PHONE: "Phone call",
  HYBRID: "In person, with some people joining online",
};

/** The scheduler's names for the review kinds (Person.dueReviews), by Review.kind. */
export const DUE_KIND_OF: Record<string, string> = {
  POST_ADMISSION: "POST_ADMISSION_REVIEW",
  INPATIENT: "INPATIENT_REVIEW",
  COMMUNITY: "COMMUNITY_REVIEW",
  ON_REQUEST: "REVIEW_ON_REQUEST",
  HIGHER_SECURITY: "HIGHER_SECURITY_REVIEW",
};

export const PANEL_ROLE_LABELS: Record<string, string> = {
  CHAIR: "Chair",
  EXPERT_BY_EXPERIENCE: "Expert by experience",
  CLINICAL_EXPERT: "Clinical expert",
};

export const PANEL_ROLE_HINTS: Record<string, string> = {
  CHAIR: "Usually the commissioner, who runs the meeting and owns what happens next",
  EXPERT_BY_EXPERIENCE:
    "Someone with lived experience of services, or a family member of someone who has",
  CLINICAL_EXPERT: "A clinician independent of the person's care",
};

export const CHAIR_KIND_LABELS: Record<string, string> = {
  COMMISSIONER: "The commissioner",
  DELEGATE: "Someone the commissioner has delegated to",
  LOCAL_AUTHORITY_SENIOR_MANAGER: "A local authority senior manager (under 18s only)",
};

/** Staff roles of the people who can be offered a seat. */
export const STAFF_ROLE_LABELS: Record<string, string> = {
  COMMISSIONER: "commissioner",
  EXPERT_BY_EXPERIENCE: "expert by experience",
  CLINICAL_EXPERT: "clinical expert",
};

/** The seat a candidate's staff role suggests. */
export const SEAT_FOR_ROLE: Record<string, string> = {
  COMMISSIONER: "CHAIR",
  EXPERT_BY_EXPERIENCE: "EXPERT_BY_EXPERIENCE",
  CLINICAL_EXPERT: "CLINICAL_EXPERT",
};

export const INVITEE_LABELS: Record<string, string> = {
  PERSON: "The person the review is about",
  PARENT_CARERS: "Parent carers",
  FAMILY: "Family",
  SIBLINGS: "Brothers and sisters",
  ADVOCATE: "Advocate",
  RESPONSIBLE_CLINICIAN: "Responsible clinician",
  CPA_CARE_COORDINATOR: "Care coordinator",
  NAMED_NURSE: "Named nurse",
  SENIOR_NURSE: "Senior nurse",
  DIRECT_CARE_STAFF: "Staff who support them day to day",
  NAMED_SOCIAL_WORKER: "Social worker",
  ADULT_SOCIAL_CARE: "Adult social care",
  DIRECTOR_OF_CHILDRENS_SERVICES: "Director of children's services",
  HEAD_TEACHER: "Head teacher",
  RECENT_EDUCATION_PROVIDER: "School or college they went to recently",
  SEN_TEAM: "Special educational needs team",
  CAMHS: "Children and young people's mental health service",
  YOUTH_OFFENDING_TEAM: "Youth offending team",
  KEY_HEALTH_PROVIDERS: "Other health services involved",
  AFTERCARE_TEAM: "Aftercare team",
  DISCHARGE_COMMISSIONER: "Commissioner for their discharge",
  VOLUNTARY_SECTOR: "Voluntary or community organisations",
};

export const INVITE_PRIORITY_LABELS: Record<string, string> = {
  MUST: "Must be invited",
  SHOULD: "Should be invited",
  CONSIDER: "Think about inviting",
};

export const RESPONSE_LABELS: Record<string, string> = {
  PENDING: "No reply yet",
  ACCEPTED: "Coming",
  DECLINED: "Not coming",
  WILL_SEND_VIEWS: "Not coming, will send their views",
};

export const ATTENDANCE_LABELS: Record<string, string> = {
  NOT_RECORDED: "Not recorded yet",
  IN_PERSON: "Came in person",
  REMOTE: "Joined by video or phone",
  PART: "Came for part of it",
  SENT_VIEWS: "Sent their views",
  DID_NOT_ATTEND: "Did not come",
};

export const CONSENT_PURPOSE_LABELS: Record<string, string> = {
  REVIEW: "Having the review",
  SHARE_WITH_PANEL: "Sharing their information with the panel",
  SHARE_WITH_CARE_TEAM: "Sharing their information with the care team",
  SHARE_WITH_FAMILY: "Sharing their information with family",
  SHARE_WITH_ADVOCATE: "Sharing their information with an advocate",
  REGISTER: "Being on the dynamic support register",
  NHS_ENGLAND_MONITORING: "Being counted in NHS England's returns",
};

export const CONSENT_ANSWER_LABELS: Record<string, string> = {
  GIVEN: "Agreed",
  REFUSED: "Said no",
  NOT_ASKED: "Not asked yet",
};

export const CAPACITY_LABELS: Record<string, string> = {
  HAS_CAPACITY: "Has capacity to make this decision",
  LACKS_CAPACITY: "Lacks capacity to make this decision",
};

/** What marking the review as each state means, as a choice on the "move it on" form. */
export const MOVE_LABELS: Record<string, string> = {
  CONSENT_PENDING: "Waiting for consent: we are asking the person",
  SCHEDULED: "Scheduled: consent is in place and the date is fixed",
  HELD: "Mark as held: the review meeting has taken place",
  REPORT_DRAFTED: "Report written",
  REPORT_SENT: "Report sent to everyone who should have it",
  FOLLOW_UP: "Following up the actions",
  CLOSED: "Closed: every action is done or explained",
  DECLINED: "Declined: the person said no to a review",
  WITHDRAWN: "Withdrawn: the review is no longer needed",
  EXEMPT: "Exempt: one of the policy's exceptions applies (§4)",
};

/** Moves that end the review, or need a reason given with them. */
export const MOVES_NEEDING_REASON = new Set(["CLOSED", "DECLINED", "WITHDRAWN", "EXEMPT"]);

/** "The panel has no chair (§7.2.1; standard 5.1)": a rule's words with where the policy says so. */
export const withSection = (b: { message: string; section: string }) =>
  `${b.message} (${b.section})`;
