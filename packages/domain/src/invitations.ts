/**
 * Who to invite (§7.2.2, §7.2.7, §7.2.11, §7.2.13, §18, §29, §33, §36). Each
 * invitee carries how strongly the policy asks ("must", "should", "consider")
 * and why, so the organiser can explain every invitation.
 */
export type InvitePriority = "MUST" | "SHOULD" | "CONSIDER";

export type Invitee =
  | "PERSON"
  | "PARENT_CARERS"
  | "FAMILY"
  | "SIBLINGS"
  | "ADVOCATE"
  | "RESPONSIBLE_CLINICIAN"
  | "NAMED_NURSE"
  | "SENIOR_NURSE"
  | "CPA_CARE_COORDINATOR"
  | "DIRECT_CARE_STAFF"
  | "AFTERCARE_TEAM"
  | "DISCHARGE_COMMISSIONER"
  | "SEN_TEAM"
  | "HEAD_TEACHER"
  | "RECENT_EDUCATION_PROVIDER"
  | "DIRECTOR_OF_CHILDRENS_SERVICES"
  | "NAMED_SOCIAL_WORKER"
  | "ADULT_SOCIAL_CARE"
  | "CAMHS"
  | "YOUTH_OFFENDING_TEAM"
  | "KEY_HEALTH_PROVIDERS"
  | "VOLUNTARY_SECTOR";

export interface InvitationContext {
  age: number;
  inpatient: boolean;
  /** EHC plan in place or an EHC needs assessment under way. */
  ehcPlanOrAssessment: boolean;
  educationSetting: "SCHOOL" | "COLLEGE" | "OUT_OF_EDUCATION" | "NONE";
  childrensSocialCareInvolved: boolean;
  namedSocialWorker: boolean;
  knownToYouthOffendingTeam: boolean;
  advocateInvolved: boolean;
  camhsInvolved: boolean;
  hasSiblings: boolean;
  /** §7.2.11: family take part unless they do not wish to or the person has not consented. */
  familyInvolvementConsented?: boolean;
  /** §29: exceptional circumstances or safeguarding reasons to exclude parent carers, clearly noted. */
  parentCarerExclusionNoted?: boolean;
  keyHealthProvidersInvolved?: boolean;
  voluntarySectorInvolved?: boolean;
}

export interface Invitation {
  invitee: Invitee;
  priority: InvitePriority;
  rule: string;
  section: string;
  reason: string;
}

/** Everyone who must, should or could be invited, with the reason for each. */
export function invitationsFor(ctx: InvitationContext): Invitation[] {
  const out: Invitation[] = [];
  const add = (
    invitee: Invitee,
    priority: InvitePriority,
    rule: string,
    section: string,
    reason: string,
  ) => out.push({ invitee, priority, rule, section, reason });
  const child = ctx.age < 18;

  if (child) {
    add(
      "PERSON",
      "MUST",
      "CHILD_CONTRIBUTES",
      "§29",
      "The child or young person should always contribute to, or where appropriate attend, the review",
    );
    if (!ctx.parentCarerExclusionNoted)
      add(
        "PARENT_CARERS",
        "MUST",
        "PARENT_CARERS",
        "§29",
        "Parent carers (or those with parental responsibility) should always be part of the review",
      );
    if (ctx.hasSiblings)
      add(
        "SIBLINGS",
        "CONSIDER",
        "SIBLINGS",
        "§29",
        "Siblings can bring a unique perspective; consider involving them",
      );
    if (ctx.ehcPlanOrAssessment)
      add(
        "SEN_TEAM",
        "MUST",
        "SEN_TEAM_EHC",
        "§29; §18",
        "There is an EHC plan or assessment: the local authority's SEN team must be invited, as they decide on provision",
      );
    if (ctx.educationSetting === "SCHOOL" || ctx.educationSetting === "COLLEGE")
      add(
        "HEAD_TEACHER",
        "SHOULD",
        "HEAD_TEACHER",
        "§29",
        `The ${ctx.educationSetting === "SCHOOL" ? "school's" : "college's"} head teacher should be invited`,
      );
    else
      add(
        "RECENT_EDUCATION_PROVIDER",
        "SHOULD",
        "RECENT_EDUCATION_PROVIDER",
        "§29",
        "Out of school: invite the most recent education provider or school",
      );
    if (ctx.childrensSocialCareInvolved)
      add(
        "DIRECTOR_OF_CHILDRENS_SERVICES",
        "MUST",
        "DCS_SOCIAL_CARE_INVOLVED",
        "§29; §18",
        "Children's social care are involved and the local authority's social care team has to be represented: invite the director of children's services",
      );
    else
      add(
        "DIRECTOR_OF_CHILDRENS_SERVICES",
        "SHOULD",
        "DCS",
        "§29",
        "The request to attend goes to the director of children's services (someone senior enough to decide on provision)",
      );
    if (ctx.namedSocialWorker)
      add(
        "NAMED_SOCIAL_WORKER",
        "SHOULD",
        "NAMED_SOCIAL_WORKER",
        "§29",
        "Invite the named social worker involved with the family as well as the director of children's services",
      );
    if (ctx.age >= 16)
      add(
        "ADULT_SOCIAL_CARE",
        "SHOULD",
        "ADULT_SOCIAL_CARE_FROM_16",
        "§29",
        "From 16, transition to adult services begins: invite adult social care as well as children's social care",
      );
    else if (ctx.ehcPlanOrAssessment && ctx.age >= 13)
      add(
        "ADULT_SOCIAL_CARE",
        "CONSIDER",
        "PREPARING_FOR_ADULTHOOD",
        "§29",
        "With an EHC plan, adult social care become aware from year 9 as the young person prepares for adulthood",
      );
    if (ctx.camhsInvolved)
      add(
        "CAMHS",
        "SHOULD",
        "CAMHS",
        "§29",
        "Everyone involved from CYPMHS/CAMHS should be invited",
      );
    if (ctx.knownToYouthOffendingTeam)
      add(
        "YOUTH_OFFENDING_TEAM",
        "SHOULD",
        "YOT",
        "§29; §36",
        "Known to the youth offending service: invite the involved YOT professional directly (a DCS invitation does not reach them)",
      );
    if (ctx.inpatient) {
      add(
        "RESPONSIBLE_CLINICIAN",
        "MUST",
        "RC_INPATIENT_CHILD",
        "§29; §30.2.6",
        "Admitted: the responsible clinician should be present",
      );
      add(
        "SENIOR_NURSE",
        "MUST",
        "SENIOR_NURSE_CHILD",
        "§29",
        "Admitted: the senior nurse should be present",
      );
    }
    if (ctx.keyHealthProvidersInvolved)
      add(
        "KEY_HEALTH_PROVIDERS",
        "SHOULD",
        "KEY_HEALTH_PROVIDERS",
        "§29",
        "Community paediatricians, LD services, OT and speech and language therapists hold essential information",
      );
    if (ctx.voluntarySectorInvolved)
      add(
        "VOLUNTARY_SECTOR",
        "CONSIDER",
        "VOLUNTARY_SECTOR",
        "§29",
        "Voluntary sector providers supporting the family may help",
      );
  } else {
    add(
      "PERSON",
      "MUST",
      "MEET_PERSON",
      "§7.2.10",
      "Reviewers meet the person, somewhere they feel comfortable, with support of their choice",
    );
    if (ctx.familyInvolvementConsented !== false)
      add(
        "FAMILY",
        "SHOULD",
        "MEET_FAMILY",
        "§7.2.11",
        "Reviewers meet family unless they do not wish to take part or the person has not consented",
      );
    if (ctx.inpatient) {
      add(
        "RESPONSIBLE_CLINICIAN",
        "MUST",
        "RC_PRESENT",
        "§7.2.7",
        "It is essential the responsible clinician is present",
      );
      add(
        "NAMED_NURSE",
        "MUST",
        "NAMED_NURSE_PRESENT",
        "§7.2.7",
        "It is essential the named nurse is present",
      );
      add(
        "DIRECT_CARE_STAFF",
        "SHOULD",
        "DIRECT_CARE_STAFF",
        "§7.2.7",
        "Direct care staff who know the person best should be present",
      );
      add(
        "AFTERCARE_TEAM",
        "SHOULD",
        "AFTERCARE_TEAM",
        "§7.2.13",
        "Members of the aftercare team (community psychiatrist, nurse, social worker) should be interviewed",
      );
    }
    if (ctx.namedSocialWorker)
      add(
        "NAMED_SOCIAL_WORKER",
        "SHOULD",
        "SOCIAL_WORKER",
        "§7.2.13; standard 4.3",
        "People who support or will support the person, including the local authority, take part",
      );
  }
  add(
    "CPA_CARE_COORDINATOR",
    "MUST",
    "CARE_COORDINATOR_PRESENT",
    "§7.2.7",
    "It is essential the CPA care coordinator is present",
  );
  add(
    "DISCHARGE_COMMISSIONER",
    "SHOULD",
    "AFTER_DISCHARGE_COMMISSIONER",
    "§7.2.2",
    "The commissioner responsible after discharge, with local authority colleagues, should be involved",
  );
  if (ctx.advocateInvolved)
    add(
      "ADVOCATE",
      "SHOULD",
      "ADVOCATE",
      child ? "§29; §33" : "§7.2.7; §33",
      "Any advocate involved with the person should be invited",
    );
  return out;
}
