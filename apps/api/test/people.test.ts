import { day, organisationData, userData } from "@cetr/db/testing";
import { testRangeNhsNumber } from "@cetr/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

let api: Harness;
beforeAll(async () => {
  api = await startApi({ staff: true });
});
afterAll(() => api.close());

const CREATE = `
  mutation Create($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person { id name preferredName dateOfBirth nhsNumber diagnosis isFictional }
      errors { field code message }
    }
  }`;

const valid = (n: number, overrides: Record<string, unknown> = {}) => ({
  name: `Person ${String(n).padStart(3, "0")}`,
  preferredName: null,
  dateOfBirth: "2009-04-01",
  nhsNumber: testRangeNhsNumber(n),
  diagnosis: "AUTISM",
  ...overrides,
});

type CreateResult = {
  createPerson: {
    person: {
      id: string;
      name: string;
      nhsNumber: string;
      dateOfBirth: string;
      isFictional: boolean;
    } | null;
    errors: { field: string; code: string; message: string }[];
  };
};

describe("createPerson", () => {
  it("creates a person and returns them as a Relay node", async () => {
    const { body } = await api.gql<CreateResult>(CREATE, {
      input: valid(900, {
        nhsNumber: formatted(testRangeNhsNumber(900)),
        preferredName: "  Nell ",
      }),
    });
    expect(body.errors).toBeUndefined();
    const person = body.data?.createPerson.person;
    expect(body.data?.createPerson.errors).toEqual([]);
    expect(person).toMatchObject({
      name: "Person 900",
      preferredName: "Nell",
      dateOfBirth: "2009-04-01",
      nhsNumber: testRangeNhsNumber(900),
      isFictional: true,
    });
    expect(Buffer.from(person?.id ?? "", "base64").toString()).toMatch(/^Person:[0-9a-f-]{36}$/);

    const byNode = await api.gql(
      `query($id: ID!) { node(id: $id) { id ... on Person { name } } }`,
      {
        id: person?.id,
      },
    );
    expect(byNode.body.data).toEqual({ node: { id: person?.id, name: "Person 900" } });
    const byPerson = await api.gql(`query($id: ID!) { person(id: $id) { name } }`, {
      id: person?.id,
    });
    expect(byPerson.body.data).toEqual({ person: { name: "Person 900" } });
  });

  it.each([
    [
      "an NHS number whose check digit is wrong",
      { nhsNumber: "9434765918" },
      "nhsNumber",
      "NHS_NUMBER_CHECK_DIGIT",
    ],
    [
      "an NHS number that is not ten digits",
      { nhsNumber: "94347659" },
      "nhsNumber",
      "NHS_NUMBER_FORMAT",
    ],
    [
      "a date of birth in the future",
      { dateOfBirth: "2999-01-01" },
      "dateOfBirth",
      "DATE_IN_FUTURE",
    ],
    [
      "a date of birth that is not a real date",
      { dateOfBirth: "2010-02-30" },
      "dateOfBirth",
      "DATE_INVALID",
    ],
    ["a missing name", { name: "   " }, "name", "REQUIRED"],
    ["a missing diagnosis", { diagnosis: null }, "diagnosis", "REQUIRED"],
  ])("refuses %s with a typed, field-addressed error", async (_case, overrides, field, code) => {
    const before = await api.db.prisma.person.count();
    const { status, body } = await api.gql<CreateResult>(CREATE, { input: valid(901, overrides) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createPerson.person).toBeNull();
    expect(body.data?.createPerson.errors).toEqual([
      { field, code, message: expect.stringMatching(/\w/) },
    ]);
    expect(await api.db.prisma.person.count()).toBe(before);
  });

  it("reports every problem at once", async () => {
    const { body } = await api.gql<CreateResult>(CREATE, {
      input: valid(902, { name: "", dateOfBirth: "2999-12-31", nhsNumber: "1234567890" }),
    });
    expect(body.data?.createPerson.errors.map((e) => [e.field, e.code])).toEqual([
      ["name", "REQUIRED"],
      ["dateOfBirth", "DATE_IN_FUTURE"],
      ["nhsNumber", "NHS_NUMBER_CHECK_DIGIT"],
    ]);
  });

  it("refuses a second person with the same NHS number", async () => {
    await api.gql(CREATE, { input: valid(903) });
    const { body } = await api.gql<CreateResult>(CREATE, {
      input: valid(904, { nhsNumber: testRangeNhsNumber(903) }),
    });
    expect(body.data?.createPerson.errors).toEqual([
      { field: "nhsNumber", code: "NHS_NUMBER_TAKEN", message: expect.any(String) },
    ]);
  });

  it("rejects unknown input fields (no mass assignment)", async () => {
    const { status, body } = await api.gql(CREATE, { input: { ...valid(905), id: "forced" } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(
      /Field "id" is not defined by type "CreatePersonInput"/,
    );
  });
});

describe("people connection", () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    people(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;
  type PageResult = {
    people: {
      totalCount: number;
      edges: { cursor: string; node: { name: string } }[];
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };

  // A member of staff of a new organisation: their caseload is exactly the 25 people they add.
  // (People cannot be deleted once their record has been read: the audit trail refers to them.)
  let pager: string;
  beforeAll(async () => {
    const { prisma } = api.db;
    const org = await prisma.organisation.create({ data: organisationData("pager") });
    const user = await prisma.user.create({ data: userData("pager") });
    await prisma.membership.create({
      data: {
        userId: user.id,
        organisationId: org.id,
        role: "COMMISSIONER",
        startedOn: day("2024-01-01"),
      },
    });
    pager = await api.signIn(user.id);
    for (let n = 0; n < 25; n++)
      await api.gql(
        CREATE,
        { input: valid(n, { nhsNumber: testRangeNhsNumber(500 + n) }) },
        { as: pager },
      );
  });

  it("pages through everyone alphabetically, forwards and backwards", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { body: { data?: PageResult } } = await api.gql<PageResult>(
        PAGE,
        {
          first: 10,
          after,
        },
        { as: pager },
      );
      const people: PageResult["people"] | undefined = result.body.data?.people;
      expect(people?.totalCount).toBe(25);
      seen.push(...(people?.edges.map((e) => e.node.name) ?? []));
      if (!people?.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
    }
    expect(seen).toEqual(
      Array.from({ length: 25 }, (_, n) => `Person ${String(n).padStart(3, "0")}`),
    );

    const { body } = await api.gql<PageResult>(
      PAGE,
      { last: 3, before: await firstCursorOf(20) },
      { as: pager },
    );
    expect(body.data?.people.edges.map((e) => e.node.name)).toEqual([
      "Person 017",
      "Person 018",
      "Person 019",
    ]);
    expect(body.data?.people.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  async function firstCursorOf(index: number): Promise<string> {
    const { body } = await api.gql<PageResult>(PAGE, { first: index + 1 }, { as: pager });
    return body.data?.people.edges[index]?.cursor ?? "";
  }

  it.each([101, 0, -1])("refuses first: %i with a clear error", async (first) => {
    const { body } = await api.gql(PAGE, { first }, { as: pager });
    expect(body.errors?.[0]).toMatchObject({
      message: `\`first\` must be between 1 and 100 (got ${first})`,
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it.each([
    "not-a-cursor",
    Buffer.from('["x","not-a-uuid"]').toString("base64url"),
    Buffer.from("{}").toString("base64url"),
  ])("refuses a forged cursor %s", async (after) => {
    const { body } = await api.gql(PAGE, { first: 5, after }, { as: pager });
    expect(body.errors?.[0]).toMatchObject({
      message: "`after` is not a cursor this API issued",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });
});

describe("global IDs", () => {
  it.each([
    [
      "a well-formed ID for nobody",
      Buffer.from("Person:01890000-0000-7000-8000-000000000000").toString("base64"),
    ],
    ["a tampered ID whose key is not a UUID", Buffer.from("Person:1 OR 1=1").toString("base64")],
  ])("node() gives null for %s", async (_case, id) => {
    const { body } = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null });
  });

  it("refuses an ID that is not a global ID at all, without leaking internals", async () => {
    const { body } = await api.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: "%%%" });
    expect(body.errors?.[0]).toMatchObject({
      message: '"%%%" is not an ID this API issued',
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(JSON.stringify(body)).not.toContain("    at ");
  });
});

function formatted(nhs: string) {
  return `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`;
}
