import { day, personData } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { dataAs, startWorld, type World } from "./world.js";

/** The register (Appendix 2, Figure 11, DSR 2023 ratings): staff only. */

let api: Harness;
let world: World;
let tokens: Record<string, string>;
beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
});
afterAll(() => api.close());

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1] ?? "";

type Errors = { field: string; code: string }[];
const ENTRY = `id rating consentBasis addedOn removedOn removedReason nextReviewOn minimumDataset
  minimumDatasetPercentComplete
  organisation { name } person { name }
  ratingHistory { rating ratedOn reason ratedBy { displayName } }
  riskFactors { factor notes recordedOn }
  missingData { field label section }
  suggestedRating { suggested reasons disclaimer }`;

const ADD = `mutation($input: AddToRegisterInput!) {
  addToRegister(input: $input) { entry { ${ENTRY} } errors { field code message } } }`;
const RATE = `mutation($input: RateRegisterEntryInput!) {
  rateRegisterEntry(input: $input) { entry { ${ENTRY} } errors { field code message } } }`;
const FACTORS = `mutation($input: SetRegisterRiskFactorsInput!) {
  setRegisterRiskFactors(input: $input) { entry { ${ENTRY} } errors { field code message } } }`;
const DATASET = `mutation($input: UpdateMinimumDatasetInput!) {
  updateMinimumDataset(input: $input) { entry { ${ENTRY} } errors { field code message } } }`;
const REMOVE = `mutation($input: RemoveFromRegisterInput!) {
  removeFromRegister(input: $input) { entry { ${ENTRY} } errors { field code message } } }`;
const NODE = `query($id: ID!) { node(id: $id) { ... on RegisterEntry { ${ENTRY} } } }`;
const LIST = `query($first: Int, $after: String, $rating: [RegisterRating!], $organisationId: ID,
    $missingData: Boolean, $includeRemoved: Boolean) {
  registerEntries(first: $first, after: $after, rating: $rating, organisationId: $organisationId,
      missingData: $missingData, includeRemoved: $includeRemoved) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id rating person { name } } }
  } }`;

// biome-ignore lint/suspicious/noExplicitAny: test payloads
type Any = any;
const call = (query: string, variables: Record<string, unknown>, role: string) =>
  dataAs<Any>(api, query, variables, tokens[role]);

const addInput = (overrides: Record<string, unknown> = {}) => ({
  personId: gid("Person", world.pat.id),
  organisationId: gid("Organisation", world.orgA.id),
  rating: "AMBER",
  consentBasis: "PERSON_WITH_CAPACITY",
  addedOn: "2026-09-01",
  reason: "Placement under strain after a bereavement",
  riskFactors: [{ factor: "LIFE_EVENTS", notes: "Grandmother died in August" }],
  minimumDataset: { identity: "Pat", diagnosis: "Learning disability", ageGroup: "Adult" },
  ...overrides,
});

let patEntryId = "";

describe("addToRegister", () => {
  it("refuses people who may not change the register, as NOT_FOUND or FORBIDDEN, and audits it", async () => {
    const cases: [string, string][] = [
      ["advocateShared", "FORBIDDEN"],
      ["parentWithPr", "FORBIDDEN"],
      ["self", "FORBIDDEN"],
      ["clinicianB", "NOT_FOUND"],
      ["stranger", "NOT_FOUND"],
    ];
    for (const [role, code] of cases) {
      const data = await call(ADD, { input: addInput() }, role);
      expect(data.addToRegister).toEqual({
        entry: null,
        errors: [expect.objectContaining({ field: "personId", code })],
      });
    }
    const denied = await api.db.prisma.auditEvent.findMany({
      where: { personId: world.pat.id, operation: "addToRegister", outcome: "DENIED" },
    });
    expect(denied.map((d) => d.actorId)).toContain(world.users.advocateShared.id);
    expect(await api.db.prisma.registerEntry.count()).toBe(0);
  });

  it("reports every problem with the input, each on its field", async () => {
    const data = await call(
      ADD,
      {
        input: addInput({
          addedOn: "2026-02-30",
          reason: "  ",
          organisationId: gid("Organisation", world.orgB.id),
          minimumDataset: { identity: "Pat", shoeSize: 9, keyRisks: { nested: true } },
          riskFactors: [{ factor: "LIFE_EVENTS" }, { factor: "LIFE_EVENTS" }],
          nextReviewOn: "soon",
        }),
      },
      "commissioner",
    );
    expect(data.addToRegister.entry).toBeNull();
    const errors = data.addToRegister.errors.map((e: Errors[number]) => [e.field, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["organisationId", "FORBIDDEN"],
        ["addedOn", "DATE_INVALID"],
        ["reason", "REQUIRED"],
        ["minimumDataset.shoeSize", "INVALID_CHOICE"],
        ["minimumDataset.keyRisks", "INVALID_CHOICE"],
        ["riskFactors.1.factor", "ALREADY_EXISTS"],
        ["nextReviewOn", "DATE_INVALID"],
      ]),
    );
    const future = await call(ADD, { input: addInput({ addedOn: "2099-01-01" }) }, "commissioner");
    expect(future.addToRegister.errors).toEqual([
      expect.objectContaining({ field: "addedOn", code: "DATE_IN_FUTURE" }),
    ]);
  });

  it("adds Pat to Org A's register with a first rating, risk factors and minimum dataset", async () => {
    const data = await call(
      ADD,
      { input: addInput({ nextReviewOn: "2026-12-01" }) },
      "commissioner",
    );
    expect(data.addToRegister.errors).toEqual([]);
    const entry = data.addToRegister.entry;
    patEntryId = rawId(entry.id);
    expect(entry).toMatchObject({
      rating: "AMBER",
      consentBasis: "PERSON_WITH_CAPACITY",
      addedOn: "2026-09-01",
      removedOn: null,
      nextReviewOn: "2026-12-01",
      organisation: { name: world.orgA.name },
      person: { name: world.pat.name },
      minimumDataset: { identity: "Pat", diagnosis: "Learning disability", ageGroup: "Adult" },
      ratingHistory: [
        {
          rating: "AMBER",
          ratedOn: "2026-09-01",
          reason: "Placement under strain after a bereavement",
          ratedBy: { displayName: "commissioner" },
        },
      ],
      riskFactors: [
        { factor: "LIFE_EVENTS", notes: "Grandmother died in August", recordedOn: "2026-09-01" },
      ],
      suggestedRating: {
        suggested: "AMBER",
        reasons: ["Significant life events and/or change such as bereavement or abuse"],
      },
    });
    // An adult: 20 applicable Figure 11 fields, 3 answered.
    const missing = entry.missingData.map((m: { field: string }) => m.field);
    expect(missing).toHaveLength(17);
    expect(missing).toContain("mentalHealthDiagnosis");
    expect(missing).not.toContain("identity");
    expect(missing).not.toContain("residentialPlacementOrTransition");
    expect(entry.missingData[0]).toMatchObject({ section: "Appendix 2; Figure 11" });
    expect(entry.minimumDatasetPercentComplete).toBe(15);
  });

  it("refuses a second current entry on the same register", async () => {
    const data = await call(ADD, { input: addInput() }, "coordinator");
    expect(data.addToRegister.errors).toEqual([
      expect.objectContaining({ field: "personId", code: "ALREADY_EXISTS" }),
    ]);
  });
});

describe("reading register entries (staff only)", () => {
  it.each([
    ["commissioner", true],
    ["coordinator", true],
    ["self", false],
    ["parentWithPr", false],
    ["advocateShared", false],
    ["clinicianB", false],
    ["panelMember", false],
    ["stranger", false],
  ])("%s sees the entry → %s", async (role, sees) => {
    const data = await call(NODE, { id: gid("RegisterEntry", patEntryId) }, role);
    if (sees) expect(data.node).toMatchObject({ rating: "AMBER" });
    else expect(data.node).toBeNull();
  });

  it("Person.registerEntries is empty for an advocate who can see the person, and audited", async () => {
    const q = `query($id: ID!) { person(id: $id) { name registerEntries { rating } } }`;
    const advocate = await call(q, { id: gid("Person", world.pat.id) }, "advocateShared");
    expect(advocate.person).toEqual({ name: world.pat.name, registerEntries: [] });
    const staff = await call(q, { id: gid("Person", world.pat.id) }, "coordinator");
    expect(staff.person.registerEntries).toEqual([{ rating: "AMBER" }]);
    const denied = await api.db.prisma.auditEvent.findMany({
      where: {
        actorId: world.users.advocateShared.id,
        targetType: "RegisterEntry",
        outcome: "DENIED",
      },
    });
    expect(denied.length).toBeGreaterThan(0);
  });
});

describe("rateRegisterEntry", () => {
  it("adds to the history and keeps the entry's rating as the latest", async () => {
    const data = await call(
      RATE,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          rating: "RED",
          ratedOn: "2026-10-01",
          reason: "Admission being considered",
          nextReviewOn: "2026-10-15",
        },
      },
      "coordinator",
    );
    expect(data.rateRegisterEntry.errors).toEqual([]);
    expect(data.rateRegisterEntry.entry).toMatchObject({
      rating: "RED",
      nextReviewOn: "2026-10-15",
      ratingHistory: [
        { rating: "AMBER", ratedOn: "2026-09-01" },
        { rating: "RED", ratedOn: "2026-10-01", ratedBy: { displayName: "coordinator" } },
      ],
    });
  });

  it("refuses a rating dated before the latest one (RATING_HISTORY_OUT_OF_ORDER)", async () => {
    const data = await call(
      RATE,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          rating: "GREEN",
          ratedOn: "2026-09-15",
          reason: "Settled",
        },
      },
      "coordinator",
    );
    expect(data.rateRegisterEntry).toEqual({
      entry: null,
      errors: [expect.objectContaining({ field: "ratedOn", code: "RATING_HISTORY_OUT_OF_ORDER" })],
    });
    const blank = await call(
      RATE,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          rating: "GREEN",
          ratedOn: "nope",
          reason: "",
        },
      },
      "coordinator",
    );
    expect(blank.rateRegisterEntry.errors.map((e: Errors[number]) => [e.field, e.code])).toEqual([
      ["ratedOn", "DATE_INVALID"],
      ["reason", "REQUIRED"],
    ]);
    const entry = await api.db.prisma.registerEntry.findUniqueOrThrow({
      where: { id: patEntryId },
    });
    expect(entry.rating).toBe("RED");
  });

  it("is NOT_FOUND for people who cannot see the register", async () => {
    for (const role of ["self", "advocateShared", "clinicianB"]) {
      const data = await call(
        RATE,
        {
          input: {
            entryId: gid("RegisterEntry", patEntryId),
            rating: "GREEN",
            ratedOn: "2026-11-01",
            reason: "x",
          },
        },
        role,
      );
      expect(data.rateRegisterEntry.errors).toEqual([
        expect.objectContaining({ field: "entryId", code: "NOT_FOUND" }),
      ]);
    }
  });
});

describe("setRegisterRiskFactors and updateMinimumDataset", () => {
  it("replaces the risk factors, keeping the date of one already recorded", async () => {
    const data = await call(
      FACTORS,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          factors: [
            { factor: "LIFE_EVENTS", notes: "Bereavement" },
            { factor: "CRISIS_AT_A_AND_E" },
          ],
        },
      },
      "coordinator",
    );
    expect(data.setRegisterRiskFactors.errors).toEqual([]);
    const factors = data.setRegisterRiskFactors.entry.riskFactors;
    expect(factors).toHaveLength(2);
    expect(factors).toContainEqual({
      factor: "LIFE_EVENTS",
      notes: "Bereavement",
      recordedOn: "2026-09-01",
    });
    expect(factors).toContainEqual(expect.objectContaining({ factor: "CRISIS_AT_A_AND_E" }));
    const dup = await call(
      FACTORS,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          factors: [{ factor: "DRUG_ALCOHOL" }, { factor: "DRUG_ALCOHOL" }],
        },
      },
      "coordinator",
    );
    expect(dup.setRegisterRiskFactors.errors).toEqual([
      expect.objectContaining({ field: "factors.1.factor", code: "ALREADY_EXISTS" }),
    ]);
    const denied = await call(
      FACTORS,
      { input: { entryId: gid("RegisterEntry", patEntryId), factors: [] } },
      "parentWithPr",
    );
    expect(denied.setRegisterRiskFactors.errors[0]).toMatchObject({ code: "NOT_FOUND" });
  });

  it("merges minimum dataset answers; unknown keys are field errors; false is an answer", async () => {
    const bad = await call(
      DATASET,
      { input: { entryId: gid("RegisterEntry", patEntryId), values: { favouriteColour: "blue" } } },
      "coordinator",
    );
    expect(bad.updateMinimumDataset).toEqual({
      entry: null,
      errors: [
        expect.objectContaining({ field: "values.favouriteColour", code: "INVALID_CHOICE" }),
      ],
    });
    const notObject = await call(
      DATASET,
      { input: { entryId: gid("RegisterEntry", patEntryId), values: [1, 2] } },
      "coordinator",
    );
    expect(notObject.updateMinimumDataset.errors[0]).toMatchObject({
      field: "values",
      code: "INVALID_CHOICE",
    });
    const data = await call(
      DATASET,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          values: { criminalJusticeHistory: false, keyRisks: "Self-injury", diagnosis: null },
        },
      },
      "coordinator",
    );
    expect(data.updateMinimumDataset.errors).toEqual([]);
    const entry = data.updateMinimumDataset.entry;
    expect(entry.minimumDataset).toEqual({
      identity: "Pat",
      ageGroup: "Adult",
      criminalJusticeHistory: false,
      keyRisks: "Self-injury",
    });
    const missing = entry.missingData.map((m: { field: string }) => m.field);
    expect(missing).toContain("diagnosis");
    expect(missing).not.toContain("criminalJusticeHistory");
  });
});

describe("the registerEntries list", () => {
  const names: Record<string, string> = {};
  beforeAll(async () => {
    const { prisma } = api.db;
    // Four more people on Org A's caseload, and one on another organisation's.
    const specs = [
      ["Alex", "GREEN", true],
      ["Bea", "RED", false],
      ["Cal", "AMBER", true],
      ["Dee", "BLUE", false],
    ] as const;
    const full = Object.fromEntries(
      [
        "identity",
        "diagnosis",
        "ageGroup",
        "mentalHealthDiagnosis",
        "behaviourThatChallenges",
        "criminalJusticeHistory",
        "lastAnnualHealthCheck",
        "cpaCareCoordinator",
        "serviceProvider",
        "carePlanWithContingencyAndRisk",
        "lastCpaReview",
        "nextCpaMeeting",
        "crisisContacts",
        "keyRisks",
        "previousAdmissions",
        "personalBudgetOffered",
        "personWishes",
        "familyWishes",
        "currentCarePackage",
        "advocateInvolved",
      ].map((f) => [f, f === "ageGroup" ? "Adult" : "yes"]),
    );
    let n = 0;
    for (const [name, rating, complete] of specs) {
      n += 1;
      const person = await prisma.person.create({ data: personData(950 + n, { name }) });
      names[name] = person.id;
      await prisma.caseloadAssignment.create({
        data: {
          personId: person.id,
          organisationId: world.orgA.id,
          responsibility: "RESPONSIBLE_COMMISSIONER",
          startedOn: day("2024-01-01"),
        },
      });
      await prisma.registerEntry.create({
        data: {
          personId: person.id,
          organisationId: world.orgA.id,
          rating,
          consentBasis: "BEST_INTERESTS",
          addedOn: day("2026-01-01"),
          minimumDataset: complete ? full : {},
          ratings: {
            create: { rating, ratedOn: day("2026-01-01"), reason: "Seeded" },
          },
        },
      });
    }
    await prisma.registerEntry.create({
      data: {
        personId: world.quinn.id,
        organisationId: world.other.id,
        rating: "RED",
        consentBasis: "BEST_INTERESTS",
        addedOn: day("2026-01-01"),
      },
    });
  });

  const namesOf = (data: Any) =>
    data.registerEntries.edges.map(
      (e: { node: { person: { name: string } } }) => e.node.person.name,
    );

  it("orders by rating severity then name, with keyset pages and a total", async () => {
    const all = await call(LIST, { first: 10 }, "commissioner");
    expect(namesOf(all)).toEqual(["Bea", world.pat.name, "Cal", "Alex", "Dee"]);
    expect(all.registerEntries.totalCount).toBe(5);
    const first = await call(LIST, { first: 2 }, "commissioner");
    expect(namesOf(first)).toEqual(["Bea", world.pat.name]);
    expect(first.registerEntries.pageInfo.hasNextPage).toBe(true);
    const second = await call(
      LIST,
      { first: 2, after: first.registerEntries.pageInfo.endCursor },
      "commissioner",
    );
    expect(namesOf(second)).toEqual(["Cal", "Alex"]);
    const third = await call(
      LIST,
      { first: 2, after: second.registerEntries.pageInfo.endCursor },
      "commissioner",
    );
    expect(namesOf(third)).toEqual(["Dee"]);
    expect(third.registerEntries.pageInfo.hasNextPage).toBe(false);
  });

  it("filters by rating, organisation and missing data", async () => {
    const red = await call(LIST, { rating: ["RED", "BLUE"] }, "commissioner");
    expect(namesOf(red)).toEqual(["Bea", world.pat.name, "Dee"]);
    const missing = await call(LIST, { missingData: true, first: 1 }, "commissioner");
    expect(namesOf(missing)).toEqual(["Bea"]);
    expect(missing.registerEntries.totalCount).toBe(3);
    const next = await call(
      LIST,
      { missingData: true, first: 5, after: missing.registerEntries.pageInfo.endCursor },
      "commissioner",
    );
    expect(namesOf(next)).toEqual([world.pat.name, "Dee"]);
    const complete = await call(LIST, { missingData: false }, "commissioner");
    expect(namesOf(complete)).toEqual(["Cal", "Alex"]);
    expect(complete.registerEntries.totalCount).toBe(2);
    const other = await call(
      LIST,
      { organisationId: gid("Organisation", world.other.id) },
      "commissioner",
    );
    expect(other.registerEntries.totalCount).toBe(0);
    const outsider = await call(LIST, {}, "outsiderStaff");
    expect(namesOf(outsider)).toEqual([world.quinn.name]);
  });

  it("is empty for people who are not staff", async () => {
    for (const role of ["advocateShared", "self", "parentWithPr", "panelMember", "stranger"]) {
      const data = await call(LIST, {}, role);
      expect(data.registerEntries).toMatchObject({ totalCount: 0, edges: [] });
    }
  });

  it("refuses a page larger than 100", async () => {
    const { body } = await api.gql(LIST, { first: 101 }, { as: tokens.commissioner });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("costs the same number of statements for 2 or 5 entries with their edges", async () => {
    const q = `query($first: Int) { registerEntries(first: $first) { edges { node {
      rating person { name } organisation { name } ratingHistory { rating ratedBy { displayName } }
      riskFactors { factor } missingData { field } suggestedRating { suggested } } } } }`;
    const count = async (first: number) => {
      await api.gql(q, { first }, { as: tokens.commissioner });
      const before = api.db.statementCount;
      const { body } = await api.gql(q, { first }, { as: tokens.commissioner });
      expect(body.errors).toBeUndefined();
      return api.db.statementCount - before;
    };
    expect(await count(5)).toBe(await count(2));
  });
});

describe("removeFromRegister", () => {
  it("validates, then removes with date and reason; removed entries leave the default list", async () => {
    const bad = await call(
      REMOVE,
      { input: { entryId: gid("RegisterEntry", patEntryId), removedOn: "2026-08-01", reason: "" } },
      "commissioner",
    );
    expect(bad.removeFromRegister.errors.map((e: Errors[number]) => [e.field, e.code])).toEqual([
      ["reason", "REQUIRED"],
      ["removedOn", "DATE_INVALID"],
    ]);
    const denied = await call(
      REMOVE,
      {
        input: { entryId: gid("RegisterEntry", patEntryId), removedOn: "2026-11-01", reason: "x" },
      },
      "advocateShared",
    );
    expect(denied.removeFromRegister.errors[0]).toMatchObject({
      field: "entryId",
      code: "NOT_FOUND",
    });
    const data = await call(
      REMOVE,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          removedOn: "2026-11-01",
          reason: "Settled at home for six months",
        },
      },
      "commissioner",
    );
    expect(data.removeFromRegister.entry).toMatchObject({
      removedOn: "2026-11-01",
      removedReason: "Settled at home for six months",
    });
    const again = await call(
      RATE,
      {
        input: {
          entryId: gid("RegisterEntry", patEntryId),
          rating: "GREEN",
          ratedOn: "2026-11-02",
          reason: "x",
        },
      },
      "commissioner",
    );
    expect(again.rateRegisterEntry.errors[0]).toMatchObject({ code: "TRANSITION_NOT_ALLOWED" });
    const list = await call(LIST, {}, "commissioner");
    expect(namesOf(list)).not.toContain(world.pat.name);
    const withRemoved = await call(LIST, { includeRemoved: true }, "commissioner");
    expect(namesOf(withRemoved)).toContain(world.pat.name);
  });
});

const namesOf = (data: Any) =>
  data.registerEntries.edges.map((e: { node: { person: { name: string } } }) => e.node.person.name);
