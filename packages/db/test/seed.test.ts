import { isTestRangeNhsNumber, isValidNhsNumber } from "@cetr/domain";
import { describe, expect, it } from "vitest";
import { DEMO_PEOPLE_COUNT, seedDemoData } from "../src/index.js";
import { createTestDatabase } from "../src/testing.js";

describe("demo seed", () => {
  it("seeds fictional people into an empty database, once", async () => {
    await using db = await createTestDatabase();
    expect(await seedDemoData(db.prisma)).toEqual({ seeded: true });
    expect(await seedDemoData(db.prisma)).toEqual({ seeded: false });
    const people = await db.prisma.person.findMany();
    expect(people).toHaveLength(DEMO_PEOPLE_COUNT);
    for (const person of people) {
      // Fictional by construction: every number is valid but in the never-issued 999 range.
      expect(isValidNhsNumber(person.nhsNumber)).toBe(true);
      expect(isTestRangeNhsNumber(person.nhsNumber)).toBe(true);
    }
  });
});
