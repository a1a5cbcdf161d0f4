import { DISCHARGE_STANDARDS, DISCHARGE_STEPS, testRangeNhsNumber } from "@cetr/domain";
import type { Prisma } from "./generated/prisma/client.js";

/**
 * Builders shared by the demo seed and the tests, so both make the same
 * shape of data. Every NHS number is in the never-issued 999 test range;
 * every e-mail address is under the reserved `.example` top-level domain.
 */
export function personData(
  n: number,
  overrides: Partial<Prisma.PersonCreateInput> = {},
): Prisma.PersonCreateInput {
  return {
    name: `Test Person ${n}`,
    dateOfBirth: new Date(Date.UTC(2000 + (n % 20), n % 12, 1 + (n % 28))),
    nhsNumber: testRangeNhsNumber(n),
    diagnosis: (["LEARNING_DISABILITY", "AUTISM", "BOTH"] as const)[n % 3] ?? "BOTH",
    ...overrides,
  };
}

/** A calendar date (`@db.Date`) from `YYYY-MM-DD`, at UTC midnight. */
export const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

/** An instant (`@db.Timestamptz`) from `YYYY-MM-DDTHH:MM`, in UTC. */
export const at = (isoDateTime: string): Date => new Date(`${isoDateTime}:00Z`);

export function userData(
  n: number | string,
  overrides: Partial<Prisma.UserCreateInput> = {},
): Prisma.UserCreateInput {
  return { email: `user-${n}@cetr.example`, displayName: `Test User ${n}`, ...overrides };
}

export function organisationData(
  n: number | string,
  overrides: Partial<Prisma.OrganisationCreateInput> = {},
): Prisma.OrganisationCreateInput {
  return { kind: "ICB", name: `Test Organisation ${n}`, ...overrides };
}

/** A SMART action (Figure 6): what, one named owner, how we will know, a due date. */
export function actionData(
  ids: { reviewId: string; personId: string; ownerId: string },
  overrides: Partial<Prisma.ActionUncheckedCreateInput> = {},
): Prisma.ActionUncheckedCreateInput {
  return {
    ...ids,
    what: "Write a positive behaviour support plan with the person and their family",
    howWeWillKnow: "The plan is shared with the person, family and care team",
    dueOn: day("2027-01-31"),
    ...overrides,
  };
}

/**
 * Every Appendix 3 item and standard for a new discharge plan, NOT_STARTED and
 * UNKNOWN, so the plan mirrors @cetr/domain DISCHARGE_STEPS / DISCHARGE_STANDARDS.
 */
export function dischargePlanChecklist(): {
  steps: Prisma.DischargePlanStepCreateManyPlanInput[];
  items: Prisma.DischargePlanItemCreateManyPlanInput[];
  standards: Prisma.DischargePlanStandardCreateManyPlanInput[];
} {
  return {
    steps: DISCHARGE_STEPS.map((step) => ({ stepNumber: step.number })),
    items: DISCHARGE_STEPS.flatMap((step) =>
      step.items.map((item) => ({ itemId: item.id, stepNumber: step.number })),
    ),
    standards: DISCHARGE_STANDARDS.map((s) => ({ standardNumber: s.number })),
  };
}
