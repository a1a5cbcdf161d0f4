import { londonCalendarDate } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, startWorld, type World } from "./world.js";

/** Requests for a review (§14, §25, Figure 9). */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;
const call = (query: string, variables: Record<string, unknown>, role: string) =>
  dataAs<Any>(api, query, variables, tokens[role]);
const pairs = (errors: { field: string; code: string }[]) => errors.map((e) => [e.field, e.code]);

const REQUEST = `id requester requesterName route stage reason receivedOn decidedOn decisionReason
  requestedBy { displayName } person { name }
  timeline { stage note by { displayName } }
  review { id kind }`;
const SUBMIT = `mutation($input: SubmitReviewRequestInput!) {
  submitReviewRequest(input: $input) { reviewRequest { ${REQUEST} } errors { field code message } } }`;
const ADVANCE = `mutation($input: AdvanceReviewRequestInput!) {
  advanceReviewRequest(input: $input) { reviewRequest { ${REQUEST} } errors { field code message } } }`;
const LIST = `query($first: Int, $after: String, $stage: [RequestStage!], $waitingForTriage: Boolean) {
  reviewRequests(first: $first, after: $after, stage: $stage, waitingForTriage: $waitingForTriage) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id stage reason receivedOn } } } }`;

const submitInput = (overrides: Record<string, unknown> = {}) => ({
  personId: gid("Person", world.pat.id),
  requester: "PERSON",
  reason: "I want to talk about going home",
  receivedOn: "2026-10-01",
  ...overrides,
});

const ids: Record<string, string> = {};

describe("submitReviewRequest", () => {
  it("lets Pat ask for themselves: to the care coordinator first, with a first timeline entry", async () => {
    const data = await call(SUBMIT, { input: submitInput() }, "self");
    expect(data.submitReviewRequest.errors).toEqual([]);
    const request = data.submitReviewRequest.reviewRequest;
    ids.self = request.id;
    expect(request).toMatchObject({
      requester: "PERSON",
      route: "VIA_CARE_COORDINATOR",
      stage: "RECEIVED",
      receivedOn: "2026-10-01",
      decidedOn: null,
      requestedBy: { displayName: "self" },
      person: { name: world.pat.name },
      timeline: [{ stage: "RECEIVED", note: null, by: { displayName: "self" } }],
      review: null,
    });
  });

  it("keeps the person's side to asking as themselves", async () => {
    const data = await call(
      SUBMIT,
      { input: submitInput({ requester: "COMMISSIONER", consentBasisForRequest: true }) },
      "self",
    );
    expect(pairs(data.submitReviewRequest.errors)).toEqual([
      ["requester", "REQUESTER_NOT_ENTITLED"],
    ]);
  });

  it("needs the person's consent when someone else asks (§14)", async () => {
    const without = await call(
      SUBMIT,
      { input: submitInput({ requester: "FAMILY_OR_CARER", receivedOn: "2026-10-05" }) },
      "parentWithPr",
    );
    expect(pairs(without.submitReviewRequest.errors)).toEqual([
      ["consentBasisForRequest", "NO_CONSENT_BASIS"],
    ]);
    const data = await call(
      SUBMIT,
      {
        input: submitInput({
          requester: "FAMILY_OR_CARER",
          receivedOn: "2026-10-05",
          consentBasisForRequest: true,
          reason: "We are worried about the restraint",
        }),
      },
      "parentWithPr",
    );
    expect(data.submitReviewRequest.errors).toEqual([]);
    ids.parent = data.submitReviewRequest.reviewRequest.id;
    const advocate = await call(
      SUBMIT,
      {
        input: submitInput({
          requester: "ADVOCATE",
          receivedOn: "2026-10-07",
          consentBasisForRequest: true,
        }),
      },
      "advocateShared",
    );
    expect(advocate.submitReviewRequest.errors).toEqual([]);
  });

  it("routes a safeguarding concern to be acted on at once; staff record any requester", async () => {
    const data = await call(
      SUBMIT,
      {
        input: submitInput({
          requester: "COMMUNITY_TEAM",
          requesterName: "Community nurse",
          receivedOn: "2026-10-03",
          consentBasisForRequest: true,
          safeguardingConcern: true,
        }),
      },
      "coordinator",
    );
    expect(data.submitReviewRequest.errors).toEqual([]);
    expect(data.submitReviewRequest.reviewRequest).toMatchObject({
      route: "SAFEGUARDING",
      requesterName: "Community nurse",
      stage: "RECEIVED",
    });
    ids.staff = data.submitReviewRequest.reviewRequest.id;
  });

  it("applies the domain's requester rules and field checks", async () => {
    const la = await call(
      SUBMIT,
      { input: submitInput({ requester: "LOCAL_AUTHORITY", consentBasisForRequest: true }) },
      "coordinator",
    );
    // Pat is an adult: the local authority requests CETRs for children (§25).
    expect(pairs(la.submitReviewRequest.errors)).toEqual([["requester", "REQUESTER_NOT_ENTITLED"]]);
    const bad = await call(
      SUBMIT,
      { input: submitInput({ reason: " ", receivedOn: "01/10/2026" }) },
      "self",
    );
    expect(pairs(bad.submitReviewRequest.errors)).toEqual([
      ["receivedOn", "DATE_INVALID"],
      ["reason", "REQUIRED"],
    ]);
  });

  it("is NOT_FOUND for people who cannot see Pat", async () => {
    for (const role of ["parentWithoutPr", "advocateNotShared", "clinicianB", "stranger"]) {
      const data = await call(SUBMIT, { input: submitInput() }, role);
      expect(pairs(data.submitReviewRequest.errors)).toEqual([["personId", "NOT_FOUND"]]);
    }
  });
});

describe("advanceReviewRequest", () => {
  const advance = (requestId: string, to: string, role: string, extra = {}) =>
    call(ADVANCE, { input: { requestId, to, ...extra } }, role);

  it("moves along Figure 9 only", async () => {
    const skip = await advance(ids.self ?? "", "CONVENED", "commissioner");
    expect(pairs(skip.advanceReviewRequest.errors)).toEqual([["to", "TRANSITION_NOT_ALLOWED"]]);
    const data = await advance(ids.self ?? "", "WITH_CARE_COORDINATOR", "coordinator", {
      note: "Meeting Pat on Friday",
    });
    expect(data.advanceReviewRequest.errors).toEqual([]);
    expect(data.advanceReviewRequest.reviewRequest).toMatchObject({
      stage: "WITH_CARE_COORDINATOR",
      timeline: [
        { stage: "RECEIVED" },
        {
          stage: "WITH_CARE_COORDINATOR",
          note: "Meeting Pat on Friday",
          by: { displayName: "coordinator" },
        },
      ],
    });
  });

  it("leaves decisions to staff; a resolution needs its reason", async () => {
    const self = await advance(ids.self ?? "", "WITH_COMMISSIONER", "self");
    expect(pairs(self.advanceReviewRequest.errors)).toEqual([["to", "FORBIDDEN"]]);
    const noReason = await advance(ids.self ?? "", "RESOLVED_WITHOUT_REVIEW", "coordinator");
    expect(pairs(noReason.advanceReviewRequest.errors)).toEqual([["note", "REQUIRED"]]);
    const resolved = await advance(ids.self ?? "", "RESOLVED_WITHOUT_REVIEW", "coordinator", {
      note: "Home leave agreed with the ward",
    });
    expect(resolved.advanceReviewRequest.reviewRequest).toMatchObject({
      stage: "RESOLVED_WITHOUT_REVIEW",
      decidedOn: londonCalendarDate(new Date()),
      decisionReason: "Home leave agreed with the ward",
    });
  });

  it("lets the requester still ask for a review, and escalate a refusal", async () => {
    const again = await advance(ids.self ?? "", "WITH_COMMISSIONER", "self", {
      note: "I still want a review",
    });
    expect(again.advanceReviewRequest.errors).toEqual([]);
    const declined = await advance(ids.self ?? "", "DECLINED_BY_COMMISSIONER", "commissioner", {
      note: "A review was held last month",
    });
    expect(declined.advanceReviewRequest.reviewRequest).toMatchObject({
      stage: "DECLINED_BY_COMMISSIONER",
      decisionReason: "A review was held last month",
    });
    const selfDecides = await advance(ids.self ?? "", "CONVENED", "self");
    expect(pairs(selfDecides.advanceReviewRequest.errors)).toEqual([
      ["to", "TRANSITION_NOT_ALLOWED"],
    ]);
    const escalated = await advance(ids.self ?? "", "ESCALATED", "parentWithPr", {
      note: "We disagree",
    });
    expect(escalated.advanceReviewRequest.reviewRequest.stage).toBe("ESCALATED");
  });

  it("links the review convened in answer, and Review.request points back", async () => {
    const review = await api.db.prisma.review.create({
      data: {
        personId: world.pat.id,
        kind: "ON_REQUEST",
        status: "PLANNED",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.orgA.id,
      },
    });
    const other = await api.db.prisma.review.create({
      data: {
        personId: world.quinn.id,
        kind: "ON_REQUEST",
        status: "PLANNED",
        enquirySetting: "INPATIENT",
        commissioningOrganisationId: world.other.id,
      },
    });
    const wrong = await advance(ids.self ?? "", "CONVENED", "commissioner", {
      reviewId: gid("Review", other.id),
    });
    expect(pairs(wrong.advanceReviewRequest.errors)).toEqual([["reviewId", "NOT_FOUND"]]);
    const data = await advance(ids.self ?? "", "CONVENED", "commissioner", {
      reviewId: gid("Review", review.id),
      note: "Convened for 2026-12-01",
    });
    expect(data.advanceReviewRequest.errors).toEqual([]);
    expect(data.advanceReviewRequest.reviewRequest).toMatchObject({
      stage: "CONVENED",
      review: { id: gid("Review", review.id), kind: "ON_REQUEST" },
    });
    expect(data.advanceReviewRequest.reviewRequest.timeline.map((t: Any) => t.stage)).toEqual([
      "RECEIVED",
      "WITH_CARE_COORDINATOR",
      "RESOLVED_WITHOUT_REVIEW",
      "WITH_COMMISSIONER",
      "DECLINED_BY_COMMISSIONER",
      "ESCALATED",
      "CONVENED",
    ]);
    const q = `query($id: ID!) { node(id: $id) { ... on Review { request { id stage } } } }`;
    const back = await call(q, { id: gid("Review", review.id) }, "commissioner");
    expect(back.node.request).toEqual({ id: ids.self, stage: "CONVENED" });
  });

  it("is NOT_FOUND for people who cannot see the request", async () => {
    for (const role of ["clinicianB", "advocateNotShared", "stranger"]) {
      const data = await advance(ids.parent ?? "", "WITH_CARE_COORDINATOR", role);
      expect(pairs(data.advanceReviewRequest.errors)).toEqual([["requestId", "NOT_FOUND"]]);
    }
    const denied = await api.db.prisma.auditEvent.count({
      where: { operation: "advanceReviewRequest", outcome: "DENIED" },
    });
    expect(denied).toBeGreaterThanOrEqual(3);
  });
});

describe("reading requests", () => {
  const reasons = (data: Any) =>
    data.reviewRequests.edges.map((e: Any) => [e.node.receivedOn, e.node.stage]);

  it("lists requests oldest received first, with filters, pages and a total", async () => {
    const all = await call(LIST, {}, "commissioner");
    expect(reasons(all)).toEqual([
      ["2026-10-01", "CONVENED"],
      ["2026-10-03", "RECEIVED"],
      ["2026-10-05", "RECEIVED"],
      ["2026-10-07", "RECEIVED"],
    ]);
    expect(all.reviewRequests.totalCount).toBe(4);
    const page = await call(LIST, { first: 2, waitingForTriage: true }, "commissioner");
    expect(reasons(page)).toEqual([
      ["2026-10-03", "RECEIVED"],
      ["2026-10-05", "RECEIVED"],
    ]);
    expect(page.reviewRequests.totalCount).toBe(3);
    const next = await call(
      LIST,
      { first: 2, waitingForTriage: true, after: page.reviewRequests.pageInfo.endCursor },
      "commissioner",
    );
    expect(reasons(next)).toEqual([["2026-10-07", "RECEIVED"]]);
    expect(next.reviewRequests.pageInfo.hasNextPage).toBe(false);
    const done = await call(LIST, { waitingForTriage: false }, "commissioner");
    expect(reasons(done)).toEqual([["2026-10-01", "CONVENED"]]);
    const convened = await call(LIST, { stage: ["CONVENED", "ESCALATED"] }, "commissioner");
    expect(convened.reviewRequests.totalCount).toBe(1);
  });

  it("shows the family their requests and outsiders nothing", async () => {
    const parent = await call(LIST, {}, "parentWithPr");
    expect(parent.reviewRequests.totalCount).toBe(4);
    for (const role of ["clinicianB", "outsiderStaff", "parentWithoutPr", "stranger"]) {
      const data = await call(LIST, {}, role);
      expect(data.reviewRequests).toMatchObject({ totalCount: 0, edges: [] });
    }
    const q = `query($id: ID!) { person(id: $id) { reviewRequests { receivedOn timeline { stage } } } }`;
    const self = await call(q, { id: gid("Person", world.pat.id) }, "self");
    expect(self.person.reviewRequests.map((r: Any) => r.receivedOn)).toEqual([
      "2026-10-07",
      "2026-10-05",
      "2026-10-03",
      "2026-10-01",
    ]);
    const node = await call(
      `query($id: ID!) { node(id: $id) { ... on ReviewRequest { stage } } }`,
      { id: ids.parent },
      "clinicianB",
    );
    expect(node.node).toBeNull();
  });
});
