import { describe, expect, expectTypeOf, it } from "vitest";
import { createGraphQLClient, GraphQLRequestError, graphql, type ResultOf } from "../src/index.js";

const PeopleQuery = graphql(`
  query People($first: Int) {
    people(first: $first) { edges { node { id name dateOfBirth } } }
  }
`);

// Result types are derived from schema.graphql, field by field: code that
// reads a renamed field no longer compiles, and `gql.tada check` (part of
// every app's typecheck) rejects an operation that asks for it.
type PersonNode = ResultOf<typeof PeopleQuery>["people"]["edges"][number]["node"];
expectTypeOf<PersonNode>().toEqualTypeOf<{ id: string; name: string; dateOfBirth: string }>();

const respond = (status: number, body: unknown): typeof fetch =>
  (async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    })) as typeof fetch;

describe("createGraphQLClient", () => {
  it("returns typed data", async () => {
    const client = createGraphQLClient({
      url: "http://api.test/graphql",
      fetch: respond(200, {
        data: {
          people: {
            edges: [{ node: { id: "UGVyc29uOjE=", name: "A", dateOfBirth: "2001-01-01" } }],
          },
        },
      }),
    });
    const data = await client.request(PeopleQuery, { first: 1 });
    expectTypeOf(data).toEqualTypeOf<ResultOf<typeof PeopleQuery>>();
    expect(data.people.edges[0]?.node.name).toBe("A");
  });

  it("turns GraphQL errors into a GraphQLRequestError carrying the code", async () => {
    const client = createGraphQLClient({
      url: "http://api.test/graphql",
      fetch: respond(200, {
        errors: [
          {
            message: "`first` must be between 1 and 100 (got 500)",
            extensions: { code: "BAD_USER_INPUT" },
          },
        ],
      }),
    });
    const error = await client.request(PeopleQuery, { first: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe("BAD_USER_INPUT");
  });

  it("reports an unreachable API plainly", async () => {
    const client = createGraphQLClient({
      url: "http://api.test/graphql",
      fetch: (async () => {
        throw new TypeError("fetch failed");
      }) as typeof fetch,
    });
    await expect(client.request(PeopleQuery, {})).rejects.toThrow(
      /could not be reached: fetch failed/,
    );
  });
});
