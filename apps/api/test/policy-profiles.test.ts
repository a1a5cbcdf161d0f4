import { afterAll, beforeAll, expect, it } from "vitest";
import { type Harness, startApi } from "./harness.js";

/** Query.policyProfiles: what a review can follow (ADR 0005), for the console's scheduling form. */

let api: Harness;
beforeAll(async () => {
  api = await startApi({ staff: true });
});
afterAll(() => api.close());

const PROFILES = `query { policyProfiles { key name description } }`;

it("lists the built-in profiles to signed-in users, the national policy first", async () => {
  const { body } = await api.gql<{ policyProfiles: { key: string; name: string }[] }>(PROFILES);
  expect(body.errors).toBeUndefined();
  const keys = body.data?.policyProfiles.map((p) => p.key);
  expect(keys?.[0]).toBe("national-2017");
  expect(keys).toContain("local-10-day-inpatient-cetr");
  expect(body.data?.policyProfiles[0]?.name).toBe("National policy (NHS England, 2017)");
});

it("is not for anonymous callers", async () => {
  const { body } = await api.gql(PROFILES, {}, { as: null });
  expect(body.data ?? null).toBeNull();
  expect(JSON.stringify(body.errors)).toMatch(/FORBIDDEN|UNAUTHENTICATED|Not authori[sz]ed/i);
});
