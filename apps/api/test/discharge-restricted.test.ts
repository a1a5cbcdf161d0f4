import { day, personData } from "@cetr/db/testing";
import { addDays, type CalendarDate, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

/** Restricted-patient monitoring (Appendix 6) and emergency protocol meetings (§10). */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const today = londonCalendarDate(new Date());
const ago = (n: number): CalendarDate => addDays(today, -n);
const dbDay = (d: string) => new Date(`${d}T00:00:00Z`);
let continueReviewId: string;
let readyReviewId: string;
let freshReviewId: string;

type Errors = { field: string; code: string; message: string }[];
type Row = {
  id: string;
  reference: string;
  reviewDate: string;
  outcome: string;
  responsibleClinician: string;
  referredToMojOn: string | null;
  requestType: string | null;
  mojResponseOn: string | null;
  narrative: string | null;
  escalation: string | null;
  provider: { name: string };
  review: { id: string } | null;
  mojContactDueOn: string | null;
  mojContactOverdue: boolean;
  mojContactLate: boolean;
};
const ROW = `id reference reviewDate outcome responsibleClinician referredToMojOn requestType
  mojResponseOn narrative escalation provider { name } review { id }
  mojContactDueOn mojContactOverdue mojContactLate`;

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const review = (outcome: "CONTINUE_CURRENT_CARE" | "READY_FOR_DISCHARGE") =>
    api.db.prisma.review.create({
      data: {
        personId: world.pat.id,
        kind: "INPATIENT",
        status: "REPORT_SENT",
        enquirySetting: "SECURE",
        commissioningOrganisationId: world.orgA.id,
        outcome,
      },
    });
  continueReviewId = (await review("CONTINUE_CURRENT_CARE")).id;
  readyReviewId = (await review("READY_FOR_DISCHARGE")).id;
  freshReviewId = (await review("READY_FOR_DISCHARGE")).id;
  const row = (
    reference: string,
    reviewDate: CalendarDate,
    extra: { referredToMojOn?: Date; reviewId?: string; personId?: string } = {},
  ) => ({
    personId: world.pat.id,
    reference,
    reviewDate: dbDay(reviewDate),
    outcome: "Ready for conditional discharge",
    providerId: world.orgB.id,
    responsibleClinician: "Dr Evans",
    ...extra,
  });
  await api.db.prisma.restrictedPatientMonitoring.createMany({
    data: [
      row("A-10-days-no-referral", ago(10)),
      row("B-3-days", ago(3)),
      row("C-referred-late", ago(10), { referredToMojOn: dbDay(ago(2)) }),
      row("D-exactly-a-week", ago(7)),
      row("E-8-days", ago(8), { reviewId: readyReviewId }),
      row("F-continue-care", ago(30), { reviewId: continueReviewId }),
      row("Q-other-caseload", ago(30), { personId: world.quinn.id }),
    ],
  });
});
afterAll(() => api.close());

type ListResult = {
  restrictedMonitoring: {
    totalCount: number;
    edges: { cursor: string; node: Row }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const LIST = `query($first: Int, $after: String, $overdue: Boolean) {
  restrictedMonitoring(first: $first, after: $after, mojContactOverdue: $overdue) {
    totalCount edges { cursor node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`;
const list = (as: string | undefined, vars: Record<string, unknown> = {}) =>
  api.gql<ListResult>(LIST, { first: 50, ...vars }, { as });

describe("the MoJ contact clock (Appendix 6: within one week of the review)", () => {
  it("computes the due date, overdue and late for each row", async () => {
    const { body } = await list(tokens.commissioner);
    expect(body.errors).toBeUndefined();
    const byRef = new Map(
      body.data?.restrictedMonitoring.edges.map((e) => [e.node.reference, e.node]),
    );
    expect(byRef.get("A-10-days-no-referral")).toMatchObject({
      mojContactDueOn: ago(3),
      mojContactOverdue: true,
      mojContactLate: false,
    });
    expect(byRef.get("B-3-days")).toMatchObject({
      mojContactDueOn: addDays(today, 4),
      mojContactOverdue: false,
    });
    expect(byRef.get("C-referred-late")).toMatchObject({
      mojContactOverdue: false,
      mojContactLate: true,
    });
    // Due today: on time until the day is over.
    expect(byRef.get("D-exactly-a-week")).toMatchObject({
      mojContactDueOn: today,
      mojContactOverdue: false,
    });
    expect(byRef.get("E-8-days")).toMatchObject({ mojContactOverdue: true });
    // The review did not find the person ready for discharge: no clock.
    expect(byRef.get("F-continue-care")).toMatchObject({
      mojContactDueOn: null,
      mojContactOverdue: false,
    });
  });

  it("the filter agrees with the computed field", async () => {
    const all = (await list(tokens.commissioner)).body.data?.restrictedMonitoring;
    const overdue = (await list(tokens.commissioner, { overdue: true })).body.data
      ?.restrictedMonitoring;
    const notOverdue = (await list(tokens.commissioner, { overdue: false })).body.data
      ?.restrictedMonitoring;
    const refs = (c: typeof all) => c?.edges.map((e) => e.node.reference).sort();
    expect(refs(overdue)).toEqual(["A-10-days-no-referral", "E-8-days"]);
    expect(overdue?.totalCount).toBe(2);
    expect(notOverdue?.edges.every((e) => !e.node.mojContactOverdue)).toBe(true);
    expect(notOverdue?.totalCount).toBe(4);
    expect(
      all?.edges
        .filter((e) => e.node.mojContactOverdue)
        .map((e) => e.node.reference)
        .sort(),
    ).toEqual(refs(overdue));
  });
});

describe("restrictedMonitoring (root connection)", () => {
  it("pages with keyset cursors, latest review first, and counts every row", async () => {
    const first = await list(tokens.commissioner, { first: 4 });
    const page1 = first.body.data?.restrictedMonitoring;
    expect(page1?.totalCount).toBe(6);
    expect(page1?.edges.map((e) => e.node.reviewDate)).toEqual([ago(3), ago(7), ago(8), ago(10)]);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const second = await list(tokens.commissioner, { first: 4, after: page1?.pageInfo.endCursor });
    const page2 = second.body.data?.restrictedMonitoring;
    expect(page2?.edges.map((e) => e.node.reviewDate)).toEqual([ago(10), ago(30)]);
    expect(page2?.pageInfo.hasNextPage).toBe(false);
    const seen = [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(6);
  });

  it("refuses a page over 100 and a forged cursor", async () => {
    const big = await api.gql(
      `{ restrictedMonitoring(first: 101) { totalCount } }`,
      {},
      {
        as: tokens.commissioner,
      },
    );
    expect(big.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const forged = await list(tokens.commissioner, { after: "bm9wZQ" });
    expect(forged.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each(["self", "parentWithPr", "advocateShared", "panelMember", "clinicianB", "stranger"])(
    "%s sees no rows",
    async (role) => {
      const { body } = await list(tokens[role]);
      expect(body.errors).toBeUndefined();
      expect(body.data?.restrictedMonitoring).toMatchObject({ totalCount: 0, edges: [] });
    },
  );

  it("staff of the other caseload see only their own person's row", async () => {
    const { body } = await list(tokens.outsiderStaff);
    expect(body.data?.restrictedMonitoring.edges.map((e) => e.node.reference)).toEqual([
      "Q-other-caseload",
    ]);
  });

  it("filters by the organisation whose caseload the person is on", async () => {
    const refs = async (organisationId: string) =>
      (
        await api.gql<{ restrictedMonitoring: { edges: { node: { reference: string } }[] } }>(
          `query($o: ID) { restrictedMonitoring(first: 50, organisationId: $o) { edges { node { reference } } } }`,
          { o: organisationId },
          { as: tokens.outsiderStaff },
        )
      ).body.data?.restrictedMonitoring.edges.map((e) => e.node.reference);
    expect(await refs(globalId("Organisation", world.other.id))).toEqual(["Q-other-caseload"]);
    expect(await refs(globalId("Organisation", world.orgA.id))).toEqual([]);
  });

  it("names the person each row is about, for the console's table", async () => {
    const { body } = await api.gql<{
      restrictedMonitoring: { edges: { node: { reference: string; person: { id: string } } }[] };
    }>(
      `{ restrictedMonitoring(first: 50) { edges { node { reference person { id } } } } }`,
      {},
      {
        as: tokens.outsiderStaff,
      },
    );
    const [row] = body.data?.restrictedMonitoring.edges ?? [];
    expect(row?.node.reference).toBe("Q-other-caseload");
    expect(row?.node.person.id).toBe(globalId("Person", world.quinn.id));
  });

  it("anonymous callers are told to sign in", async () => {
    const { body } = await api.gql(`{ restrictedMonitoring(first: 5) { totalCount } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("Person.restrictedMonitoring: staff yes, family no", async () => {
    const q = `query($id: ID!) { person(id: $id) { restrictedMonitoring { reference } } }`;
    const staff = await api.gql<{ person: { restrictedMonitoring: { reference: string }[] } }>(
      q,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.coordinator },
    );
    expect(staff.body.data?.person.restrictedMonitoring).toHaveLength(6);
    const parent = await api.gql<{ person: { restrictedMonitoring: unknown[] } }>(
      q,
      { id: globalId("Person", world.pat.id) },
      { as: tokens.parentWithPr },
    );
    expect(parent.body.data?.person.restrictedMonitoring).toEqual([]);
  });
});

const RECORD = `mutation($input: RecordRestrictedMonitoringInput!) {
  recordRestrictedMonitoring(input: $input) { restrictedMonitoring { ${ROW} } errors { field code message } } }`;
const UPDATE = `mutation($input: UpdateRestrictedMonitoringInput!) {
  updateRestrictedMonitoring(input: $input) { restrictedMonitoring { ${ROW} } errors { field code message } } }`;
type RecordResult = {
  recordRestrictedMonitoring: { restrictedMonitoring: Row | null; errors: Errors };
};
type UpdateResult = {
  updateRestrictedMonitoring: { restrictedMonitoring: Row | null; errors: Errors };
};
const validRecord = (extra: Record<string, unknown> = {}) => ({
  personId: globalId("Person", world.pat.id),
  reference: "NV-RP-1",
  reviewDate: ago(2),
  outcome: "Ready for discharge",
  providerId: globalId("Organisation", world.orgB.id),
  responsibleClinician: "Dr Rhys Evans",
  ...extra,
});
let recordedId: string;

describe("recordRestrictedMonitoring", () => {
  it("staff add a row with every Appendix 6 column", async () => {
    const { body } = await api.gql<RecordResult>(
      RECORD,
      {
        input: validRecord({
          reviewId: globalId("Review", freshReviewId),
          referredToMojOn: ago(1),
          requestType: "DISCHARGE",
          narrative: "Conditional discharge requested",
        }),
      },
      { as: tokens.commissioner },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordRestrictedMonitoring.errors).toEqual([]);
    const row = body.data?.recordRestrictedMonitoring.restrictedMonitoring;
    if (!row) throw new Error("no row");
    recordedId = row.id;
    expect(row).toMatchObject({
      reference: "NV-RP-1",
      reviewDate: ago(2),
      outcome: "Ready for discharge",
      provider: { name: world.orgB.name },
      responsibleClinician: "Dr Rhys Evans",
      referredToMojOn: ago(1),
      requestType: "DISCHARGE",
      mojResponseOn: null,
      narrative: "Conditional discharge requested",
      escalation: null,
      review: { id: globalId("Review", freshReviewId) },
      mojContactDueOn: addDays(ago(2), 7),
      mojContactOverdue: false,
      mojContactLate: false,
    });
  });

  it("validation errors are field-addressed", async () => {
    const { body } = await api.gql<RecordResult>(
      RECORD,
      {
        input: validRecord({
          reference: " ",
          reviewDate: addDays(today, 3),
          outcome: "",
          providerId: globalId("Organisation", "00000000-0000-4000-8000-000000000000"),
          responsibleClinician: "x".repeat(201),
          referredToMojOn: "2026-13-01",
          reviewId: globalId("Review", "00000000-0000-4000-8000-000000000000"),
        }),
      },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordRestrictedMonitoring.restrictedMonitoring).toBeNull();
    expect(
      body.data?.recordRestrictedMonitoring.errors.map((e) => [e.field, e.code]).sort(),
    ).toEqual([
      ["outcome", "REQUIRED"],
      ["providerId", "NOT_FOUND"],
      ["reference", "REQUIRED"],
      ["referredToMojOn", "DATE_INVALID"],
      ["responsibleClinician", "TOO_LONG"],
      ["reviewDate", "DATE_IN_FUTURE"],
      ["reviewId", "NOT_FOUND"],
    ]);
  });

  it("a referral before the review is refused", async () => {
    const { body } = await api.gql<RecordResult>(
      RECORD,
      { input: validRecord({ reference: "NV-RP-2", referredToMojOn: ago(5) }) },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordRestrictedMonitoring.errors).toEqual([
      expect.objectContaining({ field: "referredToMojOn", code: "DATE_TOO_EARLY" }),
    ]);
  });

  it("a reference or review already on the table is refused", async () => {
    const dupRef = await api.gql<RecordResult>(
      RECORD,
      { input: validRecord() },
      {
        as: tokens.commissioner,
      },
    );
    expect(dupRef.body.data?.recordRestrictedMonitoring.errors).toEqual([
      expect.objectContaining({ field: "reference", code: "ALREADY_EXISTS" }),
    ]);
    const dupReview = await api.gql<RecordResult>(
      RECORD,
      { input: validRecord({ reference: "NV-RP-3", reviewId: globalId("Review", readyReviewId) }) },
      { as: tokens.commissioner },
    );
    expect(dupReview.body.data?.recordRestrictedMonitoring.errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "ALREADY_EXISTS" }),
    ]);
  });

  it.each([
    ["parentWithPr", "FORBIDDEN"],
    ["self", "FORBIDDEN"],
    ["clinicianB", "NOT_FOUND"],
    ["stranger", "NOT_FOUND"],
  ])("%s cannot add a row (%s)", async (role, code) => {
    const { body } = await api.gql<RecordResult>(
      RECORD,
      { input: validRecord({ reference: `deny-${role}` }) },
      { as: tokens[role] },
    );
    expect(body.data?.recordRestrictedMonitoring.errors).toEqual([
      expect.objectContaining({ field: "personId", code }),
    ]);
  });

  it("a refused write is audited as DENIED", async () => {
    const denied = await api.db.prisma.auditEvent.findFirst({
      where: {
        outcome: "DENIED",
        operation: "recordRestrictedMonitoring",
        actorId: world.users.parentWithPr.id,
      },
    });
    expect(denied).not.toBeNull();
  });
});

describe("updateRestrictedMonitoring", () => {
  it("records the MoJ response; null clears an optional field; omitted keeps", async () => {
    const { body } = await api.gql<UpdateResult>(
      UPDATE,
      { input: { id: recordedId, mojResponseOn: today, narrative: null, escalation: "To ICB" } },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateRestrictedMonitoring.errors).toEqual([]);
    expect(body.data?.updateRestrictedMonitoring.restrictedMonitoring).toMatchObject({
      mojResponseOn: today,
      narrative: null,
      escalation: "To ICB",
      referredToMojOn: ago(1),
      reference: "NV-RP-1",
    });
  });

  it("clearing the referral on an old row makes it overdue", async () => {
    const { body } = await api.gql<UpdateResult>(
      UPDATE,
      {
        input: { id: recordedId, reviewDate: ago(20), referredToMojOn: null, mojResponseOn: null },
      },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateRestrictedMonitoring.errors).toEqual([]);
    expect(body.data?.updateRestrictedMonitoring.restrictedMonitoring).toMatchObject({
      mojContactDueOn: ago(13),
      mojContactOverdue: true,
    });
  });

  it("a required column cannot be cleared; dates are checked", async () => {
    const { body } = await api.gql<UpdateResult>(
      UPDATE,
      { input: { id: recordedId, outcome: null, reviewDate: "yesterday" } },
      { as: tokens.coordinator },
    );
    expect(body.data?.updateRestrictedMonitoring.errors.map((e) => [e.field, e.code])).toEqual([
      ["reviewDate", "DATE_INVALID"],
      ["outcome", "REQUIRED"],
    ]);
  });

  it.each([
    ["parentWithPr", "NOT_FOUND"],
    ["outsiderStaff", "NOT_FOUND"],
  ])("%s cannot change a row (%s)", async (role, code) => {
    const { body } = await api.gql<UpdateResult>(
      UPDATE,
      { input: { id: recordedId, narrative: "x" } },
      { as: tokens[role] },
    );
    expect(body.data?.updateRestrictedMonitoring.errors).toEqual([
      expect.objectContaining({ field: "id", code }),
    ]);
  });
});

const MEETING = `id organisation { name } convenedBy { displayName } heldAt attendees situation outcome admissionAvoided`;
const RECORD_MEETING = `mutation($input: RecordEmergencyMeetingInput!) {
  recordEmergencyMeeting(input: $input) { emergencyMeeting { ${MEETING} } errors { field code message } } }`;
type Meeting = {
  id: string;
  organisation: { name: string };
  convenedBy: { displayName: string };
  heldAt: string;
  attendees: string[];
  situation: string;
  outcome: string;
  admissionAvoided: boolean;
};
type MeetingResult = {
  recordEmergencyMeeting: { emergencyMeeting: Meeting | null; errors: Errors };
};
const validMeeting = (extra: Record<string, unknown> = {}) => ({
  personId: globalId("Person", world.pat.id),
  organisationId: globalId("Organisation", world.orgA.id),
  heldAt: "2026-11-11T16:30:00Z",
  attendees: ["Grace Holt", " Kim Walsh "],
  situation: "Crisis at home overnight",
  outcome: "Intensive support at home tonight",
  admissionAvoided: true,
  supportAgreed: "AT_HOME",
  ...extra,
});

describe("recordEmergencyMeeting (§10: not a CTR)", () => {
  it("staff record a meeting; they are its convener", async () => {
    const { body } = await api.gql<MeetingResult>(
      RECORD_MEETING,
      { input: validMeeting() },
      { as: tokens.commissioner },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordEmergencyMeeting.errors).toEqual([]);
    expect(body.data?.recordEmergencyMeeting.emergencyMeeting).toMatchObject({
      organisation: { name: world.orgA.name },
      convenedBy: { displayName: "commissioner" },
      heldAt: "2026-11-11T16:30:00.000Z",
      attendees: ["Grace Holt", "Kim Walsh"],
      admissionAvoided: true,
    });
  });

  it("records Appendix 4's answers (§45.2.1) and the support agreed (§45.2.2)", async () => {
    const { body } = await api.gql<{
      recordEmergencyMeeting: {
        emergencyMeeting: {
          answers: { questionId: string; answer: string | null }[];
          supportAgreed: string;
          supportReason: string;
        } | null;
        errors: Errors;
      };
    }>(
      `mutation($input: RecordEmergencyMeetingInput!) { recordEmergencyMeeting(input: $input) {
        emergencyMeeting { answers { questionId answer } supportAgreed supportReason }
        errors { field code message } } }`,
      {
        input: validMeeting({
          answers: [
            { questionId: "VIEWS", answer: " His mum wants him home with more help " },
            { questionId: "RISKS", answer: "   " },
          ],
          supportAgreed: "LOCAL_NON_INPATIENT",
          supportReason: "The home support team cannot start until Monday",
        }),
      },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordEmergencyMeeting.errors).toEqual([]);
    const meeting = body.data?.recordEmergencyMeeting.emergencyMeeting;
    expect(meeting?.answers).toHaveLength(15);
    expect(meeting?.answers.filter((a) => a.answer !== null)).toEqual([
      { questionId: "VIEWS", answer: "His mum wants him home with more help" },
    ]);
    expect(meeting).toMatchObject({
      supportAgreed: "LOCAL_NON_INPATIENT",
      supportReason: "The home support team cannot start until Monday",
    });
  });

  it.each([
    ["no support agreed", { supportAgreed: null }, [["supportAgreed", "REQUIRED"]]],
    [
      "out of area without the justification",
      { supportAgreed: "OUT_OF_AREA", admissionAvoided: false },
      [["supportReason", "REQUIRED"]],
    ],
    [
      "a question Appendix 4 does not ask",
      { answers: [{ questionId: "SHOE_SIZE", answer: "9" }] },
      [["answers.SHOE_SIZE", "INVALID_CHOICE"]],
    ],
  ])("refuses %s", async (_what, extra, expected) => {
    const { body } = await api.gql<MeetingResult>(
      RECORD_MEETING,
      { input: validMeeting(extra) },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordEmergencyMeeting.errors.map((e) => [e.field, e.code])).toEqual(
      expected,
    );
  });

  it("makes a full review due when admission follows the meeting (§45.2.3)", async () => {
    const p = api.db.prisma;
    const sam = await p.person.create({ data: personData(977, { name: "Sam Follow" }) });
    await p.caseloadAssignment.create({
      data: {
        personId: sam.id,
        organisationId: world.orgA.id,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
    const today = londonCalendarDate(new Date());
    const { body } = await api.gql<MeetingResult>(
      RECORD_MEETING,
      {
        input: validMeeting({
          personId: globalId("Person", sam.id),
          heldAt: `${addDays(today, -3)}T09:00:00Z`,
          supportAgreed: "LOCAL_INPATIENT",
          supportReason: "Risk to others could not be managed at home",
          admissionAvoided: false,
        }),
      },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordEmergencyMeeting.errors).toEqual([]);
    await p.settingEvent.create({
      data: {
        personId: sam.id,
        kind: "ADMISSION",
        occurredOn: day(addDays(today, -2)),
        route: "CIVIL",
        setting: "LD_MH_NON_SECURE",
      },
    });
    const due = await api.gql<{ person: { dueReviews: { kind: string; section: string }[] } }>(
      `query($id: ID!) { person(id: $id) { dueReviews { kind section } } }`,
      { id: globalId("Person", sam.id) },
      { as: tokens.commissioner },
    );
    expect(due.body.data?.person.dueReviews).toContainEqual(
      expect.objectContaining({
        kind: "POST_ADMISSION_REVIEW",
        section: expect.stringContaining("Appendix 4 §45.2.3"),
      }),
    );
  });

  it("Person.emergencyMeetings: staff on the caseload yes; the family and others no", async () => {
    const q = `query($id: ID!) { person(id: $id) { emergencyMeetings { situation } } }`;
    for (const [role, count] of [
      ["coordinator", 2],
      ["self", 0],
      ["parentWithPr", 0],
      ["panelMember", 0],
    ] as const) {
      const { body } = await api.gql<{ person: { emergencyMeetings: unknown[] } | null }>(
        q,
        { id: globalId("Person", world.pat.id) },
        { as: tokens[role] },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.person?.emergencyMeetings ?? []).toHaveLength(count);
    }
  });

  it("validation errors are field-addressed", async () => {
    const { body } = await api.gql<MeetingResult>(
      RECORD_MEETING,
      {
        input: validMeeting({
          organisationId: globalId("Organisation", "00000000-0000-4000-8000-000000000000"),
          heldAt: "2026-11-11T16:30",
          attendees: [" "],
          situation: "",
          outcome: "   ",
        }),
      },
      { as: tokens.commissioner },
    );
    expect(body.data?.recordEmergencyMeeting.errors.map((e) => [e.field, e.code])).toEqual([
      ["organisationId", "NOT_FOUND"],
      ["heldAt", "DATE_INVALID"],
      ["attendees", "REQUIRED"],
      ["situation", "REQUIRED"],
      ["outcome", "REQUIRED"],
    ]);
    const future = await api.gql<MeetingResult>(
      RECORD_MEETING,
      { input: validMeeting({ heldAt: "2999-01-01T00:00:00Z" }) },
      { as: tokens.commissioner },
    );
    expect(future.body.data?.recordEmergencyMeeting.errors).toEqual([
      expect.objectContaining({ field: "heldAt", code: "DATE_IN_FUTURE" }),
    ]);
  });

  it.each([
    ["parentWithPr", "FORBIDDEN"],
    ["outsiderStaff", "NOT_FOUND"],
    ["stranger", "NOT_FOUND"],
  ])("%s cannot record one (%s)", async (role, code) => {
    const { body } = await api.gql<MeetingResult>(
      RECORD_MEETING,
      { input: validMeeting() },
      { as: tokens[role] },
    );
    expect(body.data?.recordEmergencyMeeting.errors).toEqual([
      expect.objectContaining({ field: "personId", code }),
    ]);
  });
});

describe("partners (restricted:read / restricted:write)", () => {
  const partner = async (scopes: string[], organisationIds: string[]) => {
    const { client, secret } = await createApiClient(api.db, {
      name: `partner ${scopes.join(" ")}`,
      scopes: scopes as never,
      organisationIds,
    });
    const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
    if (!issued.ok) throw new Error(issued.description);
    return issued.accessToken;
  };

  it("restricted:read for the caseload organisation lists its rows; other scopes see none", async () => {
    const staff = await list(tokens.commissioner);
    const reader = await list(await partner(["restricted:read"], [world.orgA.id]));
    expect(reader.body.errors).toBeUndefined();
    expect(reader.body.data?.restrictedMonitoring.totalCount).toBe(
      staff.body.data?.restrictedMonitoring.totalCount,
    );
    const other = await list(await partner(["discharge:read"], [world.orgA.id]));
    expect(other.body.data?.restrictedMonitoring).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("restricted:write may add a row, but not an emergency meeting (that needs its convener)", async () => {
    const writer = await partner(
      ["people:read", "restricted:read", "restricted:write"],
      [world.orgA.id],
    );
    const row = await api.gql<RecordResult>(
      RECORD,
      { input: validRecord({ reference: "NV-RP-PARTNER" }) },
      { as: writer },
    );
    expect(row.body.data?.recordRestrictedMonitoring.errors).toEqual([]);
    const meeting = await api.gql<MeetingResult>(
      RECORD_MEETING,
      { input: validMeeting() },
      { as: writer },
    );
    expect(meeting.body.data?.recordEmergencyMeeting.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "FORBIDDEN" }),
    ]);
  });
});
