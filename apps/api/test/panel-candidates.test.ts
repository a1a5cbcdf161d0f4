import { day } from "@cetr/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "./harness.js";
import { globalId, startWorld, type World } from "./world.js";

let api: Harness;
let world: World;
let tokens: Record<string, string>;
let reviewGid = "";

const CANDIDATES = `query($id: ID!) { node(id: $id) { ... on Review {
  panelCandidates { role user { id displayName } organisation { name } }
} } }`;
type Candidates = {
  node: {
    panelCandidates: {
      role: string;
      user: { displayName: string };
      organisation: { name: string };
    }[];
  } | null;
};

beforeAll(async () => {
  ({ api, world, tokens } = await startWorld());
  const p = api.db.prisma;
  const started = day("2024-01-01");
  // A clinical expert of the commissioner, one who has left, and one of another organisation.
  const expert = await p.user.create({
    data: { email: "expert@candidates.example", displayName: "Casey Expert" },
  });
  const leaver = await p.user.create({
    data: { email: "leaver@candidates.example", displayName: "Lee Leaver" },
  });
  await p.membership.createMany({
    data: [
      {
        userId: expert.id,
        organisationId: world.orgA.id,
        role: "CLINICAL_EXPERT",
        startedOn: started,
      },
      {
        userId: leaver.id,
        organisationId: world.orgA.id,
        role: "EXPERT_BY_EXPERIENCE",
        startedOn: started,
        endedOn: day("2024-06-01"),
      },
    ],
  });
  const review = await p.review.create({
    data: {
      personId: world.pat.id,
      kind: "COMMUNITY",
      status: "PLANNED",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: world.orgA.id,
      panel: { create: [{ userId: world.users.panelMember.id, role: "EXPERT_BY_EXPERIENCE" }] },
    },
  });
  reviewGid = globalId("Review", review.id);
});
afterAll(() => api.close());

const ask = (role: string) =>
  api.gql<Candidates>(CANDIDATES, { id: reviewGid }, { as: tokens[role] });

describe("Review.panelCandidates", () => {
  it("offers current commissioners and experts of the commissioning organisation to staff who may change the review", async () => {
    const { body } = await ask("commissioner");
    expect(body.errors).toBeUndefined();
    const names = body.data?.node?.panelCandidates.map((c) => [c.user.displayName, c.role]);
    expect(names).toEqual([
      ["commissioner", "COMMISSIONER"],
      ["Casey Expert", "CLINICAL_EXPERT"],
    ]);
    expect(body.data?.node?.panelCandidates[0]?.organisation.name).toBe(world.orgA.name);
  });

  it("offers no one to a panel member or a parent carer, who may see the review but not change it", async () => {
    for (const role of ["panelMember", "parentWithPr"]) {
      const { body } = await ask(role);
      expect(body.errors).toBeUndefined();
      expect(body.data?.node?.panelCandidates ?? []).toEqual([]);
    }
  });

  it("shows nothing at all to someone who cannot see the review", async () => {
    const { body } = await ask("stranger");
    expect(body.data?.node ?? null).toBeNull();
  });
});
