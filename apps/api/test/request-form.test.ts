import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, issueAccessToken } from "../src/auth/api-clients.js";
import { RATE_LIMITS } from "../src/limits/policy.js";
import { type Harness, startApi } from "./harness.js";
import { buildWorld, type World } from "./world.js";

/**
 * The public request form (§14, Figure 9; issue 6 item 4): anyone may ask,
 * signed in or not; the area's triage staff see it, nobody else does.
 * Runs on PGlite, and on PostgreSQL with DATABASE_URL set.
 */

// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const pairs = (errors: { field: string; code: string }[]) =>
  errors.map((e) => [e.field, e.code]).sort();

const AREAS = `query { requestAreas { id name kind } }`;
const SEND = `mutation($input: SendReviewRequestFormInput!) {
  sendReviewRequestForm(input: $input) { reference receivedAt contactBy errors { field code message } } }`;
const INCOMING = `id reference asker askerName askerRole askerOrganisation aboutName aboutDateOfBirth
  aboutNhsNumber aboutWhereTheyLive worries worryDetail hospitalStatus consentToShare contactEmail
  contactPhone preferredContact communicationNeeds receivedAt waiting
  organisation { name } requestedBy { displayName }`;
const LIST = `query($first: Int, $after: String) { incomingReviewRequests(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${INCOMING} } } } }`;
const ONE = `query($reference: String!) { incomingReviewRequest(reference: $reference) { ${INCOMING} } }`;

let api: Harness;
let world: World;
const tokens: Record<string, string> = {};
let partnerToken: string;

beforeAll(async () => {
  api = await startApi();
  world = await buildWorld(api.db);
  for (const [role, user] of Object.entries(world.users)) tokens[role] = await api.signIn(user.id);
  const { client, secret } = await createApiClient(api.db, {
    name: "area partner",
    scopes: ["requests:read", "people:read"] as never,
    organisationIds: [world.orgA.id],
  });
  const issued = await issueAccessToken(api.db, client.id, secret, undefined, new Date());
  if (!issued.ok) throw new Error(issued.description);
  partnerToken = issued.accessToken;
});
afterAll(() => api.close());

const parentCarerForm = (overrides: Record<string, unknown> = {}) => ({
  organisationId: gid("Organisation", world.orgA.id),
  asker: "PARENT_CARER",
  askerName: "Sam Fictional",
  aboutName: "Alex Fictional",
  aboutDateOfBirth: "2010-05-04",
  aboutWhereTheyLive: "Exampletown",
  worries: ["HOME_OR_PLACEMENT_AT_RISK", "OTHER"],
  worryDetail: "Things at home are very hard and the support has stopped",
  hospitalStatus: "AT_RISK",
  consentToShare: true,
  contactEmail: "Sam@Example.com",
  contactPhone: "07700 900982",
  preferredContact: "PHONE",
  communicationNeeds: "Please call after 3pm",
  ...overrides,
});

async function send(input: Record<string, unknown>, as: string | null = null) {
  const { body, status } = await api.gql<Any>(SEND, { input }, { as });
  return { body, status, payload: body.data?.sendReviewRequestForm };
}

describe("requestAreas", () => {
  it("lists ICBs and local authorities by name to anyone, and no providers", async () => {
    const { body } = await api.gql<Any>(AREAS, {}, { as: null });
    expect(body.errors).toBeUndefined();
    const names = body.data.requestAreas.map((a: Any) => a.name);
    expect(names).toContain(world.orgA.name);
    expect(names).toContain(world.other.name);
    expect(names).not.toContain(world.orgB.name);
    const a = body.data.requestAreas.find((x: Any) => x.name === world.orgA.name);
    expect(a).toEqual({
      id: gid("Organisation", world.orgA.id),
      name: world.orgA.name,
      kind: "ICB",
    });
  });
});

const refs: Record<string, string> = {};

describe("sendReviewRequestForm: validation", () => {
  it("reports every missing answer at once, each on its field", async () => {
    const { payload } = await send({});
    expect(payload.reference).toBeNull();
    expect(pairs(payload.errors)).toEqual(
      [
        ["organisationId", "REQUIRED"],
        ["asker", "REQUIRED"],
        ["aboutName", "REQUIRED"],
        ["aboutDateOfBirth", "REQUIRED"],
        ["worries", "REQUIRED"],
        ["hospitalStatus", "REQUIRED"],
        ["consentToShare", "CONSENT_MISSING"],
        ["contactEmail", "CONTACT_REQUIRED"],
      ].sort(),
    );
  });

  it("refuses a form without consent to share, with CONSENT_MISSING, and stores nothing", async () => {
    const before = await api.db.prisma.incomingReviewRequest.count();
    for (const consentToShare of [false, null]) {
      const { payload } = await send(parentCarerForm({ consentToShare }));
      expect(pairs(payload.errors)).toEqual([["consentToShare", "CONSENT_MISSING"]]);
    }
    expect(await api.db.prisma.incomingReviewRequest.count()).toBe(before);
  });

  it("checks formats: date of birth, NHS number, email, phone, and the area", async () => {
    const { payload } = await send(
      parentCarerForm({
        aboutDateOfBirth: "2010-02-30",
        aboutNhsNumber: "943 476 5918",
        contactEmail: "not-an-email",
        contactPhone: "12345",
        organisationId: gid("Organisation", world.orgB.id),
      }),
    );
    expect(pairs(payload.errors)).toEqual(
      [
        ["aboutDateOfBirth", "DATE_INVALID"],
        ["aboutNhsNumber", "NHS_NUMBER_CHECK_DIGIT"],
        ["contactEmail", "EMAIL_FORMAT"],
        ["contactPhone", "PHONE_FORMAT"],
        ["organisationId", "INVALID_CHOICE"],
      ].sort(),
    );
    const later = await send(
      parentCarerForm({ aboutDateOfBirth: "2999-01-01", organisationId: "bm9wZQ==" }),
    );
    expect(pairs(later.payload.errors)).toEqual(
      [
        ["aboutDateOfBirth", "DATE_IN_FUTURE"],
        ["organisationId", "INVALID_CHOICE"],
      ].sort(),
    );
  });

  it("asks professionals for their role and organisation, and OTHER for the detail", async () => {
    const { payload } = await send(
      parentCarerForm({ asker: "PROFESSIONAL", worries: ["OTHER"], worryDetail: "  " }),
    );
    expect(pairs(payload.errors)).toEqual(
      [
        ["askerOrganisation", "REQUIRED"],
        ["askerRole", "REQUIRED"],
        ["worryDetail", "REQUIRED"],
      ].sort(),
    );
  });

  it("needs a preferred way only when both ways are given, and that way filled in", async () => {
    const both = await send(parentCarerForm({ preferredContact: null }));
    expect(pairs(both.payload.errors)).toEqual([["preferredContact", "REQUIRED"]]);
    const missing = await send(parentCarerForm({ contactPhone: null, preferredContact: "PHONE" }));
    expect(pairs(missing.payload.errors)).toEqual([["contactPhone", "REQUIRED"]]);
  });

  it("checks answers without sending them (checkReviewRequestForm): same errors, nothing stored", async () => {
    const CHECK = `query($input: SendReviewRequestFormInput!) { checkReviewRequestForm(input: $input) { field code } }`;
    const before = await api.db.prisma.incomingReviewRequest.count();
    const partial = await api.gql<Any>(
      CHECK,
      { input: { asker: "SELF", aboutNhsNumber: "12" } },
      { as: null },
    );
    expect(pairs(partial.body.data.checkReviewRequestForm)).toContainEqual([
      "aboutNhsNumber",
      "NHS_NUMBER_FORMAT",
    ]);
    expect(pairs(partial.body.data.checkReviewRequestForm)).not.toContainEqual([
      "askerName",
      "REQUIRED",
    ]);
    const whole = await api.gql<Any>(CHECK, { input: parentCarerForm() }, { as: null });
    expect(whole.body.data.checkReviewRequestForm).toEqual([]);
    expect(await api.db.prisma.incomingReviewRequest.count()).toBe(before);
  });

  it("refuses a filled-in honeypot", async () => {
    const { payload } = await send(parentCarerForm({ website: "http://spam.example" }));
    expect(pairs(payload.errors)).toEqual([["website", "AUTOMATED_SUBMISSION"]]);
  });
});

describe("sendReviewRequestForm: sending", () => {
  it("accepts a parent carer without an account and gives a reference to quote", async () => {
    const { payload } = await send(parentCarerForm());
    expect(payload.errors).toEqual([]);
    expect(payload.reference).toMatch(/^RQ-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // Five working days on: at least a week of calendar days, never on a weekend.
    const days =
      (Date.parse(payload.contactBy) - Date.parse(payload.receivedAt.slice(0, 10))) / 864e5;
    expect(days).toBeGreaterThanOrEqual(7);
    expect([0, 6]).not.toContain(new Date(`${payload.contactBy}T12:00:00Z`).getUTCDay());
    refs.parent = payload.reference;
    const row = await api.db.prisma.incomingReviewRequest.findUniqueOrThrow({
      where: { reference: payload.reference },
    });
    expect(row).toMatchObject({
      organisationId: world.orgA.id,
      contactEmail: "sam@example.com",
      contactPhone: "07700900982",
      requestedById: null,
      reviewRequestId: null,
    });
    // Audited without a person: nobody has been matched yet.
    const audit = await api.db.prisma.auditEvent.findMany({
      where: { targetType: "IncomingReviewRequest", targetId: row.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      operation: "sendReviewRequestForm",
      outcome: "ALLOWED",
      actorKind: "SYSTEM",
      actorRef: "anonymous",
      actingAs: "REQUESTER:PARENT_CARER",
      personId: null,
    });
  });

  it("answers the same for a person on record and someone unknown: it matches nobody", async () => {
    const known = await send(
      parentCarerForm({
        aboutName: world.pat.name,
        aboutDateOfBirth: world.pat.dateOfBirth.toISOString().slice(0, 10),
        aboutNhsNumber: world.pat.nhsNumber,
      }),
    );
    const unknown = await send(
      parentCarerForm({ aboutName: "Nobody Known", aboutNhsNumber: "9434765919" }),
    );
    expect(Object.keys(known.payload)).toEqual(Object.keys(unknown.payload));
    expect(known.payload.errors).toEqual([]);
    expect(unknown.payload.errors).toEqual([]);
    refs.known = known.payload.reference;
    refs.unknown = unknown.payload.reference;
  });

  it("links a signed-in family member as the sender, and lets a professional ask", async () => {
    const family = await send(parentCarerForm({ askerName: null }), tokens.parentWithPr);
    // A parent carer still gives their name: the area may not know the account.
    expect(pairs(family.payload.errors)).toEqual([["askerName", "REQUIRED"]]);
    const signedIn = await send(parentCarerForm(), tokens.parentWithPr);
    expect(signedIn.payload.errors).toEqual([]);
    refs.signedIn = signedIn.payload.reference;
    const row = await api.db.prisma.incomingReviewRequest.findUniqueOrThrow({
      where: { reference: signedIn.payload.reference },
    });
    expect(row.requestedById).toBe(world.users.parentWithPr.id);

    const professional = await send(
      parentCarerForm({
        asker: "PROFESSIONAL",
        askerName: "Dr Rowan Example",
        askerRole: "School nurse",
        askerOrganisation: "Example Academy",
        contactPhone: null,
        preferredContact: null,
        organisationId: gid("Organisation", world.other.id),
      }),
    );
    expect(professional.payload.errors).toEqual([]);
    refs.otherArea = professional.payload.reference;
  });

  it("lets the young person ask for themselves without giving a separate name", async () => {
    const { payload } = await send(
      parentCarerForm({
        asker: "SELF",
        askerName: null,
        worries: ["NOT_LISTENED_TO"],
        worryDetail: null,
      }),
    );
    expect(payload.errors).toEqual([]);
    refs.self = payload.reference;
  });
});

describe("who sees a request form", () => {
  it("shows the area's commissioner and care coordinator the waiting requests, oldest first", async () => {
    for (const role of ["commissioner", "coordinator"]) {
      const { body } = await api.gql<Any>(LIST, { first: 10 }, { as: tokens[role] });
      expect(body.errors).toBeUndefined();
      const list = body.data.incomingReviewRequests;
      const references = list.edges.map((e: Any) => e.node.reference);
      expect(references).toEqual([refs.parent, refs.known, refs.unknown, refs.signedIn, refs.self]);
      expect(list.totalCount).toBe(5);
      expect(list.edges[0].node).toMatchObject({
        asker: "PARENT_CARER",
        askerName: "Sam Fictional",
        aboutName: "Alex Fictional",
        aboutDateOfBirth: "2010-05-04",
        worries: ["HOME_OR_PLACEMENT_AT_RISK", "OTHER"],
        hospitalStatus: "AT_RISK",
        consentToShare: true,
        preferredContact: "PHONE",
        waiting: true,
        organisation: { name: world.orgA.name },
        requestedBy: null,
      });
      expect(list.edges[3].node.requestedBy).toEqual({ displayName: "parentWithPr" });
    }
  });

  it("pages with a cursor", async () => {
    const first = await api.gql<Any>(LIST, { first: 2 }, { as: tokens.commissioner });
    const page1 = first.body.data.incomingReviewRequests;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql<Any>(
      LIST,
      { first: 10, after: page1.pageInfo.endCursor },
      { as: tokens.commissioner },
    );
    expect(second.body.data.incomingReviewRequests.edges.map((e: Any) => e.node.reference)).toEqual(
      [refs.unknown, refs.signedIn, refs.self],
    );
  });

  it("shows one by reference to the area's staff, audited; null to everyone else", async () => {
    const mine = await api.gql<Any>(
      ONE,
      { reference: (refs.parent ?? "").toLowerCase() },
      {
        as: tokens.coordinator,
      },
    );
    expect(mine.body.data.incomingReviewRequest).toMatchObject({
      reference: refs.parent,
      contactEmail: "sam@example.com",
      communicationNeeds: "Please call after 3pm",
    });
    const reads = await api.db.prisma.auditEvent.count({
      where: {
        operation: "read",
        targetType: "IncomingReviewRequest",
        actorId: world.users.coordinator.id,
      },
    });
    expect(reads).toBe(1);
    for (const role of ["outsiderStaff", "clinicianB", "parentWithPr", "self"]) {
      const { body } = await api.gql<Any>(ONE, { reference: refs.parent }, { as: tokens[role] });
      expect(body.errors).toBeUndefined();
      expect(body.data.incomingReviewRequest).toBeNull();
    }
  });

  it("shows other organisations' staff only their own area's requests", async () => {
    const { body } = await api.gql<Any>(LIST, {}, { as: tokens.outsiderStaff });
    expect(body.data.incomingReviewRequests.edges.map((e: Any) => e.node.reference)).toEqual([
      refs.otherArea,
    ]);
  });

  it("shows nothing to provider staff, family members, partners or anonymous callers", async () => {
    for (const role of ["clinicianB", "panelMember", "parentWithPr", "self", "advocateShared"]) {
      const { body } = await api.gql<Any>(LIST, {}, { as: tokens[role] });
      expect(body.errors).toBeUndefined();
      expect(body.data.incomingReviewRequests.totalCount).toBe(0);
      expect(body.data.incomingReviewRequests.edges).toEqual([]);
    }
    const partner = await api.gql<Any>(LIST, {}, { as: partnerToken });
    expect(partner.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.gql<Any>(LIST, {}, { as: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("abuse limits", () => {
  let limited: Harness;
  let areaId: string;
  beforeAll(async () => {
    limited = await startApi();
    const org = await limited.db.prisma.organisation.create({
      data: { kind: "LOCAL_AUTHORITY", name: "Limited Council" },
    });
    areaId = gid("Organisation", org.id);
  });
  afterAll(() => limited.close());

  it(`allows ${RATE_LIMITS.requestFormPerIp.limit} sends an hour per IP, then RATE_LIMITED with Retry-After`, async () => {
    const input = { ...parentCarerForm(), organisationId: areaId };
    const sendLimited = async (body: Record<string, unknown>) => {
      const { status, body: json } = await limited.gql<Any>(SEND, { input: body }, { as: null });
      return { status, json };
    };
    // Mistakes do not count: someone correcting their answers is never locked out.
    for (let i = 0; i < 3; i++) {
      const { json } = await sendLimited({ ...input, consentToShare: false });
      expect(json.data.sendReviewRequestForm.errors[0].code).toBe("CONSENT_MISSING");
    }
    for (let i = 0; i < RATE_LIMITS.requestFormPerIp.limit; i++) {
      const { json } = await sendLimited(input);
      expect(json.data.sendReviewRequestForm.errors).toEqual([]);
    }
    const { status, json } = await sendLimited(input);
    expect(status).toBe(429);
    expect(json.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(json.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await limited.db.prisma.incomingReviewRequest.count()).toBe(
      RATE_LIMITS.requestFormPerIp.limit,
    );
  });
});
