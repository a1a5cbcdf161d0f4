/**
 * The large dataset for the console-at-scale bench (issue 8, ADR 0029): a
 * FICTIONAL national picture added on top of the demo seed, written by
 * INSERT … SELECT generate_series statements so that it takes a minute or
 * two, not the hours row-by-row Prisma calls would.
 *
 * Every organisation, member of staff and person here is made up. People get
 * NHS numbers from the 999 test range (never issued to a patient), staff get
 * addresses under .invalid (a domain that cannot exist), and every name says
 * "Benchshire" where it names a place.
 *
 * At scale 1: 42 ICBs (the demo's Northvale ICB and 41 more), 126 local
 * authorities, 168 providers; 50,400 people spread evenly over the ICBs, so
 * Grace Holt's Northvale gets a national share (1,200 more people); four
 * reviews each (201,600) with actions and reports; register entries with
 * rating histories; setting histories with admissions and discharges;
 * review requests and request forms; 1,000,000 audit events, 20,000 of them
 * about one demo person (Alex Morgan), whose trail is the audit page measured.
 */
import type pg from "pg";

export interface NationalDataOptions {
  /** 1 for the sizes in issue 8; 0.05 for quick runs while developing. */
  scale: number;
}

export interface NationalDataCounts {
  people: number;
  reviews: number;
  auditEvents: number;
}

const ICBS = 42;
const LAS_PER_ICB = 3;
const PROVIDERS_PER_ICB = 4;
const STAFF_PER_ICB = 4;
const REVIEWS_PER_PERSON = 4;

const FIRST_NAMES = [
  "Aaliyah",
  "Ben",
  "Chloe",
  "Dylan",
  "Erin",
  "Faisal",
  "Grace",
  "Harvey",
  "Imogen",
  "Jack",
  "Keira",
  "Liam",
  "Maya",
  "Nathan",
  "Olivia",
  "Patrick",
  "Ruby",
  "Saira",
  "Theo",
  "Usman",
  "Verity",
  "Wren",
  "Yusuf",
  "Zoe",
  "Amir",
  "Bronwen",
  "Caleb",
  "Delyth",
  "Ewan",
  "Freya",
  "Gethin",
  "Hollie",
  "Idris",
  "Jade",
  "Kwame",
  "Lucy",
  "Marek",
  "Nia",
  "Owen",
  "Poppy",
];
const LAST_NAMES = [
  "Abbott",
  "Bailey",
  "Chowdhury",
  "Davies",
  "Edwards",
  "Fletcher",
  "Green",
  "Hall",
  "Iqbal",
  "Jones",
  "Khan",
  "Lewis",
  "Murphy",
  "Nolan",
  "Owusu",
  "Price",
  "Quigley",
  "Roberts",
  "Singh",
  "Taylor",
  "Underwood",
  "Vaughan",
  "Walker",
  "Young",
  "Zielinski",
  "Ahmed",
  "Brown",
  "Clarke",
  "Dunne",
  "Evans",
  "Foster",
  "Gill",
  "Hughes",
  "Ibrahim",
  "Jenkins",
  "Kaur",
  "Lowe",
];

const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ")}]`;

/**
 * The steps, in order. Each is one statement (or a few), named for the
 * progress line. Temporary tables (b_*) carry the generated ids between steps;
 * `h` columns are deterministic hashes that spread statuses and dates.
 */
function steps(people: number, auditEvents: number, heavyAuditEvents: number) {
  return [
    [
      "organisations",
      `
      CREATE TEMP TABLE b_icb AS
        SELECT 0 AS icb, id FROM "Organisation" WHERE "odsCode" = 'DEMO-ICB'
        UNION ALL SELECT icb, gen_random_uuid() FROM generate_series(1, ${ICBS - 1}) icb;
      INSERT INTO "Organisation" (id, kind, name, "odsCode", "updatedAt")
        SELECT id, 'ICB', format('NHS Benchshire %s Integrated Care Board', icb),
               format('BENCH-ICB-%s', icb), now()
        FROM b_icb WHERE icb > 0;
      CREATE TEMP TABLE b_la AS
        SELECT icb, k, gen_random_uuid() AS id
        FROM generate_series(0, ${ICBS - 1}) icb, generate_series(0, ${LAS_PER_ICB - 1}) k;
      INSERT INTO "Organisation" (id, kind, name, "odsCode", "updatedAt")
        SELECT id, 'LOCAL_AUTHORITY', format('Benchshire %s-%s Council', icb, k),
               format('BENCH-LA-%s-%s', icb, k), now()
        FROM b_la;
      CREATE TEMP TABLE b_provider AS
        SELECT icb, k, gen_random_uuid() AS id
        FROM generate_series(0, ${ICBS - 1}) icb, generate_series(0, ${PROVIDERS_PER_ICB - 1}) k;
      INSERT INTO "Organisation" (id, kind, name, "odsCode", "updatedAt")
        SELECT id, 'PROVIDER', format('Benchshire %s-%s %s', icb, k,
                 CASE WHEN k < 2 THEN 'Hospital' ELSE 'Community Support' END),
               format('BENCH-P-%s-%s', icb, k), now()
        FROM b_provider;`,
    ],
    [
      "staff",
      `
      CREATE TEMP TABLE b_staff AS
        SELECT icb, k, gen_random_uuid() AS id
        FROM generate_series(0, ${ICBS - 1}) icb, generate_series(0, ${STAFF_PER_ICB - 1}) k;
      INSERT INTO "User" (id, email, "displayName", "updatedAt")
        SELECT id, format('staff-%s-%s@bench.invalid', icb, k),
               format('%s %s', (${sqlArray(FIRST_NAMES)})[1 + (icb * 7 + k) % ${FIRST_NAMES.length}],
                               (${sqlArray(LAST_NAMES)})[1 + (icb * 11 + k * 3) % ${LAST_NAMES.length}]),
               now()
        FROM b_staff;
      INSERT INTO "Membership" (id, "userId", "organisationId", role, "startedOn")
        SELECT gen_random_uuid(), s.id, i.id,
               (ARRAY['COMMISSIONER', 'CARE_COORDINATOR', 'EXPERT_BY_EXPERIENCE', 'CLINICAL_EXPERT'])[1 + s.k]::"StaffRole",
               date '2024-04-01'
        FROM b_staff s JOIN b_icb i USING (icb);`,
    ],
    [
      "people",
      `
      -- n % ${ICBS} is the ICB; n / ${ICBS} counts people within it. Selections that must reach
      -- every ICB use the latter (n % 10 = 3 would never meet n % ${ICBS} = 0: odd against even).
      CREATE TEMP TABLE b_person AS
        SELECT n, n % ${ICBS} AS icb, gen_random_uuid() AS id,
               ((n::bigint * 2654435761) % 1000)::int AS h
        FROM generate_series(1, ${people}) n;
      ALTER TABLE b_person ADD PRIMARY KEY (n);
      -- NHS numbers: 999 test-range stems from 100000 up, with the modulus-11 check digit,
      -- skipping stems whose check digit would be 10 (the demo uses the first few stems).
      CREATE TEMP TABLE b_nhs AS
        SELECT row_number() OVER (ORDER BY stem) AS n, '999' || lpad(stem::text, 6, '0') || chk AS nhs
        FROM (
          SELECT stem, (11 - (243 + (stem / 100000 % 10) * 7 + (stem / 10000 % 10) * 6
                   + (stem / 1000 % 10) * 5 + (stem / 100 % 10) * 4 + (stem / 10 % 10) * 3
                   + (stem % 10) * 2) % 11) % 11 AS chk
          FROM generate_series(100000, 999999) stem
        ) c WHERE chk <> 10;
      INSERT INTO "Person" (id, name, "preferredName", "dateOfBirth", "nhsNumber", diagnosis,
                            "legalStatus", "mojRestricted", "updatedAt")
        SELECT p.id,
               (${sqlArray(FIRST_NAMES)})[1 + (p.n * 7) % ${FIRST_NAMES.length}] || ' ' ||
                 (${sqlArray(LAST_NAMES)})[1 + (p.n * 13 + p.n / 97) % ${LAST_NAMES.length}],
               NULL,
               date '1960-01-01' + ((p.n::bigint * 7919) % 22000)::int,
               x.nhs,
               (ARRAY['LEARNING_DISABILITY', 'AUTISM', 'BOTH'])[1 + p.h % 3]::"Neurodevelopmental",
               CASE WHEN p.n % 4 = 0 THEN 'DETAINED_MHA' ELSE 'NOT_RECORDED' END::"LegalStatus",
               p.n % 200 = 0,
               now()
        FROM b_person p JOIN b_nhs x USING (n);`,
    ],
    [
      "caseloads",
      `
      INSERT INTO "CaseloadAssignment" (id, "personId", "organisationId", responsibility, "startedOn", "endedOn")
        SELECT gen_random_uuid(), p.id, i.id, 'RESPONSIBLE_COMMISSIONER'::"CaseloadResponsibility", date '2024-04-01', NULL::date
        FROM b_person p JOIN b_icb i USING (icb)
        UNION ALL
        -- One in twenty moved here from another ICB: an ended assignment stays as history.
        SELECT gen_random_uuid(), p.id, i.id, 'RESPONSIBLE_COMMISSIONER', date '2020-01-01', date '2024-03-31'
        FROM b_person p JOIN b_icb i ON i.icb = (p.icb + 1) % ${ICBS} WHERE p.n % 20 = 0
        UNION ALL
        SELECT gen_random_uuid(), p.id, l.id, 'LOCAL_AUTHORITY', date '2024-04-01', NULL
        FROM b_person p JOIN b_la l ON l.icb = p.icb AND l.k = p.n % ${LAS_PER_ICB} WHERE p.n % 2 = 0
        UNION ALL
        SELECT gen_random_uuid(), p.id, v.id, 'PROVIDER', date '2025-01-01', NULL
        FROM b_person p JOIN b_provider v ON v.icb = p.icb AND v.k = p.n % ${PROVIDERS_PER_ICB}
        WHERE p.n % 5 < 2;`,
    ],
    [
      "register",
      `
      CREATE TEMP TABLE b_entry AS
        SELECT p.n, p.id AS "personId", i.id AS "organisationId", gen_random_uuid() AS id, p.h,
               (ARRAY['RED', 'AMBER', 'AMBER', 'GREEN', 'GREEN', 'GREEN', 'GREEN', 'BLUE', 'BLUE', 'GREEN'])[1 + p.h % 10] AS rating
        FROM b_person p JOIN b_icb i USING (icb) WHERE p.n % 5 < 2;
      INSERT INTO "RegisterEntry" (id, "personId", "organisationId", rating, "consentBasis", "addedOn",
                                   "removedOn", "removedReason", "nextReviewOn", "minimumDataset", "updatedAt")
        SELECT id, "personId", "organisationId", rating::"RegisterRating",
               CASE WHEN h % 3 = 0 THEN 'BEST_INTERESTS' ELSE 'PERSON_WITH_CAPACITY' END::"ConsentBasis",
               current_date - 700 + h % 600,
               CASE WHEN h % 10 = 9 THEN current_date - h % 60 END,
               CASE WHEN h % 10 = 9 THEN 'No longer at risk of admission' END,
               current_date - 30 + h % 120,
               CASE WHEN h % 2 = 0
                 THEN jsonb_build_object('identity', true, 'diagnosis', 'AUTISM', 'ageGroup', 'ADULT')
                 ELSE jsonb_build_object(
                   'identity', true, 'diagnosis', 'LEARNING_DISABILITY', 'ageGroup', 'ADULT',
                   'mentalHealthDiagnosis', false, 'behaviourThatChallenges', true,
                   'criminalJusticeHistory', false, 'lastAnnualHealthCheck', '2026-02-01',
                   'cpaCareCoordinator', 'A named coordinator', 'serviceProvider', 'Benchshire support',
                   'carePlanWithContingencyAndRisk', true, 'lastCpaReview', '2026-06-01',
                   'nextCpaMeeting', '2026-12-01', 'crisisContacts', 'Family and crisis team',
                   'keyRisks', 'Placement breakdown', 'previousAdmissions', false,
                   'personalBudgetOffered', true, 'personWishes', 'To stay living locally',
                   'familyWishes', 'More respite', 'currentCarePackage', 'Supported living',
                   'advocateInvolved', false)
               END,
               now()
        FROM b_entry;
      INSERT INTO "RegisterRatingChange" (id, "registerEntryId", rating, "ratedOn", reason)
        SELECT gen_random_uuid(), e.id,
               CASE WHEN g = 1 + e.h % 3 THEN e.rating
                    ELSE (ARRAY['GREEN', 'AMBER', 'BLUE'])[g] END::"RegisterRating",
               current_date - 700 + e.h % 600 + (g - 1) * 30,
               CASE WHEN g = 1 THEN 'Added to the register' ELSE 'Circumstances changed' END
        FROM b_entry e, generate_series(1, 3) g WHERE g <= 1 + e.h % 3;
      INSERT INTO "RegisterRiskFactor" (id, "registerEntryId", factor, "recordedOn")
        SELECT gen_random_uuid(), e.id,
               (ARRAY['LIFE_EVENTS', 'BEHAVIOURAL_CHALLENGES', 'UNSTABLE_ENVIRONMENT', 'PREVIOUS_ADMISSIONS',
                      'NO_PLANNED_TRANSITION', 'CRISIS_AT_A_AND_E'])[1 + (e.h + g * 2) % 6]::"RiskFactor",
               current_date - 300
        FROM b_entry e, generate_series(0, 1) g WHERE g <= e.h % 2;`,
    ],
    [
      "setting history",
      `
      INSERT INTO "SettingEvent" (id, "personId", kind, "occurredOn")
        SELECT gen_random_uuid(), id, 'COMMUNITY_LIVING', date '2020-01-01' FROM b_person;
      CREATE TEMP TABLE b_admission AS
        SELECT p.n, p.id AS "personId", v.id AS "providerId", gen_random_uuid() AS id,
               current_date - (p.h * 3) % 1200 AS "occurredOn", p.h
        FROM b_person p JOIN b_provider v ON v.icb = p.icb AND v.k = p.n % 2 WHERE p.n % 4 = 0;
      INSERT INTO "SettingEvent" (id, "personId", kind, "occurredOn", route, setting, restricted, "providerId")
        SELECT id, "personId", 'ADMISSION', "occurredOn",
               CASE WHEN h % 7 = 0 THEN 'CRIMINAL_JUSTICE' ELSE 'CIVIL' END::"AdmissionRoute",
               (ARRAY['LD_MH_NON_SECURE', 'LD_MH_NON_SECURE', 'LOW_SECURE', 'MEDIUM_SECURE', 'ACUTE_MH_PLANNED_CRISIS'])[1 + h % 5]::"HospitalSetting",
               n % 200 = 0, "providerId"
        FROM b_admission;
      -- A third of those admitted have gone home again.
      INSERT INTO "SettingEvent" (id, "personId", kind, "occurredOn")
        SELECT gen_random_uuid(), "personId", 'DISCHARGE', "occurredOn" + 180
        FROM b_admission WHERE h % 3 = 0 AND "occurredOn" + 180 < current_date;`,
    ],
    [
      "reviews",
      `
      CREATE TEMP TABLE b_review AS
        SELECT p.n, r, p.id AS "personId", i.id AS "organisationId", gen_random_uuid() AS id,
               ((p.h + r * 131) % 1000) AS h, p.n % 4 = 0 AS admitted,
               -- r = 1..3 are past reviews, r = 4 the current one.
               CASE WHEN r < 4 THEN current_date - (4 - r) * 180 - p.h % 90
                    ELSE current_date - 60 + (p.h * 7) % 150 END AS due
        FROM b_person p JOIN b_icb i USING (icb), generate_series(1, ${REVIEWS_PER_PERSON}) r;
      ALTER TABLE b_review ADD COLUMN status text;
      UPDATE b_review SET status = CASE
        WHEN r < 3 THEN (ARRAY['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN', 'DECLINED'])[1 + h % 10]
        WHEN r = 3 THEN (ARRAY['FOLLOW_UP', 'FOLLOW_UP', 'CLOSED', 'CLOSED', 'REPORT_SENT', 'CLOSED', 'FOLLOW_UP', 'EXEMPT', 'CLOSED', 'REPORT_SENT'])[1 + h % 10]
        WHEN due < current_date THEN (ARRAY['HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'HELD', 'SCHEDULED', 'REPORT_DRAFTED', 'FOLLOW_UP', 'REPORT_SENT', 'CONSENT_PENDING', 'HELD'])[1 + h % 10]
        ELSE (ARRAY['PLANNED', 'SCHEDULED', 'SCHEDULED', 'CONSENT_PENDING', 'REQUESTED', 'PLANNED', 'SCHEDULED', 'SCHEDULED', 'PLANNED', 'CONSENT_PENDING'])[1 + h % 10]
      END;
      CREATE INDEX ON b_review (n, r);
      ANALYZE b_review;
      INSERT INTO "Review" (id, "personId", kind, status, "enquirySetting", "commissioningOrganisationId",
                            venue, format, "dueOn", "scheduledOn", "heldOn", "reportDueOn", outcome, "updatedAt")
        SELECT id, "personId",
               CASE WHEN NOT admitted THEN 'COMMUNITY' WHEN r = 1 THEN 'POST_ADMISSION' ELSE 'INPATIENT' END::"ReviewKind",
               status::"ReviewState",
               CASE WHEN admitted THEN 'INPATIENT' ELSE 'COMMUNITY' END::"EnquirySetting",
               "organisationId",
               CASE WHEN status NOT IN ('REQUESTED', 'PLANNED') THEN 'Benchshire community centre' END,
               CASE WHEN status NOT IN ('REQUESTED', 'PLANNED') THEN (ARRAY['IN_PERSON', 'VIDEO', 'HYBRID'])[1 + h % 3] END::"ReviewFormat",
               due,
               CASE WHEN status NOT IN ('REQUESTED', 'PLANNED', 'WITHDRAWN', 'DECLINED', 'EXEMPT') THEN due - 3 END,
               CASE WHEN status IN ('HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED') THEN due - 3 END,
               CASE WHEN status IN ('HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED') THEN due + 11 END,
               CASE WHEN status IN ('HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED')
                    THEN CASE WHEN admitted THEN 'CONTINUE_CURRENT_CARE' ELSE 'ADMISSION_NOT_NEEDED' END END::"ReviewOutcome",
               now()
        FROM b_review;`,
    ],
    [
      "actions",
      `
      INSERT INTO "Action" (id, "reviewId", "personId", what, "plainWhat", "howWeWillKnow", "ownerId",
                            "dueOn", status, "completedOn", "updatedAt")
        SELECT gen_random_uuid(), r.id, r."personId",
               (ARRAY['Agree a crisis plan with the family', 'Find a local supported living placement',
                      'Arrange a sensory assessment', 'Review medication with the GP'])[1 + (r.h + a) % 4],
               'Something the team will do for you',
               'The plan is written down and shared with the family',
               s.id,
               r.due + 30 + a * 30,
               CASE WHEN r.status = 'CLOSED' THEN 'DONE'
                    WHEN (r.h + a) % 7 = 0 THEN 'NOT_DONE'
                    WHEN (r.h + a) % 3 = 0 THEN 'DONE' ELSE 'OPEN' END::"ActionStatus",
               CASE WHEN r.status = 'CLOSED' OR ((r.h + a) % 3 = 0 AND (r.h + a) % 7 <> 0) THEN r.due + 20 END,
               now()
        FROM b_review r JOIN b_person p ON p.n = r.n JOIN b_staff s ON s.icb = p.icb AND s.k = 1,
             generate_series(0, 2) a
        WHERE r.status IN ('HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED')
          AND a <= 1 + r.h % 2;`,
    ],
    [
      "reports",
      `
      INSERT INTO "Report" (id, "reviewId", "authorId", body, "draftedAt", "sentAt", "updatedAt")
        SELECT gen_random_uuid(), r.id, s.id,
               'What the panel found and what will happen next (fictional benchmark report).',
               (r.due + 5)::timestamptz,
               CASE WHEN r.status <> 'REPORT_DRAFTED' THEN (r.due + 10 + r.h % 10)::timestamptz END,
               now()
        FROM b_review r JOIN b_person p ON p.n = r.n JOIN b_staff s ON s.icb = p.icb AND s.k = 0
        WHERE r.status IN ('REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED');
      INSERT INTO "ReportDistribution" (id, "reportId", "recipientName", "recipientRole", format, "sentAt")
        SELECT gen_random_uuid(), id, 'The person and their family', 'person', 'EASY_READ', "sentAt"
        FROM "Report" WHERE "sentAt" IS NOT NULL AND body LIKE '%(fictional benchmark report).';`,
    ],
    [
      "review requests",
      `
      CREATE TEMP TABLE b_request AS
        SELECT p.n, p.id AS "personId", p.h, p.icb, gen_random_uuid() AS id,
               (ARRAY['RECEIVED', 'WITH_CARE_COORDINATOR', 'RESOLVED_WITHOUT_REVIEW', 'WITH_COMMISSIONER',
                      'CONVENED', 'CONVENED', 'DECLINED_BY_COMMISSIONER', 'ESCALATED'])[1 + p.h % 8] AS stage,
               r.id AS "reviewId"
        FROM b_person p JOIN b_review r ON r.n = p.n AND r.r = 4 WHERE (p.n / ${ICBS}) % 10 = 3;
      INSERT INTO "ReviewRequest" (id, "personId", requester, "requesterName", route, stage, reason,
                                   "receivedOn", "decidedOn", "decisionReason", "reviewId", "updatedAt")
        SELECT id, "personId",
               (ARRAY['FAMILY_OR_CARER', 'PERSON', 'COMMUNITY_TEAM', 'ADVOCATE'])[1 + h % 4]::"Requester",
               'A relative (fictional)',
               CASE WHEN h % 9 = 0 THEN 'SAFEGUARDING' ELSE 'VIA_CARE_COORDINATOR' END::"RequestRoute",
               stage::"RequestStage",
               'The family are worried the placement is breaking down',
               current_date - h % 400,
               -- Never after today: the scheduler reads when a request was convened (§14).
               CASE WHEN stage IN ('RESOLVED_WITHOUT_REVIEW', 'CONVENED', 'DECLINED_BY_COMMISSIONER')
                    THEN LEAST(current_date - h % 400 + 10, current_date) END,
               CASE WHEN stage IN ('RESOLVED_WITHOUT_REVIEW', 'DECLINED_BY_COMMISSIONER') THEN 'Resolved by the care team' END,
               CASE WHEN stage = 'CONVENED' THEN "reviewId" END,
               now()
        FROM b_request;
      INSERT INTO "ReviewRequestStageChange" (id, "requestId", stage, at, note)
        SELECT gen_random_uuid(), id, 'RECEIVED'::"RequestStage", (current_date - h % 400)::timestamptz, NULL FROM b_request
        UNION ALL
        SELECT gen_random_uuid(), id, stage::"RequestStage", (current_date - h % 400 + 10)::timestamptz, 'Moved on'
        FROM b_request WHERE stage <> 'RECEIVED';
      -- Request forms: one behind every other request (triaged into it), and as many again still
      -- waiting for triage, sent to ICBs and councils.
      INSERT INTO "IncomingReviewRequest" (id, reference, "organisationId", asker, "askerName", "aboutName",
                                           "aboutDateOfBirth", worries, "hospitalStatus", "consentToShare",
                                           "contactEmail", "preferredContact", "receivedAt", "reviewRequestId")
        SELECT gen_random_uuid(), format('RQ-BNCH-%s', q.n), i.id, 'PARENT_CARER'::"RequestFormAsker", 'A parent (fictional)',
               'A young person (fictional)'::text, date '2010-01-01' + q.h,
               ARRAY['CARE_NOT_WORKING', 'SAFETY']::"RequestWorry"[], 'AT_RISK'::"RequestHospitalStatus", true,
               format('parent-%s@bench.invalid', q.n), 'EMAIL'::"ContactMethod",
               (current_date - q.h % 400)::timestamptz, q.id
        FROM b_request q JOIN b_icb i USING (icb) WHERE (q.n / ${ICBS}) % 20 = 3
        UNION ALL
        SELECT gen_random_uuid(), format('RQ-BNCW-%s', p.n),
               CASE WHEN p.h % 3 = 0 THEN l.id ELSE i.id END,
               'SELF', NULL, 'A young person (fictional)', date '2008-01-01' + p.h,
               ARRAY['NOT_LISTENED_TO']::"RequestWorry"[], 'NOT_SURE', true,
               format('young-%s@bench.invalid', p.n), 'EMAIL',
               now() - make_interval(hours => p.h * 5), NULL
        FROM b_person p JOIN b_icb i USING (icb) JOIN b_la l ON l.icb = p.icb AND l.k = 0
        WHERE (p.n / ${ICBS}) % 20 = 7;`,
    ],
    [
      "audit events",
      `
      INSERT INTO "AuditEvent" (id, at, "actorKind", "actorId", "actingAs", "personId", operation, outcome,
                                "targetType", "targetId")
        SELECT gen_random_uuid(),
               now() - make_interval(mins => ((g::bigint * 7919) % 1051200)::int),
               'USER', s.id, 'COMMISSIONER', p.id,
               (ARRAY['person.read', 'review.read', 'register.read', 'action.update', 'review.updateStatus',
                      'person.read', 'report.read', 'person.read'])[1 + g % 8],
               CASE WHEN g % 97 = 0 THEN 'DENIED' ELSE 'ALLOWED' END::"AuditOutcome",
               'Person', p.id::text
        FROM generate_series(1, ${auditEvents - heavyAuditEvents}) g
        JOIN b_person p ON p.n = 1 + (g::bigint * 104729) % ${people}
        JOIN b_staff s ON s.icb = p.icb AND s.k = g % ${STAFF_PER_ICB};
      -- One demo person in Grace Holt's caseload with a long trail: the audit page measured.
      INSERT INTO "AuditEvent" (id, at, "actorKind", "actorId", "actingAs", "personId", operation, outcome,
                                "targetType", "targetId")
        SELECT gen_random_uuid(), now() - make_interval(mins => g * 37), 'USER', u.id, 'COMMISSIONER', p.id,
               (ARRAY['person.read', 'review.read', 'register.read'])[1 + g % 3], 'ALLOWED', 'Person', p.id::text
        FROM generate_series(1, ${heavyAuditEvents}) g,
             (SELECT id FROM "Person" WHERE name = 'Alex Morgan' AND "nhsNumber" LIKE '999%' LIMIT 1) p,
             (SELECT id FROM "User" WHERE email = 'grace.holt@icb.example') u;`,
    ],
    [
      "statistics",
      // Statistics and the visibility map, as autovacuum keeps them on a database in use
      // (without them counts read every row's heap page): the bench must not measure before.
      "VACUUM (ANALYZE)",
    ],
  ] as const satisfies readonly (readonly [string, string])[];
}

/**
 * Adds the national picture to a database that already holds the demo seed.
 * Prints one line per step with its time (so a slow step is easy to find).
 */
export async function generateNationalData(
  client: pg.Client,
  { scale }: NationalDataOptions,
  print: (line: string) => void,
): Promise<NationalDataCounts> {
  const people = Math.round(50_400 * scale);
  const auditEvents = Math.round(1_000_000 * scale);
  const heavyAuditEvents = Math.round(20_000 * scale);
  for (const [name, sql] of steps(people, auditEvents, heavyAuditEvents)) {
    const started = performance.now();
    await client.query(sql);
    print(`  ${name.padEnd(16)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { people, reviews: people * REVIEWS_PER_PERSON, auditEvents };
}
