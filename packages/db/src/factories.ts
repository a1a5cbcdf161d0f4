import { testRangeNhsNumber } from "@cetr/domain";
import type { Prisma } from "./generated/prisma/client.js";

/**
 * Builders shared by the demo seed and the tests, so both make the same
 * shape of data. Every NHS number is in the never-issued 999 test range.
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
