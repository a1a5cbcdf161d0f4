import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { globalId, startWorld, type World } from "./world.js";

/**
 * Triage of request forms (§14, Figure 9; issue 8 item 3): the area's staff
 * match a form to a person on their caseload, which makes it a request for
 * a review on that person's record, and reply to the requester. Runs on
 * PGlite, and on PostgreSQL with DATABASE_URL set.
 */

// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;

const SEND = `mutation($input: SendReviewRequestFormInput!) {
  sendReviewRequestForm(input: $input) { reference errors { field code } } }`;
const MATCHES = `query($reference: String!) { incomingReviewRequest(reference: $reference) {
  waiting possibleMatches { sameNhsNumber sameDateOfBirth sameName person { id name } }
  replies { channel body sentBy { displayName } } } }`;
const TRIAGE = `mutation($input: TriageIncomingRequestInput!) { triageIncomingRequest(input: $input) {
  errors { field code message }
  incomingReviewRequest { waiting reviewRequest { id } }
  reviewRequest { id stage nextStages route requester requesterName reason receivedOn
    person { name } timeline { stage note } } } }`;
const REPLY = `mutation($input: ReplyToRequesterInput!) { replyToRequester(input: $input) {
  errors { field code message } incomingReviewRequest { replies { channel body sentBy { displayName } } } } }`;

let api: Harness;
let world: World;
let tokens: Record<string, string>;
const dobOf = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

/** Sends a form to Org A about Pat (by default) and returns its reference. */
async function sendForm(overrides: Record<string, unknown> = {}): Promise<string> {
  // More forms than one address may send in an hour (request-form.test.ts tests that limit).
  await api.db.prisma.rateLimitBucket.deleteMany();
  const { body } = await api.gql<Any>(
    SEND,
    {
      input: {
        organisationId: globalId("Organisation", world.orgA.id),
        asker: "PARENT_CARER",
        askerName: "Sam Fictional",
        aboutName: world.pat.name,
        aboutDateOfBirth: dobOf(world.pat.dateOfBirth),
        worries: ["HOME_OR_PLACEMENT_AT_RISK", "OTHER"],
        worryDetail: "The support at home has stopped",
        hospitalStatus: "AT_RISK",
        consentToShare: true,
        contactEmail: "sam.fictional@example.com",
        preferredContact: "EMAIL",
        ...overrides,
      },
    },
    { as: null },
  );
  expect(body.data.sendReviewRequestForm.errors).toEqual([]);
  return body.data.sendReviewRequestForm.reference;
}

async function triage(input: Record<string, unknown>, as = tokens.coordinator) {
  const { body } = await api.gql<Any>(TRIAGE, { input }, { as });
  expect(body.errors).toBeUndefined();
  return body.data.triageIncomingRequest;
}

const patId = () => globalId("Person", world.pat.id);
const codes = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

describe("possibleMatches", () => {
  it("suggests people on the viewer's caseloads with the form's date of birth, same name first", async () => {
    const reference = await sendForm();
    const { body } = await api.gql<Any>(MATCHES, { reference }, { as: tokens.coordinator });
    const matches = body.data.incomingReviewRequest.possibleMatches;
    expect(matches[0]).toMatchObject({
      person: { name: world.pat.name },
      sameDateOfBirth: true,
      sameName: true,
      sameNhsNumber: false,
    });
  });

  it("never suggests someone on another organisation's caseload", async () => {
    const reference = await sendForm({
      aboutName: world.quinn.name,
      aboutDateOfBirth: dobOf(world.quinn.dateOfBirth),
      aboutNhsNumber: world.quinn.nhsNumber,
    });
    const { body } = await api.gql<Any>(MATCHES, { reference }, { as: tokens.commissioner });
    const names = body.data.incomingReviewRequest.possibleMatches.map((m: Any) => m.person.name);
    expect(names).not.toContain(world.quinn.name);
  });
});

const WAITING = `query($organisationId: ID) {
  incomingReviewRequests(waiting: true, organisationId: $organisationId, first: 100) {
    totalCount edges { node { reference } } } }`;

/** The dashboard's count and the requests page's rows: one field, one filter. */
async function waitingForTriage(organisationId: string | null = null, as = tokens.coordinator) {
  const { body } = await api.gql<Any>(WAITING, { organisationId }, { as });
  expect(body.errors).toBeUndefined();
  const list = body.data.incomingReviewRequests;
  return {
    count: list.totalCount as number,
    references: list.edges.map((e: Any) => e.node.reference) as string[],
  };
}

describe("requests waiting for triage", () => {
  it("are the forms not yet matched to a person: a triaged one leaves the count and the list together", async () => {
    const reference = await sendForm();
    const before = await waitingForTriage();
    expect(before.references).toContain(reference);
    expect(before.count).toBe(before.references.length);

    expect((await triage({ reference, personId: patId() })).errors).toEqual([]);
    const after = await waitingForTriage();
    expect(after.references).not.toContain(reference);
    expect(after.count).toBe(after.references.length);
    expect(after.count).toBe(before.count - 1);
    // Matched requests still waiting for a decision are on the person's record, not in this list.
    const decisions = await api.db.prisma.reviewRequest.count({
      where: { stage: { in: ["RECEIVED", "WITH_CARE_COORDINATOR", "WITH_COMMISSIONER"] } },
    });
    expect(decisions).toBeGreaterThan(0);
  });

  it("can be narrowed to one of the viewer's organisations; another organisation's id gives none", async () => {
    const reference = await sendForm();
    const all = await waitingForTriage();
    const orgA = await waitingForTriage(globalId("Organisation", world.orgA.id));
    expect(orgA.references).toContain(reference);
    expect(orgA).toEqual(all);
    const orgB = await waitingForTriage(globalId("Organisation", world.orgB.id));
    expect(orgB).toEqual({ count: 0, references: [] });
  });
});

const DECIDING = `query($organisationId: ID, $first: Int, $after: String) {
  reviewRequests(waitingForDecision: true, organisationId: $organisationId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id stage formReference person { name } } } } }`;
const ADVANCE = `mutation($input: AdvanceReviewRequestInput!) {
  advanceReviewRequest(input: $input) { errors { field code } } }`;

/** The dashboard's second count and the requests page's second list: one field, one filter. */
async function waitingForDecision(organisationId: string | null = null, as = tokens.coordinator) {
  const { body } = await api.gql<Any>(DECIDING, { organisationId, first: 100 }, { as });
  expect(body.errors).toBeUndefined();
  const list = body.data.reviewRequests;
  return { count: list.totalCount as number, nodes: list.edges.map((e: Any) => e.node) as Any[] };
}

describe("requests waiting for a decision (reviewRequests(waitingForDecision: true))", () => {
  it("take a matched form from the care coordinator to a decision, count and rows together", async () => {
    const reference = await sendForm();
    const before = await waitingForDecision();
    expect(before.nodes.map((n) => n.formReference)).not.toContain(reference);

    const { reviewRequest } = await triage({ reference, personId: patId() });
    const matched = await waitingForDecision();
    expect(matched.count).toBe(before.count + 1);
    expect(matched.count).toBe(matched.nodes.length);
    expect(matched.nodes.find((n) => n.id === reviewRequest.id)).toEqual({
      id: reviewRequest.id,
      stage: "RECEIVED",
      formReference: reference,
      person: { name: world.pat.name },
    });

    const move = async (to: string, note?: string) => {
      const { body } = await api.gql<Any>(
        ADVANCE,
        { input: { requestId: reviewRequest.id, to, note } },
        { as: tokens.coordinator },
      );
      expect(body.data.advanceReviewRequest.errors).toEqual([]);
    };
    await move("WITH_CARE_COORDINATOR");
    expect((await waitingForDecision()).nodes.map((n) => n.id)).toContain(reviewRequest.id);
    await move("RESOLVED_WITHOUT_REVIEW", "Support at home restarted; Sam is content");
    const decided = await waitingForDecision();
    expect(decided.nodes.map((n) => n.id)).not.toContain(reviewRequest.id);
    expect(decided.count).toBe(before.count);
  });

  it("can be narrowed to one of the viewer's organisations; another organisation's id gives none", async () => {
    const reference = await sendForm();
    await triage({ reference, personId: patId() });
    const all = await waitingForDecision();
    expect(all.count).toBeGreaterThan(0);
    expect(await waitingForDecision(globalId("Organisation", world.orgA.id))).toEqual(all);
    // Org B is not the coordinator's, even though the API knows it.
    expect(await waitingForDecision(globalId("Organisation", world.orgB.id))).toEqual({
      count: 0,
      nodes: [],
    });
  });

  it("is what the deprecated waitingForTriage argument meant, and pages like the other lists", async () => {
    const { body } = await api.gql<Any>(
      `{ reviewRequests(waitingForTriage: true, first: 100) { totalCount edges { node { id } } } }`,
      {},
      { as: tokens.coordinator },
    );
    const all = await waitingForDecision();
    expect(body.data.reviewRequests.edges.map((e: Any) => e.node.id)).toEqual(
      all.nodes.map((n) => n.id),
    );
    const first = await api.gql<Any>(DECIDING, { first: 1 }, { as: tokens.coordinator });
    const page = first.body.data.reviewRequests;
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(all.count > 1);
    expect(page.totalCount).toBe(all.count);
  });
});

describe("triageIncomingRequest", () => {
  it("turns the form into a request for a review on the person's record, once", async () => {
    const reference = await sendForm();
    const payload = await triage({ reference, personId: patId() });
    expect(payload.errors).toEqual([]);
    expect(payload.incomingReviewRequest.waiting).toBe(false);
    expect(payload.incomingReviewRequest.reviewRequest.id).toBe(payload.reviewRequest.id);
    expect(payload.reviewRequest).toMatchObject({
      stage: "RECEIVED",
      nextStages: ["WITH_CARE_COORDINATOR"],
      route: "VIA_CARE_COORDINATOR",
      requester: "FAMILY_OR_CARER",
      requesterName: "Sam Fictional",
      person: { name: world.pat.name },
      timeline: [{ stage: "RECEIVED", note: `Sent through the request form (${reference})` }],
    });
    expect(payload.reviewRequest.reason).toContain(reference);
    expect(payload.reviewRequest.reason).toContain("their home or placement is at risk");
    expect(payload.reviewRequest.reason).toContain("The support at home has stopped");
    // Audited against the person now that there is one.
    const audit = await api.db.prisma.auditEvent.findMany({
      where: { personId: world.pat.id, operation: "triageIncomingRequest" },
    });
    expect(audit.length).toBeGreaterThan(0);

    const again = await triage({ reference, personId: patId() });
    expect(codes(again.errors)).toEqual([["reference", "ALREADY_TRIAGED"]]);
  });

  it("refuses someone with a different NHS number: that is another person", async () => {
    const reference = await sendForm({ aboutNhsNumber: "9990000026" });
    const payload = await triage({ reference, personId: patId() });
    expect(codes(payload.errors)).toEqual([["personId", "NHS_NUMBER_DIFFERS"]]);
    expect(payload.reviewRequest).toBeNull();
  });

  it("asks staff to confirm a different date of birth, then accepts it", async () => {
    const reference = await sendForm({ aboutDateOfBirth: "2001-01-01" });
    const refused = await triage({ reference, personId: patId() });
    expect(codes(refused.errors)).toEqual([
      ["confirmDifferentDateOfBirth", "DATE_OF_BIRTH_DIFFERS"],
    ]);
    const confirmed = await triage({
      reference,
      personId: patId(),
      confirmDifferentDateOfBirth: true,
    });
    expect(confirmed.errors).toEqual([]);
  });

  it("needs the team a professional asked from, and routes a safeguarding concern", async () => {
    const reference = await sendForm({
      asker: "PROFESSIONAL",
      askerRole: "Community nurse",
      askerOrganisation: "Fictional community team",
    });
    const missing = await triage({ reference, personId: patId() });
    expect(codes(missing.errors)).toEqual([["requester", "REQUIRED"]]);
    const family = await triage({ reference, personId: patId(), requester: "FAMILY_OR_CARER" });
    expect(codes(family.errors)).toEqual([["requester", "INVALID_CHOICE"]]);
    const done = await triage({
      reference,
      personId: patId(),
      requester: "COMMUNITY_TEAM",
      safeguardingConcern: true,
    });
    expect(done.errors).toEqual([]);
    expect(done.reviewRequest).toMatchObject({
      requester: "COMMUNITY_TEAM",
      route: "SAFEGUARDING",
    });
  });

  it("is not there for anyone outside the area's triage staff", async () => {
    const reference = await sendForm();
    for (const role of ["parentWithPr", "self", "clinicianB", "outsiderStaff", "stranger"]) {
      const payload = await triage({ reference, personId: patId() }, tokens[role]);
      expect(codes(payload.errors), role).toEqual([["reference", "NOT_FOUND"]]);
    }
    const anonymous = await api.gql<Any>(
      TRIAGE,
      { input: { reference, personId: patId() } },
      { as: null },
    );
    expect(anonymous.body.data?.triageIncomingRequest ?? null).toBeNull();
    expect(
      await api.db.prisma.incomingReviewRequest.findUniqueOrThrow({ where: { reference } }),
    ).toMatchObject({ reviewRequestId: null });
  });

  it("does not match someone the triaging staff cannot record requests for", async () => {
    const reference = await sendForm({
      aboutName: world.quinn.name,
      aboutDateOfBirth: dobOf(world.quinn.dateOfBirth),
    });
    const payload = await triage({ reference, personId: globalId("Person", world.quinn.id) });
    expect(codes(payload.errors)).toEqual([["personId", "NOT_FOUND"]]);
  });
});

describe("replyToRequester", () => {
  it("emails the requester with who is writing, and keeps it with the request", async () => {
    const reference = await sendForm();
    const { body } = await api.gql<Any>(
      REPLY,
      {
        input: {
          reference,
          channel: "EMAIL",
          body: "Thank you for asking.\n\nI will call you on Monday to talk about it.",
        },
      },
      { as: tokens.coordinator },
    );
    const payload = body.data.replyToRequester;
    expect(payload.errors).toEqual([]);
    expect(payload.incomingReviewRequest.replies).toEqual([
      {
        channel: "EMAIL",
        body: "Thank you for asking.\n\nI will call you on Monday to talk about it.",
        sentBy: { displayName: "coordinator" },
      },
    ]);
    const mail = await api.waitForMail("sam.fictional@example.com");
    expect(mail.subject).toBe(`Your request for a review (${reference})`);
    expect(mail.text).toContain("Dear Sam Fictional,");
    expect(mail.text).toContain("I will call you on Monday to talk about it.");
    expect(mail.text).toContain(`say your reference: ${reference}`);
    expect(mail.html).toContain("coordinator, ");
  });

  it("records a phone call only when there is a number, and needs what was said", async () => {
    const reference = await sendForm();
    const reply = async (input: Record<string, unknown>) =>
      (await api.gql<Any>(REPLY, { input: { reference, ...input } }, { as: tokens.commissioner }))
        .body.data.replyToRequester;
    expect(codes((await reply({ channel: "PHONE", body: "Called" })).errors)).toEqual([
      ["channel", "NO_CONTACT_DETAILS"],
    ]);
    expect(codes((await reply({ channel: "EMAIL", body: "  " })).errors)).toEqual([
      ["body", "REQUIRED"],
    ]);
  });

  it("lets nobody outside the area's triage staff write to the requester", async () => {
    const reference = await sendForm();
    for (const role of ["parentWithPr", "outsiderStaff", "stranger"]) {
      const { body } = await api.gql<Any>(
        REPLY,
        { input: { reference, channel: "EMAIL", body: "Hello" } },
        { as: tokens[role] },
      );
      expect(codes(body.data.replyToRequester.errors), role).toEqual([["reference", "NOT_FOUND"]]);
    }
    expect(
      await api.db.prisma.requestReply.count({
        where: { incoming: { reference } },
      }),
    ).toBe(0);
  });
});
