import { testRangeNhsNumber } from "@cetr/domain";
import { at, day, dischargePlanChecklist } from "./factories.js";
import type { Prisma, PrismaClient } from "./generated/prisma/client.js";

/**
 * DEMO DATA — every person here is fictional. Names were made up for this
 * project; NHS numbers are from the 999 test range, which is never issued.
 */
const DEMO_PEOPLE: Array<
  [
    name: string,
    preferredName: string | null,
    dateOfBirth: string,
    diagnosis: Prisma.PersonCreateInput["diagnosis"],
  ]
> = [
  ["Alex Morgan", "Alex", "2010-03-14", "AUTISM"],
  ["Bethany Okafor", "Beth", "2008-07-02", "LEARNING_DISABILITY"],
  ["Callum Reid", null, "1998-11-23", "BOTH"],
  ["Daniyal Hussain", "Dan", "2011-01-30", "AUTISM"],
  ["Ellie Fraser", null, "2007-05-09", "BOTH"],
  ["Farah Begum", null, "1989-09-17", "LEARNING_DISABILITY"],
  ["George Whitfield", "Georgie", "2012-12-05", "AUTISM"],
  ["Hannah Kowalski", null, "2006-02-21", "AUTISM"],
  ["Isaac Mensah", "Ike", "1994-06-11", "LEARNING_DISABILITY"],
  ["Jasmine Patel", "Jas", "2009-08-28", "BOTH"],
  ["Kai Thompson", null, "2013-04-16", "AUTISM"],
  ["Leah Campbell", null, "2001-10-04", "LEARNING_DISABILITY"],
  ["Mohammed Rahman", "Mo", "2005-03-27", "AUTISM"],
  ["Niamh O'Connell", null, "1996-12-19", "BOTH"],
  ["Oliver Brennan", "Olly", "2010-09-08", "LEARNING_DISABILITY"],
  ["Priya Sharma", null, "2008-01-12", "AUTISM"],
  ["Quinn Adeyemi", null, "1991-07-25", "AUTISM"],
  ["Rosie Llewellyn", null, "2011-06-03", "BOTH"],
  ["Samuel Achterberg", "Sam", "2004-11-15", "LEARNING_DISABILITY"],
  ["Tia Robinson", null, "2012-02-29", "AUTISM"],
  ["Umar Farouk", null, "1987-04-07", "LEARNING_DISABILITY"],
  ["Violet Hughes", "Vi", "2009-10-21", "BOTH"],
  ["William Osei", "Will", "2007-08-13", "AUTISM"],
  ["Zara Nowak", null, "2002-05-30", "LEARNING_DISABILITY"],
];

export const DEMO_PEOPLE_COUNT = DEMO_PEOPLE.length;

/**
 * The demo story is told as of this date: "today" for the console and portal
 * demos and for the seed's tests (the overdue action is overdue on it). All
 * dates below are fixed, so the story reads the same on every fresh start.
 */
export const DEMO_REFERENCE_DATE = "2026-11-23";

/** Who is where in the FICTIONAL demo story (indexes into the 24 demo people). */
export const DEMO_STORY = {
  /** Alex Morgan, 16: register RED (history GREEN → AMBER → RED), community CETR scheduled. */
  communityReview: 0,
  /** Bethany Okafor, 18: register AMBER; her mother asked for a review (with the care coordinator). */
  registerAmber: 1,
  /** Callum Reid, 27: inpatient CTR held, report sent, three SMART actions (one overdue). */
  inpatientHeld: 2,
  /** Daniyal Hussain, 15: emergency protocol meeting, admitted, awaiting a post-admission CETR. */
  awaitingPostAdmission: 3,
  /** Ellie Fraser, 19: preparing to leave hospital, with a discharge plan. */
  leavingHospital: 4,
  /** Isaac Mensah, 32: restricted patient (s37/41), with an Appendix 6 monitoring row. */
  restricted: 8,
} as const;

/** What the story needs to know about its people, written with them in one insert. */
const DEMO_PERSON_DETAILS: Partial<Record<number, Partial<Prisma.PersonCreateManyInput>>> = {
  [DEMO_STORY.communityReview]: {
    communicationNeeds: "Prefers short written questions; needs time to answer",
    reasonableAdjustments: "Quiet room, breaks every 30 minutes, no more than six people",
    preferredFormat: "EASY_READ",
    ehcPlan: "IN_PLACE",
    legalStatus: "INFORMAL",
  },
  [DEMO_STORY.awaitingPostAdmission]: {
    legalStatus: "DETAINED_MHA",
    mentalHealthActSection: "S2",
    interpreterNeed: "SPOKEN_LANGUAGE",
    preferredLanguage: "ur",
  },
  [DEMO_STORY.inpatientHeld]: {
    legalStatus: "DETAINED_MHA",
    mentalHealthActSection: "S3",
    otherDiagnoses: ["Anxiety"],
  },
  [DEMO_STORY.leavingHospital]: {
    legalStatus: "DETAINED_MHA",
    mentalHealthActSection: "S3",
    interpreterNeed: "BSL",
  },
  [DEMO_STORY.restricted]: {
    legalStatus: "DETAINED_MHA",
    mentalHealthActSection: "S37_41",
    mojRestricted: true,
  },
};

/**
 * Seeds the FICTIONAL demo data into an empty database; does nothing otherwise.
 * Every person, organisation, member of staff and event here is made up.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  if ((await prisma.person.count()) > 0) return { seeded: false };
  await prisma.$transaction(
    async (tx) => {
      const people = await tx.person.createManyAndReturn({
        data: DEMO_PEOPLE.map(([name, preferredName, dateOfBirth, diagnosis], i) => ({
          name,
          preferredName,
          dateOfBirth: day(dateOfBirth),
          nhsNumber: testRangeNhsNumber(i),
          diagnosis,
          ...DEMO_PERSON_DETAILS[i],
        })),
        select: { id: true, nhsNumber: true },
      });
      const byNhs = new Map(people.map((p) => [p.nhsNumber, p.id]));
      const personId = (i: number): string => {
        const id = byNhs.get(testRangeNhsNumber(i));
        if (!id) throw new Error(`demo person ${i} missing`);
        return id;
      };
      await seedStory(tx, personId);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { seeded: true };
}

type Tx = Prisma.TransactionClient;

async function seedStory(tx: Tx, personId: (i: number) => string): Promise<void> {
  const alex = personId(DEMO_STORY.communityReview);
  const bethany = personId(DEMO_STORY.registerAmber);
  const callum = personId(DEMO_STORY.inpatientHeld);
  const daniyal = personId(DEMO_STORY.awaitingPostAdmission);
  const ellie = personId(DEMO_STORY.leavingHospital);
  const isaac = personId(DEMO_STORY.restricted);

  // ── Organisations (fictional "Northvale" area) ──
  const orgs = await tx.organisation.createManyAndReturn({
    data: [
      { kind: "ICB", name: "NHS Northvale Integrated Care Board", odsCode: "DEMO-ICB" },
      { kind: "LOCAL_AUTHORITY", name: "Northvale Council", odsCode: "DEMO-LA" },
      { kind: "PROVIDER", name: "Riverside Hospital (Northvale)", odsCode: "DEMO-P1" },
      { kind: "PROVIDER", name: "Oakfield Community Support", odsCode: "DEMO-P2" },
      { kind: "SCHOOL", name: "Hillcrest School", odsCode: "DEMO-S1" },
    ],
    select: { id: true, odsCode: true },
  });
  const org = (code: string): string => {
    const found = orgs.find((o) => o.odsCode === code);
    if (!found) throw new Error(`demo organisation ${code} missing`);
    return found.id;
  };
  const icb = org("DEMO-ICB");
  const council = org("DEMO-LA");
  const hospital = org("DEMO-P1");
  const community = org("DEMO-P2");
  const school = org("DEMO-S1");

  // ── Accounts: demo staff, panel members, family and an advocate ──
  const users = await tx.user.createManyAndReturn({
    data: [
      { email: "grace.holt@icb.example", displayName: "Grace Holt" }, // commissioner
      { email: "sam.patel@oakfield.example", displayName: "Sam Patel" }, // CPA care coordinator
      { email: "jordan.lee@ebe.example", displayName: "Jordan Lee" }, // expert by experience
      { email: "dr.amara.nwosu@clinical.example", displayName: "Dr Amara Nwosu" }, // clinical expert
      { email: "dr.rhys.evans@riverside.example", displayName: "Dr Rhys Evans" }, // responsible clinician
      { email: "kim.walsh@council.example", displayName: "Kim Walsh" }, // social worker
      { email: "sarah.morgan@family.example", displayName: "Sarah Morgan" }, // Alex's mum (PR)
      { email: "tariq.hussain@family.example", displayName: "Tariq Hussain" }, // Daniyal's dad (PR)
      { email: "joy.okafor@family.example", displayName: "Joy Okafor" }, // Bethany's mum
      { email: "fiona.fraser@family.example", displayName: "Fiona Fraser" }, // Ellie's mum
      { email: "jo.adebayo@advocacy.example", displayName: "Jo Adebayo" }, // advocate
      { email: "mrs.khan@hillcrest.example", displayName: "Nadia Khan" }, // SENCo
      { email: "alex.morgan@young.example", displayName: "Alex Morgan" }, // Alex's own account
      { email: "ellie.fraser@young.example", displayName: "Ellie Fraser" }, // Ellie's own account
      { email: "callum.reid@young.example", displayName: "Callum Reid" }, // Callum's own account
      { email: "isaac.mensah@young.example", displayName: "Isaac Mensah" }, // Isaac's own account
    ],
    select: { id: true, email: true },
  });
  const user = (prefix: string): string => {
    const found = users.find((u) => u.email.startsWith(prefix));
    if (!found) throw new Error(`demo user ${prefix} missing`);
    return found.id;
  };
  const commissioner = user("grace.holt");
  const coordinator = user("sam.patel");
  const ebe = user("jordan.lee");
  const clinicalExpert = user("dr.amara");
  const clinician = user("dr.rhys");
  const socialWorker = user("kim.walsh");
  const sarah = user("sarah.morgan");
  const tariq = user("tariq.hussain");
  const joy = user("joy.okafor");
  const fiona = user("fiona.fraser");
  const advocate = user("jo.adebayo");
  const senco = user("mrs.khan");

  // Young people with their own accounts see their own records (issue 4).
  await tx.person.update({ where: { id: alex }, data: { accountUserId: user("alex.morgan") } });
  await tx.person.update({ where: { id: ellie }, data: { accountUserId: user("ellie.fraser") } });
  await tx.person.update({ where: { id: callum }, data: { accountUserId: user("callum.reid") } });
  await tx.person.update({ where: { id: isaac }, data: { accountUserId: user("isaac.mensah") } });

  const started = day("2024-04-01");
  await tx.membership.createMany({
    data: [
      { userId: commissioner, organisationId: icb, role: "COMMISSIONER", startedOn: started },
      {
        userId: coordinator,
        organisationId: community,
        role: "CARE_COORDINATOR",
        startedOn: started,
      },
      { userId: ebe, organisationId: icb, role: "EXPERT_BY_EXPERIENCE", startedOn: started },
      { userId: clinicalExpert, organisationId: icb, role: "CLINICAL_EXPERT", startedOn: started },
      { userId: clinician, organisationId: hospital, role: "CLINICIAN", startedOn: started },
      { userId: socialWorker, organisationId: council, role: "SOCIAL_WORKER", startedOn: started },
      { userId: senco, organisationId: school, role: "EDUCATION_STAFF", startedOn: started },
    ],
  });

  // Northvale ICB is the responsible commissioner for everyone in the demo.
  await tx.caseloadAssignment.createMany({
    data: [
      ...DEMO_PEOPLE.map((_, i) => ({
        personId: personId(i),
        organisationId: icb,
        responsibility: "RESPONSIBLE_COMMISSIONER" as const,
        startedOn: started,
      })),
      {
        personId: alex,
        organisationId: council,
        responsibility: "LOCAL_AUTHORITY",
        startedOn: started,
      },
      { personId: alex, organisationId: school, responsibility: "EDUCATION", startedOn: started },
      {
        personId: bethany,
        organisationId: community,
        responsibility: "PROVIDER",
        startedOn: started,
      },
      {
        personId: callum,
        organisationId: hospital,
        responsibility: "PROVIDER",
        startedOn: day("2025-09-01"),
      },
      {
        personId: daniyal,
        organisationId: hospital,
        responsibility: "PROVIDER",
        startedOn: day("2026-11-12"),
      },
      {
        personId: daniyal,
        organisationId: council,
        responsibility: "LOCAL_AUTHORITY",
        startedOn: started,
      },
      {
        personId: ellie,
        organisationId: hospital,
        responsibility: "PROVIDER",
        startedOn: day("2025-06-10"),
      },
      {
        personId: isaac,
        organisationId: hospital,
        responsibility: "PROVIDER",
        startedOn: day("2023-03-01"),
      },
    ],
  });

  await tx.relationship.createMany({
    data: [
      {
        personId: alex,
        userId: sarah,
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        description: "Mum",
        startedOn: day("2010-03-14"),
      },
      {
        personId: alex,
        userId: advocate,
        kind: "ADVOCATE",
        advocateKind: "INDEPENDENT",
        startedOn: day("2026-09-01"),
      },
      { personId: alex, userId: coordinator, kind: "CARE_COORDINATOR", startedOn: started },
      { personId: alex, userId: socialWorker, kind: "SOCIAL_WORKER", startedOn: started },
      {
        personId: bethany,
        userId: joy,
        kind: "PARENT_CARER",
        hasParentalResponsibility: false,
        description: "Mum (Bethany is an adult)",
        startedOn: day("2008-07-02"),
      },
      { personId: bethany, userId: coordinator, kind: "CARE_COORDINATOR", startedOn: started },
      {
        personId: callum,
        userId: advocate,
        kind: "ADVOCATE",
        advocateKind: "IMHA",
        startedOn: day("2025-09-10"),
      },
      {
        personId: callum,
        userId: clinician,
        kind: "RESPONSIBLE_CLINICIAN",
        startedOn: day("2025-09-01"),
      },
      {
        personId: daniyal,
        userId: tariq,
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        description: "Dad",
        startedOn: day("2011-01-30"),
      },
      {
        personId: daniyal,
        userId: clinician,
        kind: "RESPONSIBLE_CLINICIAN",
        startedOn: day("2026-11-12"),
      },
      { personId: ellie, userId: coordinator, kind: "CARE_COORDINATOR", startedOn: started },
      {
        personId: ellie,
        userId: fiona,
        kind: "PARENT_CARER",
        hasParentalResponsibility: false,
        description: "Mum (Ellie is an adult)",
        startedOn: day("2007-05-09"),
      },
      {
        personId: isaac,
        userId: clinician,
        kind: "RESPONSIBLE_CLINICIAN",
        startedOn: day("2023-03-01"),
      },
    ],
  });

  // ── The register (Appendix 2) ──
  await tx.registerEntry.create({
    data: {
      personId: alex,
      organisationId: icb,
      rating: "RED",
      consentBasis: "PERSON_WITH_CAPACITY",
      addedOn: day("2026-03-02"),
      nextReviewOn: day("2026-11-30"),
      minimumDataset: {
        identity: true,
        diagnosis: "AUTISM",
        ageGroup: "YOUNG_PERSON",
        behaviourThatChallenges: true,
        cpaCareCoordinator: "Sam Patel",
        serviceProvider: "Oakfield Community Support",
        personWishes: "To stay at home and go back to school",
        familyWishes: "More support at home in the evenings",
        advocateInvolved: true,
      },
      ratings: {
        create: [
          {
            rating: "GREEN",
            ratedOn: day("2026-03-02"),
            reason: "Settled at home and school",
            ratedById: commissioner,
          },
          {
            rating: "AMBER",
            ratedOn: day("2026-07-15"),
            reason: "School placement at risk after exclusions",
            ratedById: commissioner,
          },
          {
            rating: "RED",
            ratedOn: day("2026-10-28"),
            reason: "Crisis at home; admission being considered",
            ratedById: commissioner,
          },
        ],
      },
      riskFactors: {
        create: [
          { factor: "BEHAVIOURAL_CHALLENGES", recordedOn: day("2026-07-15") },
          {
            factor: "UNSTABLE_ENVIRONMENT",
            recordedOn: day("2026-10-28"),
            notes: "Family placement at risk of breaking down",
          },
        ],
      },
    },
  });
  await tx.registerEntry.create({
    data: {
      personId: bethany,
      organisationId: icb,
      rating: "AMBER",
      consentBasis: "PERSON_WITH_CAPACITY",
      addedOn: day("2026-05-20"),
      nextReviewOn: day("2026-12-10"),
      minimumDataset: { identity: true, diagnosis: "LEARNING_DISABILITY", ageGroup: "ADULT" },
      ratings: {
        create: [
          {
            rating: "AMBER",
            ratedOn: day("2026-05-20"),
            reason: "Moving from children's to adult services without a plan",
            ratedById: commissioner,
          },
        ],
      },
      riskFactors: { create: [{ factor: "NO_PLANNED_TRANSITION", recordedOn: day("2026-05-20") }] },
    },
  });

  // ── Alex: community CETR before any admission (§9) ──
  await tx.settingEvent.create({
    data: {
      personId: alex,
      kind: "ADMISSION_CONSIDERED",
      occurredOn: day("2026-10-28"),
      route: "CIVIL",
    },
  });
  const alexReview = await tx.review.create({
    data: {
      personId: alex,
      kind: "COMMUNITY",
      status: "SCHEDULED",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: icb,
      venue: "Hillcrest School, meeting room 2 (quiet room)",
      format: "IN_PERSON",
      scheduledOn: day("2026-12-02"),
      panel: {
        create: [
          {
            userId: commissioner,
            role: "CHAIR",
            chairKind: "COMMISSIONER",
            conflictDeclaredAt: at("2026-11-10T09:00"),
            hasConflict: false,
            trainingCompletedOn: day("2025-02-12"),
          },
          {
            userId: ebe,
            role: "EXPERT_BY_EXPERIENCE",
            conflictDeclaredAt: at("2026-11-10T11:30"),
            hasConflict: false,
            trainingCompletedOn: day("2024-06-03"),
          },
          {
            userId: clinicalExpert,
            role: "CLINICAL_EXPERT",
            trainingCompletedOn: day("2023-11-20"),
          },
        ],
      },
      invitations: {
        create: [
          {
            invitee: "PERSON",
            priority: "MUST",
            reason: "The review is about Alex (§7.2.2)",
            sentAt: at("2026-11-10T12:00"),
            response: "ACCEPTED",
          },
          {
            invitee: "PARENT_CARERS",
            priority: "MUST",
            reason: "Parent carers of a child (Annex A §29)",
            userId: sarah,
            sentAt: at("2026-11-10T12:00"),
            response: "ACCEPTED",
          },
          {
            invitee: "ADVOCATE",
            priority: "SHOULD",
            reason: "Independent advocacy (§33)",
            userId: advocate,
            sentAt: at("2026-11-10T12:00"),
          },
          {
            invitee: "SEN_TEAM",
            priority: "MUST",
            reason: "EHC plan in place (Annex A §29)",
            userId: senco,
            sentAt: at("2026-11-10T12:00"),
            response: "ACCEPTED",
          },
        ],
      },
      consents: {
        create: [
          {
            personId: alex,
            purpose: "REVIEW",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Alex Morgan",
            decidedOn: day("2026-11-05"),
            rationale: "16 or over: presumed to have capacity (§26)",
            recordedById: coordinator,
          },
          {
            personId: alex,
            purpose: "SHARE_WITH_FAMILY",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Alex Morgan",
            decidedOn: day("2026-11-05"),
            sharedWithId: sarah,
            recordedById: coordinator,
          },
          {
            personId: alex,
            purpose: "SHARE_WITH_ADVOCATE",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Alex Morgan",
            decidedOn: day("2026-11-05"),
            sharedWithId: advocate,
            recordedById: coordinator,
          },
        ],
      },
    },
    select: { id: true },
  });
  await tx.plannerDocument.create({
    data: {
      personId: alex,
      kind: "CETR_PLANNER",
      reviewId: alexReview.id,
      version: 1,
      status: "DRAFT",
      answers: {
        create: [
          {
            questionKey: "whoIWantThere",
            answer: "Mum, Jo, Mrs Khan",
            authorId: sarah,
            writtenAt: at("2026-11-15T18:20"),
          },
          {
            questionKey: "fourQuestions.SAFE",
            answer: "I feel safe at school but not when I am angry at home",
            authorId: advocate,
            writtenAt: at("2026-11-16T10:05"),
          },
        ],
      },
    },
  });
  await tx.plannerDocument.create({
    data: {
      personId: alex,
      kind: "ONE_PAGE_PROFILE",
      version: 1,
      status: "SUBMITTED",
      openDraft: null,
      submittedAt: at("2026-09-20T16:00"),
      answers: {
        create: [
          {
            questionKey: "likeAndAdmire",
            answer: "Funny, loyal, knows everything about trains",
            authorId: sarah,
            writtenAt: at("2026-09-20T15:30"),
          },
          {
            questionKey: "importantToMe",
            answer: "My cat Pixel, my bedroom, the same route to school",
            authorId: sarah,
            writtenAt: at("2026-09-20T15:40"),
          },
          {
            questionKey: "howToSupportMe",
            answer: "Tell me what is happening before it happens",
            authorId: advocate,
            writtenAt: at("2026-09-20T15:50"),
          },
        ],
      },
    },
  });

  // ── Bethany: a review request with the care coordinator (§14) ──
  await tx.reviewRequest.create({
    data: {
      personId: bethany,
      requester: "FAMILY_OR_CARER",
      requestedById: joy,
      route: "VIA_CARE_COORDINATOR",
      stage: "WITH_CARE_COORDINATOR",
      reason: "Bethany's move to adult services has no plan and she is getting very anxious",
      receivedOn: day("2026-11-16"),
      timeline: {
        create: [
          { stage: "RECEIVED", at: at("2026-11-16T09:12"), byId: joy },
          {
            stage: "WITH_CARE_COORDINATOR",
            at: at("2026-11-17T14:00"),
            byId: coordinator,
            note: "Meeting with Bethany and Joy booked for 25 November",
          },
        ],
      },
    },
  });

  // ── Daniyal: emergency protocol meeting, admission, post-admission CETR due (§10, §11) ──
  await tx.emergencyProtocolMeeting.create({
    data: {
      personId: daniyal,
      organisationId: council,
      convenedById: commissioner,
      heldAt: at("2026-11-11T16:30"),
      attendees: ["Grace Holt", "Kim Walsh", "Tariq Hussain", "Dr Rhys Evans"],
      situation: "Crisis at home overnight; no prior knowledge of Daniyal by the ICB",
      outcome:
        "No safe community option tonight; admission agreed with a post-admission CETR to follow",
      admissionAvoided: false,
    },
  });
  const daniyalAdmission = await tx.settingEvent.create({
    data: {
      personId: daniyal,
      kind: "ADMISSION",
      occurredOn: day("2026-11-12"),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
      restricted: false,
      providerId: hospital,
    },
    select: { id: true },
  });
  await tx.registerEntry.create({
    data: {
      personId: daniyal,
      organisationId: icb,
      rating: "BLUE",
      consentBasis: "PARENTAL_RESPONSIBILITY",
      addedOn: day("2026-11-12"),
      ratings: {
        create: [
          {
            rating: "BLUE",
            ratedOn: day("2026-11-12"),
            reason: "Admitted to Riverside Hospital",
            ratedById: commissioner,
          },
        ],
      },
    },
  });
  await tx.review.create({
    data: {
      personId: daniyal,
      kind: "POST_ADMISSION",
      status: "CONSENT_PENDING",
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: icb,
      triggerEventId: daniyalAdmission.id,
      dueOn: day("2026-11-26"), // under-18s: within 2 weeks of admission (§11)
      invitations: {
        create: [
          {
            invitee: "PARENT_CARERS",
            priority: "MUST",
            reason: "Parent carers of a child (Annex A §29)",
            userId: tariq,
            sentAt: at("2026-11-13T10:00"),
          },
        ],
      },
    },
  });

  // ── Callum: inpatient CTR held, report sent, actions followed up (§12, §13) ──
  const callumAdmission = await tx.settingEvent.create({
    data: {
      personId: callum,
      kind: "ADMISSION",
      occurredOn: day("2025-09-01"),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
      restricted: false,
      providerId: hospital,
    },
    select: { id: true },
  });
  const callumReview = await tx.review.create({
    data: {
      personId: callum,
      kind: "INPATIENT",
      status: "REPORT_SENT",
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: icb,
      triggerEventId: callumAdmission.id,
      venue: "Riverside Hospital, Willow ward family room",
      format: "HYBRID",
      dueOn: day("2026-10-20"),
      scheduledOn: day("2026-10-14"),
      heldOn: day("2026-10-14"),
      reportDueOn: day("2026-10-28"),
      outcome: "CONTINUE_CURRENT_CARE",
      panel: {
        create: [
          {
            userId: commissioner,
            role: "CHAIR",
            chairKind: "COMMISSIONER",
            conflictDeclaredAt: at("2026-10-01T09:00"),
            hasConflict: false,
            trainingCompletedOn: day("2025-02-12"),
          },
          {
            userId: ebe,
            role: "EXPERT_BY_EXPERIENCE",
            conflictDeclaredAt: at("2026-10-01T10:00"),
            hasConflict: false,
            trainingCompletedOn: day("2024-06-03"),
          },
          {
            userId: clinicalExpert,
            role: "CLINICAL_EXPERT",
            conflictDeclaredAt: at("2026-10-02T08:45"),
            hasConflict: true,
            conflictDetails:
              "Worked at Riverside Hospital until 2019; no contact with Callum's care",
            trainingCompletedOn: day("2023-11-20"),
          },
        ],
      },
      invitations: {
        create: [
          {
            invitee: "PERSON",
            priority: "MUST",
            reason: "The review is about Callum (§7.2.2)",
            sentAt: at("2026-09-30T12:00"),
            response: "ACCEPTED",
            attendance: "PART",
          },
          {
            invitee: "ADVOCATE",
            priority: "SHOULD",
            reason: "Independent advocacy (§33)",
            userId: advocate,
            sentAt: at("2026-09-30T12:00"),
            response: "ACCEPTED",
            attendance: "IN_PERSON",
          },
          {
            invitee: "RESPONSIBLE_CLINICIAN",
            priority: "MUST",
            reason: "Inpatient review (§7.2.7)",
            userId: clinician,
            sentAt: at("2026-09-30T12:00"),
            response: "ACCEPTED",
            attendance: "IN_PERSON",
          },
          {
            invitee: "CPA_CARE_COORDINATOR",
            priority: "MUST",
            reason: "Carries actions into CPA (§7.2.7)",
            userId: coordinator,
            sentAt: at("2026-09-30T12:00"),
            response: "ACCEPTED",
            attendance: "REMOTE",
          },
        ],
      },
      consents: {
        create: [
          {
            personId: callum,
            purpose: "REVIEW",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Callum Reid",
            decidedOn: day("2026-09-25"),
            recordedById: coordinator,
          },
          {
            personId: callum,
            purpose: "SHARE_WITH_PANEL",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Callum Reid",
            decidedOn: day("2026-09-25"),
            recordedById: coordinator,
          },
          {
            personId: callum,
            purpose: "SHARE_WITH_ADVOCATE",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Callum Reid",
            decidedOn: day("2026-09-25"),
            sharedWithId: advocate,
            recordedById: coordinator,
          },
          {
            personId: callum,
            purpose: "NHS_ENGLAND_MONITORING",
            answer: "REFUSED",
            decidedByName: "Callum Reid",
            decidedOn: day("2026-09-25"),
            refusalReasons:
              "Does not want his data sent anywhere else; explained it would be anonymised, still said no",
            recordedById: coordinator,
          },
        ],
      },
      summary: {
        create: [
          { question: "SAFE", answer: "Mostly, but restraint has increased since the summer" },
          { question: "CURRENT_CARE", answer: "Kind staff; not enough activities off the ward" },
          { question: "FUTURE_PLAN", answer: "No discharge plan yet; one is needed by January" },
          {
            question: "NEED_HOSPITAL",
            answer: "Not in the long term; a community provider should be found",
          },
        ],
      },
    },
    select: { id: true, panel: { select: { id: true, role: true } } },
  });
  const safety = await tx.enquiryFinding.create({
    data: {
      reviewId: callumReview.id,
      kloeId: "SAFETY",
      question: "SAFE",
      findings: ["Restraint recorded 9 times in September, up from 2 in June"],
      evidence: ["Ward restraint log", "Positive behaviour support plan (out of date)"],
      concerns: ["Rise in restraint not reviewed by the MDT"],
      quotes: { create: [{ source: "PERSON", text: "I don't like it when they hold me down." }] },
    },
    select: { id: true },
  });
  const chairSeat = callumReview.panel.find((p) => p.role === "CHAIR");
  const expertSeat = callumReview.panel.find((p) => p.role === "CLINICAL_EXPERT");
  const future = await tx.enquiryFinding.create({
    data: {
      reviewId: callumReview.id,
      kloeId: "ADMISSION_PLAN",
      question: "FUTURE_PLAN",
      findings: ["No discharge plan or date after 13 months"],
      evidence: ["CPA review notes, August 2026"],
      quotes: { create: [{ source: "PERSON", text: "I want to live near my brother." }] },
      opinions: {
        create: [
          ...(chairSeat
            ? [
                {
                  panelMemberId: chairSeat.id,
                  view: "A community placement could be ready within six months",
                },
              ]
            : []),
          ...(expertSeat
            ? [
                {
                  panelMemberId: expertSeat.id,
                  view: "Medication needs to be stable for three months first",
                },
              ]
            : []),
        ],
      },
    },
    select: { id: true },
  });
  await tx.enquiryFinding.create({
    data: {
      reviewId: callumReview.id,
      kloeId: "CURRENT_CARE",
      question: "CURRENT_CARE",
      findings: ["Few activities off the ward"],
      evidence: ["Activity timetable"],
      quotes: { create: [{ source: "PERSON", text: "The staff are nice but it's boring." }] },
    },
  });
  // Three SMART actions: one done, one overdue on DEMO_REFERENCE_DATE, one due later.
  await tx.action.create({
    data: {
      reviewId: callumReview.id,
      personId: callum,
      findingId: safety.id,
      what: "Review every restraint since June at the MDT and update the positive behaviour support plan",
      plainWhat: "Look at why staff held Callum and make a new plan to help him",
      howWeWillKnow: "New plan signed off at the MDT and shared with Callum and Jo",
      ownerId: clinician,
      dueOn: day("2026-10-31"),
      status: "DONE",
      completedOn: day("2026-10-29"),
      updates: {
        create: [
          {
            authorId: clinician,
            at: at("2026-10-29T15:00"),
            note: "Plan agreed at MDT; copy given to Callum",
            statusAfter: "DONE",
          },
        ],
      },
    },
  });
  const dischargePlanAction = await tx.action.create({
    data: {
      reviewId: callumReview.id,
      personId: callum,
      findingId: future.id,
      what: "Start a discharge plan with Callum using the Leaving Hospital Planner",
      plainWhat: "Start a plan for Callum to leave hospital",
      howWeWillKnow: "A discharge plan exists with a named facilitator and is shared with Callum",
      ownerId: coordinator,
      dueOn: day("2026-11-13"), // overdue on DEMO_REFERENCE_DATE
      updates: {
        create: [
          {
            authorId: coordinator,
            at: at("2026-11-06T11:00"),
            note: "First meeting cancelled by the ward; rebooking",
          },
        ],
      },
    },
  });
  // Callum's advocate asked about the late action from the portal; nobody has answered yet.
  await tx.actionQuestion.create({
    data: {
      actionId: dischargePlanAction.id,
      askedById: advocate,
      askedAt: at("2026-11-18T16:20"),
      question:
        "Callum says nobody has talked to him about leaving hospital yet. Has the first meeting been rebooked?",
    },
  });
  await tx.action.create({
    data: {
      reviewId: callumReview.id,
      personId: callum,
      findingId: future.id,
      what: "Ask two community providers near Callum's brother to assess him",
      plainWhat: "Find places to live near Callum's brother",
      howWeWillKnow: "Two provider assessments are booked",
      ownerId: commissioner,
      dueOn: day("2027-01-15"),
    },
  });
  await tx.escalation.create({
    data: {
      reviewId: callumReview.id,
      personId: callum,
      findingId: safety.id,
      route: "LOCAL_AUTHORITY_SAFEGUARDING",
      concern: "Rise in restraint not reviewed by the MDT",
      reference: "NVC-SG-2026-0412",
      raisedOn: day("2026-10-15"),
      raisedById: commissioner,
      personInformedOn: day("2026-10-15"),
      outcome: "Safeguarding enquiry closed: the provider reviewed its restraint practice",
      closedOn: day("2026-11-09"),
    },
  });
  await tx.report.create({
    data: {
      reviewId: callumReview.id,
      authorId: commissioner,
      progressContactId: coordinator,
      body: "Callum's care and treatment review on 14 October 2026 found ...",
      easyReadBody: "We met Callum on 14 October. Callum said the staff are nice. ...",
      draftedAt: at("2026-10-20T16:00"),
      sentAt: at("2026-10-24T10:00"),
      distribution: {
        create: [
          {
            recipientRole: "person",
            recipientName: "Callum Reid",
            format: "EASY_READ",
            sentAt: at("2026-10-24T10:00"),
          },
          {
            recipientRole: "advocate",
            recipientId: advocate,
            format: "PLAIN",
            sentAt: at("2026-10-24T10:00"),
          },
          {
            recipientRole: "responsible clinician",
            recipientId: clinician,
            format: "PLAIN",
            sentAt: at("2026-10-24T10:05"),
          },
          {
            recipientRole: "care coordinator",
            recipientId: coordinator,
            format: "PLAIN",
            sentAt: at("2026-10-24T10:05"),
          },
        ],
      },
    },
  });

  // ── Ellie: preparing to leave hospital (Appendix 3) ──
  const ellieAdmission = await tx.settingEvent.create({
    data: {
      personId: ellie,
      kind: "ADMISSION",
      occurredOn: day("2025-06-10"),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
      restricted: false,
      providerId: hospital,
    },
    select: { id: true },
  });
  await tx.settingEvent.create({
    data: {
      personId: ellie,
      kind: "RESETTLEMENT_PATHWAY",
      occurredOn: day("2026-10-01"),
      housingInPlace: true,
      careProviderInPlace: true,
      clearDischargePlan: true,
      dischargeDateIdentified: true,
      anyPartyDissatisfied: false,
    },
  });
  await tx.review.create({
    data: {
      personId: ellie,
      kind: "INPATIENT",
      status: "FOLLOW_UP",
      enquirySetting: "INPATIENT",
      commissioningOrganisationId: icb,
      triggerEventId: ellieAdmission.id,
      format: "IN_PERSON",
      venue: "Riverside Hospital",
      heldOn: day("2026-08-19"),
      reportDueOn: day("2026-09-02"),
      outcome: "READY_FOR_DISCHARGE",
    },
  });
  const checklist = dischargePlanChecklist();
  const done = new Set([
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "1.7",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "3.1",
    "3.2",
    "4.1",
    "4.2",
    "4.3",
    "5.1",
    "5.2",
  ]);
  await tx.dischargePlan.create({
    data: {
      personId: ellie,
      admissionEventId: ellieAdmission.id,
      facilitatorId: coordinator,
      plannedDischargeOn: day("2027-01-18"),
      steps: {
        createMany: {
          data: checklist.steps.map((s) =>
            s.stepNumber === 4
              ? { ...s, whoWillHelp: "Sam Patel and Oakfield Community Support" }
              : s,
          ),
        },
      },
      items: {
        createMany: {
          data: checklist.items.map((item) => ({
            ...item,
            staffStatus: done.has(item.itemId)
              ? "DONE"
              : item.stepNumber <= 6
                ? "IN_PROGRESS"
                : "NOT_STARTED",
            ...(item.itemId === "6.1"
              ? {
                  familyStatus: "NOT_STARTED" as const,
                  familyNote: "We have not been told about leave visits yet",
                  dueOn: day("2026-12-05"),
                }
              : {}),
          })),
        },
      },
      standards: {
        createMany: {
          data: checklist.standards.map((s) =>
            s.standardNumber <= 3
              ? { ...s, status: "MET" as const, evidence: "Named on the admission document" }
              : s,
          ),
        },
      },
    },
  });
  // Ellie is an adult: her mum sees her plan because Ellie said so.
  await tx.consentRecord.create({
    data: {
      personId: ellie,
      purpose: "SHARE_WITH_FAMILY",
      answer: "GIVEN",
      basis: "PERSON_WITH_CAPACITY",
      capacity: "HAS_CAPACITY",
      decidedByName: "Ellie Fraser",
      decidedOn: day("2026-09-01"),
      sharedWithId: fiona,
      recordedById: coordinator,
    },
  });
  await tx.plannerDocument.create({
    data: {
      personId: ellie,
      kind: "LEAVING_HOSPITAL_PLANNER",
      version: 1,
      status: "SUBMITTED",
      openDraft: null,
      submittedAt: at("2026-11-02T14:00"),
      answers: {
        create: [
          {
            questionKey: "myHopes",
            answer: "A flat with a garden and my own kitchen",
            authorId: coordinator,
            writtenAt: at("2026-11-02T13:40"),
          },
        ],
      },
    },
  });

  // ── Isaac: restricted patient, found ready for discharge, MoJ contacted (Appendix 6) ──
  const isaacAdmission = await tx.settingEvent.create({
    data: {
      personId: isaac,
      kind: "ADMISSION",
      occurredOn: day("2023-03-01"),
      route: "CRIMINAL_JUSTICE",
      setting: "MEDIUM_SECURE",
      restricted: true,
      providerId: hospital,
    },
    select: { id: true },
  });
  const isaacReview = await tx.review.create({
    data: {
      personId: isaac,
      kind: "INPATIENT",
      status: "REPORT_SENT",
      enquirySetting: "SECURE",
      commissioningOrganisationId: icb,
      triggerEventId: isaacAdmission.id,
      format: "IN_PERSON",
      venue: "Riverside Hospital, medium secure unit",
      heldOn: day("2026-09-08"),
      reportDueOn: day("2026-09-22"),
      outcome: "READY_FOR_DISCHARGE",
      consents: {
        create: [
          {
            personId: isaac,
            purpose: "REVIEW",
            answer: "GIVEN",
            basis: "PERSON_WITH_CAPACITY",
            capacity: "HAS_CAPACITY",
            decidedByName: "Isaac Mensah",
            decidedOn: day("2026-08-20"),
            recordedById: commissioner,
          },
        ],
      },
    },
    select: { id: true },
  });
  // Due 2 weeks after the review (22 September) and sent 3 days late: the portal says so.
  await tx.report.create({
    data: {
      reviewId: isaacReview.id,
      authorId: commissioner,
      progressContactId: coordinator,
      body: "Isaac's care and treatment review on 8 September 2026 found that he is ready for a conditional discharge to supported living. The hospital will apply to the Ministry of Justice within a week.",
      easyReadBody:
        "We met Isaac on 8 September. Isaac is ready to leave hospital. He wants to live in supported living. The hospital will ask for this to happen.",
      draftedAt: at("2026-09-21T15:00"),
      sentAt: at("2026-09-25T11:00"),
      distribution: {
        create: [
          {
            recipientRole: "person",
            recipientName: "Isaac Mensah",
            format: "EASY_READ",
            sentAt: at("2026-09-25T11:00"),
          },
          {
            recipientRole: "responsible clinician",
            recipientId: clinician,
            format: "PLAIN",
            sentAt: at("2026-09-25T11:00"),
          },
        ],
      },
    },
  });
  await tx.restrictedPatientMonitoring.create({
    data: {
      personId: isaac,
      reviewId: isaacReview.id,
      reference: "NV-RP-2026-007",
      reviewDate: day("2026-09-08"),
      outcome: "Ready for conditional discharge to supported living",
      providerId: hospital,
      responsibleClinician: "Dr Rhys Evans",
      referredToMojOn: day("2026-09-14"), // within 1 week (Appendix 6)
      requestType: "DISCHARGE",
      narrative: "Application for conditional discharge sent; awaiting MoJ response",
    },
  });

  // The audit trail starts with the seed itself.
  await tx.auditEvent.create({
    data: {
      actorKind: "SYSTEM",
      actorRef: "seed",
      actingAs: "SYSTEM",
      operation: "demo.seed",
      outcome: "ALLOWED",
    },
  });
}
