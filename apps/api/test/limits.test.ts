import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../src/http/query-limits.js";
import { type Harness, startApi } from "./harness.js";

let api: Harness;
beforeAll(async () => {
  api = await startApi({ staff: true });
});
afterAll(() => api.close());

describe("query limits", () => {
  it("reports each response's cost in extensions", async () => {
    const { body } = await api.gql(`{ people(first: 10) { edges { node { name } } } }`);
    expect(body).toMatchObject({
      data: { people: { edges: [] } },
      extensions: {
        cost: { complexity: expect.any(Number), depth: 4, limit: QUERY_LIMITS.complexity },
      },
    });
  });

  it("charges a page by its size", async () => {
    const cost = async (first: number) =>
      (
        (
          await api.gql(
            `query($first: Int) { people(first: $first) { edges { node { name nhsNumber } } } }`,
            { first },
          )
        ).body as { extensions: { cost: { complexity: number } } }
      ).extensions.cost.complexity;
    expect(await cost(100)).toBeGreaterThan(9 * (await cost(10)));
  });

  it.each([
    [
      "too many aliases",
      `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: people(first: 1) { totalCount }`).join(" ")} }`,
      /aliases is 21; the limit is 20/,
    ],
    [
      "too complex",
      `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: people(first: 100) { edges { node { id name dateOfBirth } } }`).join(" ")} }`,
      /complexity is \d+; the limit is 2000/,
    ],
  ])("refuses a request with %s before running it", async (_case, query, message) => {
    const { status, body } = await api.gql(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
  });
});
