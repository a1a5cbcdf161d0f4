import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

/** Every example in docs/api.md runs here, in order, so the docs cannot rot. */
const docs = fs.readFileSync(path.resolve(import.meta.dirname, "../../../docs/api.md"), "utf8");
const examples = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

let api: Harness;
beforeAll(async () => {
  api = await startApi({ staff: true });
});
afterAll(() => api.close());

describe("docs/api.md examples", () => {
  it("has examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it("run without errors, and say what the text says they do", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the examples return ad-hoc JSON shapes
    type Result = Record<string, any>;
    const [register, ...rest] = examples;

    // 1. A commissioner registers the partner (as the docs say), 2. it gets a token as the curl line does.
    const organisation = Buffer.from(`Organisation:${api.staff?.organisationId}`).toString(
      "base64",
    );
    const registered = await api.gql<Result>(register ?? "", { organisation });
    expect(registered.body.errors).toBeUndefined();
    const { clientId, scopes } = registered.body.data?.createApiClient.client ?? {};
    expect(scopes).toEqual(["people:read", "people:write", "reviews:read"]);
    const secret: string = registered.body.data?.createApiClient.secret;
    expect(docs).toContain(
      'curl -s -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials',
    );
    const tokenResponse = await fetch(`${api.url}/oauth/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "grant_type=client_credentials",
    });
    const token = (await tokenResponse.json()) as Record<string, unknown>;
    expect(token).toMatchObject({
      token_type: "Bearer",
      expires_in: 3600,
      scope: "people:read people:write reviews:read",
    });

    // 3. Everything else runs as the partner.
    const results: Result[] = [];
    let lastId: string | undefined;
    for (const query of rest) {
      const { status, body } = await api.gql<Result>(query, lastId ? { id: lastId } : {}, {
        as: String(token.access_token),
      });
      expect(status, query).toBe(200);
      expect(body.errors, query).toBeUndefined();
      results.push(body.data as Result);
      lastId = (body.data as Result)?.createPerson?.person?.id ?? lastId;
    }
    const [firstPage, mistake, added, byId] = results;
    expect(firstPage?.people.pageInfo).toHaveProperty("endCursor");
    expect(mistake?.createPerson).toEqual({
      person: null,
      errors: [{ field: "nhsNumber", code: "NHS_NUMBER_CHECK_DIGIT", message: expect.any(String) }],
    });
    expect(added?.createPerson).toMatchObject({
      person: { name: "Robin Example", nhsNumber: "9990000018" },
      errors: [],
    });
    expect(byId?.node).toEqual({ id: lastId, name: "Robin Example" });
    const [due, overdueActions, overdueReviews] = results.slice(4);
    expect(due?.node.name).toBe("Robin Example");
    expect(Array.isArray(due?.node.dueReviews)).toBe(true);
    expect(overdueActions?.actions).toHaveProperty("totalCount");
    expect(overdueReviews?.reviews).toHaveProperty("totalCount");
  });
});
