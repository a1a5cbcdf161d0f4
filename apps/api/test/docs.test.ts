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
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it("run without errors, and say what the text says they do", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the examples return ad-hoc JSON shapes
    type Result = Record<string, any>;
    const results: Result[] = [];
    let lastId: string | undefined;
    for (const query of examples) {
      const { status, body } = await api.gql<Result>(query, lastId ? { id: lastId } : {});
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
  });
});
