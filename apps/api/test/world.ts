import type { Database } from "@cetr/db";
import { day, organisationData, personData, userData } from "@cetr/db/testing";
import { expect } from "vitest";
import { type Harness, startApi } from "./harness.js";

/**
 * A small FICTIONAL world for access tests: one person (Pat) on Org A's
 * caseload, and someone in every relationship to them, plus outsiders.
 * Every test that needs "who may see what" starts from here.
 */
export async function buildWorld(db: Database, n = 0) {
  const p = db.prisma;
  const orgA = await p.organisation.create({ data: organisationData(`A${n}`) });
  const orgB = await p.organisation.create({
    data: organisationData(`B${n}`, { kind: "PROVIDER" }),
  });
  const user = (name: string) =>
    p.user.create({ data: userData(`${name}-${n}`, { displayName: name }) });
  const ROLES = [
    "commissioner",
    "coordinator",
    "clinicianB",
    "outsiderStaff",
    "self",
    "parentWithPr",
    "parentWithoutPr",
    "advocateShared",
    "advocateNotShared",
    "panelMember",
    "stranger",
  ] as const;
  const users = {} as Record<(typeof ROLES)[number], Awaited<ReturnType<typeof user>>>;
  for (const role of ROLES) users[role] = await user(role);
  const {
    commissioner,
    coordinator,
    clinicianB,
    outsiderStaff,
    self,
    parentWithPr,
    parentWithoutPr,
    advocateShared,
    advocateNotShared,
    panelMember,
  } = users;
  const started = day("2024-01-01");
  const membership = (
    userId: string,
    organisationId: string,
    role: "COMMISSIONER" | "CARE_COORDINATOR" | "CLINICIAN" | "EXPERT_BY_EXPERIENCE",
  ) => p.membership.create({ data: { userId, organisationId, role, startedOn: started } });
  await membership(commissioner.id, orgA.id, "COMMISSIONER");
  await membership(coordinator.id, orgA.id, "CARE_COORDINATOR");
  await membership(clinicianB.id, orgB.id, "CLINICIAN");
  await membership(panelMember.id, orgB.id, "EXPERT_BY_EXPERIENCE");
  const other = await p.organisation.create({ data: organisationData(`C${n}`) });
  await membership(outsiderStaff.id, other.id, "COMMISSIONER");

  const pat = await p.person.create({
    data: personData(900 + n * 10, { name: `Pat ${n}`, account: { connect: { id: self.id } } }),
  });
  const other1 = await p.person.create({ data: personData(901 + n * 10, { name: `Quinn ${n}` }) });
  await p.caseloadAssignment.createMany({
    data: [
      {
        personId: pat.id,
        organisationId: orgA.id,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: started,
      },
      {
        personId: other1.id,
        organisationId: other.id,
        responsibility: "RESPONSIBLE_COMMISSIONER",
        startedOn: started,
      },
    ],
  });
  await p.relationship.createMany({
    data: [
      {
        personId: pat.id,
        userId: parentWithPr.id,
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        startedOn: started,
      },
      {
        personId: pat.id,
        userId: parentWithoutPr.id,
        kind: "PARENT_CARER",
        hasParentalResponsibility: false,
        startedOn: started,
      },
      {
        personId: pat.id,
        userId: advocateShared.id,
        kind: "ADVOCATE",
        advocateKind: "INDEPENDENT",
        startedOn: started,
      },
      {
        personId: pat.id,
        userId: advocateNotShared.id,
        kind: "ADVOCATE",
        advocateKind: "IMHA",
        startedOn: started,
      },
    ],
  });
  const consent = await p.consentRecord.create({
    data: {
      personId: pat.id,
      purpose: "SHARE_WITH_ADVOCATE",
      answer: "GIVEN",
      basis: "PERSON_WITH_CAPACITY",
      decidedOn: started,
      sharedWithId: advocateShared.id,
      recordedById: coordinator.id,
    },
  });
  return {
    orgA,
    orgB,
    other,
    pat,
    quinn: other1,
    advocateConsent: consent,
    users,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

/** A Relay global ID, as the API issues them: base64 of "Type:id". */
export const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString("base64");

/** The API over a fresh world, with every world user signed in: `tokens` by role. */
export async function startWorld(): Promise<{
  api: Harness;
  world: World;
  tokens: Record<string, string>;
}> {
  const api = await startApi();
  const world = await buildWorld(api.db);
  const tokens: Record<string, string> = {};
  for (const [role, user] of Object.entries(world.users)) tokens[role] = await api.signIn(user.id);
  return { api, world, tokens };
}

/** A query's data as `role`, failing the test on any GraphQL error. */
export async function dataAs<T>(
  api: Harness,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
): Promise<T> {
  const { body } = await api.gql<T>(query, variables, { as: token });
  expect(body.errors).toBeUndefined();
  return body.data as T;
}
