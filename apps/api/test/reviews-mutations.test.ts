import { day, personData } from "@cetr/db/testing";
import { addDays, londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
const today = londonCalendarDate(new Date());
/** Pat was admitted (non-secure, civil) 10 days ago with no community review first. */
const admittedOn = addDays(today, -10);

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1] ?? "";

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  await api.db.prisma.settingEvent.create({
    data: {
      personId: world.pat.id,
      kind: "ADMISSION",
      occurredOn: day(admittedOn),
      route: "CIVIL",
      setting: "LD_MH_NON_SECURE",
    },
  });
});
afterAll(() => api.close());

type Errors = { field: string; code: string; message: string }[];
type Payload<K extends string, T> = Record<K, { errors: Errors } & T>;

const SCHEDULE = `mutation($input: ScheduleReviewInput!) { scheduleReview(input: $input) {
  review { id status kind dueOn scheduledOn reportDueOn policyProfileKey enquirySetting venue format
    commissioningOrganisation { name } }
  errors { field code message }
} }`;
type Scheduled = Payload<
  "scheduleReview",
  {
    review: {
      id: string;
      status: string;
      dueOn: string | null;
      scheduledOn: string;
      reportDueOn: string;
      enquirySetting: string;
    } | null;
  }
>;
const scheduleInput = (overrides: Record<string, unknown> = {}) => ({
  personId: gid("Person", world.pat.id),
  kind: "POST_ADMISSION",
  date: addDays(today, 7),
  venue: "Ward 3, quiet room",
  format: "IN_PERSON",
  commissioningOrganisationId: gid("Organisation", world.orgA.id),
  ...overrides,
});

const TRANSITION = `mutation($input: TransitionReviewInput!) { transitionReview(input: $input) {
  review { id status heldOn reportDueOn closedReason blockers { code } }
  errors { field code message }
} }`;
type Transitioned = Payload<
  "transitionReview",
  { review: { status: string; heldOn: string | null; reportDueOn: string | null } | null }
>;

const ADD_PANEL = `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) {
  panelMember { id role chairKind user { displayName } review { id } }
  errors { field code message }
} }`;
type Added = Payload<"addPanelMember", { panelMember: { id: string; role: string } | null }>;
const DECLARE = `mutation($input: DeclarePanelConflictInput!) { declarePanelConflict(input: $input) {
  panelMember { id hasConflict conflictDetails conflictDeclaredAt } errors { field code message }
} }`;
const TRAINING = `mutation($input: RecordPanelTrainingInput!) { recordPanelTraining(input: $input) {
  panelMember { id trainingCompletedOn } errors { field code message }
} }`;
const RECORD_CONSENT = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) {
  consent { id purpose answer basis rationale sharedWith { displayName } review { id } }
  errors { field code message }
} }`;
type Recorded = Payload<"recordConsent", { consent: { id: string; basis: string | null } | null }>;
const WITHDRAW = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {
  consent { id withdrawnAt withdrawnReason } errors { field code message }
} }`;
type Withdrawn = Payload<"withdrawConsent", { consent: { withdrawnAt: string | null } | null }>;

let reviewId = "";

describe("scheduleReview", () => {
  it("plans a review; the due date comes from the admission and the profile (§11), the report date from §7.2.18", async () => {
    const { body } = await api.gql<Scheduled>(
      SCHEDULE,
      { input: scheduleInput() },
      { as: tokens.coordinator },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.scheduleReview.errors).toEqual([]);
    const review = body.data?.scheduleReview.review;
    expect(review).toMatchObject({
      status: "PLANNED",
      kind: "POST_ADMISSION",
      policyProfileKey: "national-2017",
      enquirySetting: "INPATIENT",
      scheduledOn: addDays(today, 7),
      dueOn: addDays(admittedOn, 28),
      reportDueOn: addDays(today, 21),
      commissioningOrganisation: { name: world.orgA.name },
    });
    reviewId = rawId(review?.id ?? "");
    const stored = await api.db.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(stored.triggerEventId).not.toBeNull();
  });

  it("returns every input problem against its field", async () => {
    const { body } = await api.gql<Scheduled>(
      SCHEDULE,
      {
        input: scheduleInput({
          kind: null,
          date: "2026-02-30",
          policyProfileKey: "made-up",
          commissioningOrganisationId: gid("Organisation", world.orgB.id),
        }),
      },
      { as: tokens.coordinator },
    );
    expect(body.data?.scheduleReview.review).toBeNull();
    expect(body.data?.scheduleReview.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ["commissioningOrganisationId", "NOT_FOUND"],
      ["date", "DATE_INVALID"],
      ["kind", "REQUIRED"],
      ["policyProfileKey", "PROFILE_UNKNOWN"],
    ]);
  });

  it("accepts a built-in local profile", async () => {
    const { body } = await api.gql<Scheduled>(
      SCHEDULE,
      { input: scheduleInput({ policyProfileKey: "children-5-working-days", kind: "ON_REQUEST" }) },
      { as: tokens.commissioner },
    );
    expect(body.data?.scheduleReview.errors).toEqual([]);
    expect(body.data?.scheduleReview.review?.dueOn).toBeNull();
  });

  it("is refused to people who may not change Pat's reviews (and audited)", async () => {
    const run = async (role: string) =>
      (await api.gql<Scheduled>(SCHEDULE, { input: scheduleInput() }, { as: tokens[role] })).body
        .data?.scheduleReview;
    expect((await run("parentWithPr"))?.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "FORBIDDEN" }),
    ]);
    expect((await run("stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "NOT_FOUND" }),
    ]);
    const audit = await api.db.prisma.auditEvent.findMany({
      where: { actorId: world.users.stranger.id, operation: "scheduleReview", outcome: "DENIED" },
    });
    expect(audit).toHaveLength(1);
  });
});

describe("transitionReview and the panel", () => {
  const move = async (
    to: string | null,
    extra: Record<string, unknown> = {},
    role = "commissioner",
  ) =>
    (
      await api.gql<Transitioned>(
        TRANSITION,
        { input: { reviewId: gid("Review", reviewId), to, ...extra } },
        { as: tokens[role] },
      )
    ).body.data?.transitionReview;
  const seats: Record<string, string> = {};

  it("refuses moves the lifecycle does not allow", async () => {
    const r = await move("HELD");
    expect(r?.review).toBeNull();
    expect(r?.errors).toEqual([
      expect.objectContaining({ field: "to", code: "TRANSITION_NOT_ALLOWED" }),
    ]);
    expect((await move(null))?.errors).toEqual([
      expect.objectContaining({ field: "to", code: "REQUIRED" }),
    ]);
    expect((await move("EXEMPT"))?.errors).toEqual([
      expect.objectContaining({ field: "reason", code: "REQUIRED" }),
    ]);
  });

  it("is refused to a parent (can see, cannot change) and to strangers", async () => {
    expect((await move("CONSENT_PENDING", {}, "parentWithPr"))?.errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "FORBIDDEN" }),
    ]);
    expect((await move("CONSENT_PENDING", {}, "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "NOT_FOUND" }),
    ]);
  });

  it("needs a consent basis before it is scheduled (§6)", async () => {
    expect((await move("CONSENT_PENDING"))?.review?.status).toBe("CONSENT_PENDING");
    const refused = await move("SCHEDULED");
    expect(refused?.errors.map((e) => e.code)).toContain("NO_CONSENT_BASIS");
    const { body } = await api.gql<Recorded>(
      RECORD_CONSENT,
      {
        input: {
          personId: gid("Person", world.pat.id),
          reviewId: gid("Review", reviewId),
          purpose: "REVIEW",
          answer: "GIVEN",
          decidedOn: today,
        },
      },
      { as: tokens.coordinator },
    );
    expect(body.data?.recordConsent.errors).toEqual([]);
    expect(body.data?.recordConsent.consent?.basis).toBe("PERSON_WITH_CAPACITY");
    expect((await move("SCHEDULED"))?.review?.status).toBe("SCHEDULED");
  });

  it("addPanelMember validates its input", async () => {
    const add = async (input: Record<string, unknown>, role = "commissioner") =>
      (
        await api.gql<Added>(
          ADD_PANEL,
          { input: { reviewId: gid("Review", reviewId), ...input } },
          { as: tokens[role] },
        )
      ).body.data?.addPanelMember;
    const chair = await add({ userId: gid("User", world.users.commissioner.id), role: "CHAIR" });
    expect(chair?.errors).toEqual([]);
    expect(chair?.panelMember).toMatchObject({ role: "CHAIR", chairKind: "COMMISSIONER" });
    seats.chair = rawId(chair?.panelMember?.id ?? "");
    expect(
      (await add({ userId: gid("User", world.users.clinicianB.id), role: "CHAIR" }))?.errors,
    ).toEqual([expect.objectContaining({ field: "role", code: "ALREADY_EXISTS" })]);
    expect(
      (
        await add({
          userId: gid("User", world.users.panelMember.id),
          role: "EXPERT_BY_EXPERIENCE",
          chairKind: "DELEGATE",
        })
      )?.errors,
    ).toEqual([expect.objectContaining({ field: "chairKind", code: "INVALID_CHOICE" })]);
    expect(
      (
        await add({
          userId: gid("User", "00000000-0000-4000-8000-000000000000"),
          role: "CLINICAL_EXPERT",
        })
      )?.errors,
    ).toEqual([expect.objectContaining({ field: "userId", code: "NOT_FOUND" })]);
    expect(
      (await add({ userId: gid("User", world.users.panelMember.id), role: null }))?.errors,
    ).toEqual([expect.objectContaining({ field: "role", code: "REQUIRED" })]);
    expect(
      (
        await add(
          { userId: gid("User", world.users.panelMember.id), role: "EXPERT_BY_EXPERIENCE" },
          "parentWithPr",
        )
      )?.errors,
    ).toEqual([expect.objectContaining({ field: "reviewId", code: "FORBIDDEN" })]);
    const ebe = await add({
      userId: gid("User", world.users.panelMember.id),
      role: "EXPERT_BY_EXPERIENCE",
    });
    seats.ebe = rawId(ebe?.panelMember?.id ?? "");
    const clinical = await add({
      userId: gid("User", world.users.clinicianB.id),
      role: "CLINICAL_EXPERT",
    });
    seats.clinical = rawId(clinical?.panelMember?.id ?? "");
    expect(seats.clinical).not.toBe("");
  });

  it("refuses to hold the review while the panel is undeclared and untrained (5.6, 5.7)", async () => {
    const r = await move("HELD");
    const codes = new Set(r?.errors.map((e) => e.code));
    expect(codes).toEqual(new Set(["PANEL_CONFLICTED", "PANEL_UNTRAINED"]));
    expect(r?.errors.every((e) => e.field === "to")).toBe(true);
  });

  it("members declare their own conflicts; a conflict needs details and blocks the review", async () => {
    const declare = async (seat: string, input: Record<string, unknown>, role: string) =>
      (
        await api.gql<Payload<"declarePanelConflict", { panelMember: unknown }>>(
          DECLARE,
          { input: { panelMemberId: gid("PanelMember", seat), ...input } },
          { as: tokens[role] },
        )
      ).body.data?.declarePanelConflict;
    expect(
      (await declare(seats.ebe as string, { hasConflict: true }, "panelMember"))?.errors,
    ).toEqual([expect.objectContaining({ field: "details", code: "REQUIRED" })]);
    const conflicted = await declare(
      seats.ebe as string,
      { hasConflict: true, details: "Used to work on the ward" },
      "panelMember",
    );
    expect(conflicted?.errors).toEqual([]);
    expect(
      (await declare(seats.clinical as string, { hasConflict: false }, "stranger"))?.errors,
    ).toEqual([expect.objectContaining({ field: "panelMemberId", code: "NOT_FOUND" })]);
    expect(
      (await declare(seats.clinical as string, { hasConflict: false }, "clinicianB"))?.errors,
    ).toEqual([]);
    expect(
      (await declare(seats.chair as string, { hasConflict: false }, "coordinator"))?.errors,
    ).toEqual([]);
    const r = await move("HELD");
    expect(r?.errors.map((e) => e.code)).toContain("PANEL_CONFLICTED");
    expect(r?.errors.map((e) => e.message).join(" ")).toMatch(/Used to work on the ward/);
    expect(
      (await declare(seats.ebe as string, { hasConflict: false }, "panelMember"))?.errors,
    ).toEqual([]);
  });

  it("records training, refusing future and unreal dates", async () => {
    const train = async (seat: string, completedOn: string, role = "commissioner") =>
      (
        await api.gql<Payload<"recordPanelTraining", { panelMember: unknown }>>(
          TRAINING,
          { input: { panelMemberId: gid("PanelMember", seat), completedOn } },
          { as: tokens[role] },
        )
      ).body.data?.recordPanelTraining;
    expect((await train(seats.chair as string, addDays(today, 3)))?.errors).toEqual([
      expect.objectContaining({ field: "completedOn", code: "DATE_IN_FUTURE" }),
    ]);
    expect((await train(seats.chair as string, "2025-13-01"))?.errors).toEqual([
      expect.objectContaining({ field: "completedOn", code: "DATE_INVALID" }),
    ]);
    // A panel member cannot certify their own training.
    expect((await train(seats.ebe as string, "2025-01-01", "panelMember"))?.errors).toEqual([
      expect.objectContaining({ field: "panelMemberId", code: "FORBIDDEN" }),
    ]);
    for (const seat of Object.values(seats))
      expect((await train(seat, "2025-01-01"))?.errors).toEqual([]);
  });

  it("holds the review: heldOn today, the report due in two weeks (§7.2.18)", async () => {
    const r = await move("HELD");
    expect(r?.errors).toEqual([]);
    expect(r?.review).toMatchObject({
      status: "HELD",
      heldOn: today,
      reportDueOn: addDays(today, 14),
    });
    const changed = await api.db.prisma.auditEvent.findMany({
      where: { operation: "transitionReview", outcome: "ALLOWED", targetId: reviewId },
    });
    expect(changed.length).toBeGreaterThanOrEqual(3);
  });
});

describe("invitations", () => {
  const GENERATE = `mutation($input: GenerateInvitationsInput!) { generateInvitations(input: $input) {
    review { id invitations { invitee priority reason user { displayName } } }
    created { id invitee priority reason user { displayName } }
    errors { field code message }
  } }`;
  type Generated = Payload<
    "generateInvitations",
    {
      review: { invitations: { invitee: string }[] } | null;
      created: {
        id: string;
        invitee: string;
        priority: string;
        reason: string;
        user: { displayName: string } | null;
      }[];
    }
  >;
  let created: Generated["generateInvitations"]["created"] = [];

  it("invites who the policy asks for, named where the record knows them, with the § reason", async () => {
    const { body } = await api.gql<Generated>(
      GENERATE,
      { input: { reviewId: gid("Review", reviewId) } },
      { as: tokens.coordinator },
    );
    expect(body.errors).toBeUndefined();
    created = body.data?.generateInvitations.created ?? [];
    const pairs = created.map((i) => `${i.invitee}:${i.user?.displayName ?? "-"}`).sort();
    // Pat is an adult in hospital: §7.2.7 clinician, named nurse, care coordinator; family; advocates.
    expect(pairs).toEqual(
      [
        "PERSON:self",
        "FAMILY:parentWithPr",
        "FAMILY:parentWithoutPr",
        "RESPONSIBLE_CLINICIAN:-",
        "NAMED_NURSE:-",
        "DIRECT_CARE_STAFF:-",
        "AFTERCARE_TEAM:-",
        "CPA_CARE_COORDINATOR:-",
        "DISCHARGE_COMMISSIONER:-",
        "ADVOCATE:advocateShared",
        "ADVOCATE:advocateNotShared",
      ].sort(),
    );
    expect(created.find((i) => i.invitee === "RESPONSIBLE_CLINICIAN")).toMatchObject({
      priority: "MUST",
      reason: expect.stringContaining("§7.2.7"),
    });
  });

  it("is idempotent", async () => {
    const { body } = await api.gql<Generated>(
      GENERATE,
      { input: { reviewId: gid("Review", reviewId) } },
      { as: tokens.coordinator },
    );
    expect(body.data?.generateInvitations.created).toEqual([]);
    expect(body.data?.generateInvitations.review?.invitations).toHaveLength(created.length);
  });

  it("is refused to people who may not change the review", async () => {
    for (const [role, code] of [
      ["self", "FORBIDDEN"],
      ["outsiderStaff", "NOT_FOUND"],
    ] as const) {
      const { body } = await api.gql<Generated>(
        GENERATE,
        { input: { reviewId: gid("Review", reviewId) } },
        { as: tokens[role] },
      );
      expect(body.data?.generateInvitations.errors).toEqual([
        expect.objectContaining({ field: "reviewId", code }),
      ]);
    }
  });

  it("records answers: the invitee their own, staff the attendance", async () => {
    const RESPOND = `mutation($input: RecordInvitationResponseInput!) { recordInvitationResponse(input: $input) {
      invitation { id response respondedAt attendance } errors { field code message }
    } }`;
    type Responded = Payload<
      "recordInvitationResponse",
      { invitation: { response: string; attendance: string; respondedAt: string | null } | null }
    >;
    const own = created.find((i) => i.invitee === "PERSON")?.id as string;
    const respond = async (input: Record<string, unknown>, role: string) =>
      (
        await api.gql<Responded>(
          RESPOND,
          { input: { invitationId: own, ...input } },
          { as: tokens[role] },
        )
      ).body.data?.recordInvitationResponse;
    const mine = await respond({ response: "ACCEPTED" }, "self");
    expect(mine?.errors).toEqual([]);
    expect(mine?.invitation).toMatchObject({ response: "ACCEPTED", attendance: "NOT_RECORDED" });
    expect(mine?.invitation?.respondedAt).not.toBeNull();
    const staff = await respond({ attendance: "IN_PERSON" }, "coordinator");
    expect(staff?.invitation).toMatchObject({ response: "ACCEPTED", attendance: "IN_PERSON" });
    expect((await respond({ attendance: "REMOTE" }, "self"))?.errors).toEqual([
      expect.objectContaining({ field: "attendance", code: "FORBIDDEN" }),
    ]);
    expect((await respond({}, "coordinator"))?.errors).toEqual([
      expect.objectContaining({ field: "response", code: "REQUIRED" }),
    ]);
    expect((await respond({ response: "DECLINED" }, "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "invitationId", code: "NOT_FOUND" }),
    ]);
  });
});

describe("recordConsent and withdrawConsent", () => {
  const input = (overrides: Record<string, unknown>) => ({
    personId: gid("Person", world.pat.id),
    reviewId: gid("Review", reviewId),
    purpose: "REVIEW",
    answer: "GIVEN",
    decidedOn: today,
    ...overrides,
  });
  const record = async (overrides: Record<string, unknown>, role = "coordinator") =>
    (await api.gql<Recorded>(RECORD_CONSENT, { input: input(overrides) }, { as: tokens[role] }))
      .body.data?.recordConsent;

  it("a best-interests decision needs its rationale (§6, §26)", async () => {
    const r = await record({ basis: "BEST_INTERESTS", capacity: "LACKS_CAPACITY" });
    expect(r?.errors).toEqual([
      expect.objectContaining({ field: "rationale", code: "BEST_INTERESTS_NOT_DOCUMENTED" }),
    ]);
    const ok = await record({
      basis: "BEST_INTERESTS",
      capacity: "LACKS_CAPACITY",
      rationale: "Meeting held with family and advocate; the review is in Pat's best interests",
    });
    expect(ok?.errors).toEqual([]);
    expect(ok?.consent?.basis).toBe("BEST_INTERESTS");
  });

  it("checks the basis against the person (an adult has no parental-responsibility basis)", async () => {
    const r = await record({ basis: "PARENTAL_RESPONSIBILITY" });
    expect(r?.consent).toBeNull();
    expect(r?.errors.length).toBeGreaterThan(0);
    expect((await record({ basis: "PROTECT_FROM_HARM" }))?.errors).toEqual([
      expect.objectContaining({ field: "basis", code: "INVALID_CHOICE" }),
    ]);
  });

  it("a refusal is recorded with its reasons explored (§6)", async () => {
    expect((await record({ answer: "REFUSED", purpose: "SHARE_WITH_PANEL" }))?.errors).toEqual([]);
    expect((await record({ answer: "REFUSED" }))?.errors).toEqual([
      expect.objectContaining({ field: "refusalReasons", code: "REFUSAL_REASONS_NOT_EXPLORED" }),
    ]);
  });

  it("field errors for missing review, recipient and bad dates", async () => {
    const r = await record({ reviewId: null, decidedOn: addDays(today, 1) });
    expect(r?.errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ["decidedOn", "DATE_IN_FUTURE"],
      ["reviewId", "REQUIRED"],
    ]);
    const share = await record({ reviewId: null, purpose: "SHARE_WITH_ADVOCATE" });
    expect(share?.errors).toEqual([
      expect.objectContaining({ field: "sharedWithUserId", code: "REQUIRED" }),
    ]);
    const otherReview = await api.db.prisma.review.create({
      data: {
        personId: world.quinn.id,
        kind: "COMMUNITY",
        status: "PLANNED",
        enquirySetting: "COMMUNITY",
        commissioningOrganisationId: world.other.id,
      },
    });
    expect((await record({ reviewId: gid("Review", otherReview.id) }))?.errors).toEqual([
      expect.objectContaining({ field: "reviewId", code: "NOT_FOUND" }),
    ]);
  });

  it("is refused to people who may not change consent", async () => {
    expect((await record({}, "advocateShared"))?.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "FORBIDDEN" }),
    ]);
    expect((await record({}, "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "NOT_FOUND" }),
    ]);
  });

  it("withdrawing consent stops access at once: the advocate's same token now gets null", async () => {
    const PERSON = `query($id: ID!) { person(id: $id) { name } }`;
    const read = async () =>
      (
        await api.gql<{ person: { name: string } | null }>(
          PERSON,
          { id: gid("Person", world.pat.id) },
          { as: tokens.advocateShared },
        )
      ).body.data?.person;
    expect(await read()).toEqual({ name: world.pat.name });
    const consentId = gid("ConsentRecord", world.advocateConsent.id);
    const withdraw = async (reason: string, role = "coordinator") =>
      (await api.gql<Withdrawn>(WITHDRAW, { input: { consentId, reason } }, { as: tokens[role] }))
        .body.data?.withdrawConsent;
    expect((await withdraw("   "))?.errors).toEqual([
      expect.objectContaining({ field: "reason", code: "REQUIRED" }),
    ]);
    expect((await withdraw("No longer wants to share", "stranger"))?.errors).toEqual([
      expect.objectContaining({ field: "consentId", code: "NOT_FOUND" }),
    ]);
    const done = await withdraw("Pat asked to stop sharing with this advocate");
    expect(done?.errors).toEqual([]);
    expect(done?.consent?.withdrawnAt).not.toBeNull();
    expect(await read()).toBeNull();
    expect((await withdraw("again"))?.errors).toEqual([
      expect.objectContaining({ field: "consentId", code: "ALREADY_EXISTS" }),
    ]);
    const denied = await api.db.prisma.auditEvent.findMany({
      where: { actorId: world.users.advocateShared.id, outcome: "DENIED", personId: world.pat.id },
    });
    expect(denied.length).toBeGreaterThan(0);
  });

  it("the person can withdraw their own consent; a parent without PR cannot", async () => {
    const share = await record({
      reviewId: null,
      purpose: "SHARE_WITH_FAMILY",
      sharedWithUserId: gid("User", world.users.parentWithoutPr.id),
    });
    expect(share?.errors).toEqual([]);
    const consentId = share?.consent?.id;
    const refused = await api.gql<Withdrawn>(
      WITHDRAW,
      { input: { consentId, reason: "Not my call" } },
      { as: tokens.advocateNotShared },
    );
    expect(refused.body.data?.withdrawConsent.errors).toEqual([
      expect.objectContaining({ field: "consentId", code: "NOT_FOUND" }),
    ]);
    const mine = await api.gql<Withdrawn>(
      WITHDRAW,
      { input: { consentId, reason: "I changed my mind" } },
      { as: tokens.self },
    );
    expect(mine.body.data?.withdrawConsent.errors).toEqual([]);
    expect(mine.body.data?.withdrawConsent.consent?.withdrawnAt).not.toBeNull();
  });
});

describe("smaller paths", () => {
  const fresh = (status: "PLANNED" | "SCHEDULED") =>
    api.db.prisma.review.create({
      data: {
        personId: world.pat.id,
        kind: "INPATIENT",
        status,
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.orgA.id,
      },
    });

  it("a panel member declares their conflicts before they can see the review (standard 5.7)", async () => {
    const r = await fresh("PLANNED");
    const seat = await api.db.prisma.panelMember.create({
      data: { reviewId: r.id, userId: world.users.panelMember.id, role: "EXPERT_BY_EXPERIENCE" },
    });
    const node = await api.gql<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: gid("PanelMember", seat.id) },
      { as: tokens.panelMember },
    );
    expect(node.body.data?.node).toBeNull();
    const { body } = await api.gql<Payload<"declarePanelConflict", { panelMember: unknown }>>(
      `mutation($input: DeclarePanelConflictInput!) { declarePanelConflict(input: $input) {
        panelMember { id } errors { field code } } }`,
      { input: { panelMemberId: gid("PanelMember", seat.id), hasConflict: false } },
      { as: tokens.panelMember },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.declarePanelConflict).toEqual({ panelMember: null, errors: [] });
    const stored = await api.db.prisma.panelMember.findUniqueOrThrow({ where: { id: seat.id } });
    expect(stored.conflictDeclaredAt).not.toBeNull();
    expect(stored.hasConflict).toBe(false);
  });

  it("EXEMPT with the §4 reason records it", async () => {
    const r = await fresh("PLANNED");
    const { body } = await api.gql<Transitioned>(
      TRANSITION,
      {
        input: { reviewId: gid("Review", r.id), to: "EXEMPT", reason: "Resettlement pathway (§4)" },
      },
      { as: tokens.commissioner },
    );
    expect(body.data?.transitionReview.errors).toEqual([]);
    expect(body.data?.transitionReview.review).toMatchObject({
      status: "EXEMPT",
      closedReason: "Resettlement pathway (§4)",
    });
  });

  it("HELD takes the date it was held, not in the future", async () => {
    const r = await fresh("SCHEDULED");
    const { body } = await api.gql<Transitioned>(
      TRANSITION,
      { input: { reviewId: gid("Review", r.id), to: "HELD", heldOn: addDays(today, 2) } },
      { as: tokens.commissioner },
    );
    expect(body.data?.transitionReview.errors).toEqual([
      expect.objectContaining({ field: "heldOn", code: "DATE_IN_FUTURE" }),
    ]);
  });
});

describe("a child's review (CETR)", () => {
  let childId = "";
  let childReview = "";
  beforeAll(async () => {
    const child = await api.db.prisma.person.create({
      data: personData(955, {
        name: "Robin",
        dateOfBirth: day(addDays(today, -(11 * 365 + 30))),
        ehcPlan: "IN_PLACE",
      }),
    });
    childId = child.id;
    await api.db.prisma.caseloadAssignment.create({
      data: {
        personId: child.id,
        organisationId: world.orgA.id,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
    await api.db.prisma.relationship.create({
      data: {
        personId: child.id,
        userId: world.users.parentWithPr.id,
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        startedOn: day("2024-01-01"),
      },
    });
    childReview = (
      await api.db.prisma.review.create({
        data: {
          personId: child.id,
          kind: "COMMUNITY",
          status: "CONSENT_PENDING",
          enquirySetting: "COMMUNITY",
          commissioningOrganisationId: world.orgA.id,
        },
      })
    ).id;
  });

  it("an 11-year-old's own consent is not a basis unless Gillick competent; a parent's with PR is (§26)", async () => {
    const record = async (overrides: Record<string, unknown>) =>
      (
        await api.gql<Recorded>(
          RECORD_CONSENT,
          {
            input: {
              personId: gid("Person", childId),
              reviewId: gid("Review", childReview),
              purpose: "REVIEW",
              answer: "GIVEN",
              decidedOn: today,
              ...overrides,
            },
          },
          { as: tokens.coordinator },
        )
      ).body.data?.recordConsent;
    const own = await record({ basis: "PERSON_WITH_CAPACITY" });
    expect(own?.errors).toEqual([
      expect.objectContaining({ field: "basis", code: "CONSENT_MISSING" }),
    ]);
    const parent = await record({ basis: "PARENTAL_RESPONSIBILITY", decidedByName: "Parent" });
    expect(parent?.errors).toEqual([]);
    expect(parent?.consent?.basis).toBe("PARENTAL_RESPONSIBILITY");
    const { body } = await api.gql<Transitioned>(
      TRANSITION,
      { input: { reviewId: gid("Review", childReview), to: "SCHEDULED" } },
      { as: tokens.commissioner },
    );
    expect(body.data?.transitionReview.errors).toEqual([]);
  });

  it("invites parent carers, the SEN team (EHC plan) and children's services (§29)", async () => {
    const { body } = await api.gql<{
      generateInvitations: { created: { invitee: string; priority: string }[]; errors: Errors };
    }>(
      `mutation($input: GenerateInvitationsInput!) { generateInvitations(input: $input) {
        created { invitee priority } errors { field code } } }`,
      { input: { reviewId: gid("Review", childReview) } },
      { as: tokens.coordinator },
    );
    const got = body.data?.generateInvitations.created.map((i) => `${i.invitee}:${i.priority}`);
    expect(got).toEqual(
      expect.arrayContaining([
        "PERSON:MUST",
        "PARENT_CARERS:MUST",
        "SEN_TEAM:MUST",
        "DIRECTOR_OF_CHILDRENS_SERVICES:SHOULD",
        "RECENT_EDUCATION_PROVIDER:SHOULD",
        "CPA_CARE_COORDINATOR:MUST",
      ]),
    );
    expect(got).not.toContain("FAMILY:SHOULD");
  });
});
