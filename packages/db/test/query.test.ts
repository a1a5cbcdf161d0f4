import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, personData, type TestDatabase } from "../src/testing.js";

/**
 * Database.query (ADR 0017) skips Prisma, so the API's raw loaders depend on
 * its rows looking exactly like Prisma's: dates at UTC midnight whatever the
 * process's time zone, enums and uuids as strings, arrays as arrays. Runs on
 * PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("returns a whole row exactly as Prisma does, and counts the statement", async () => {
  const created = await db.prisma.person.create({
    data: personData(1, { otherDiagnoses: ["Epilepsy", "ADHD"], preferredName: null }),
  });
  const viaPrisma = await db.prisma.person.findUniqueOrThrow({ where: { id: created.id } });
  const zone = process.env.TZ;
  // Behind UTC: a date read as local midnight would be a different instant.
  process.env.TZ = "America/New_York";
  try {
    const before = db.statementCount;
    const rows = await db.query<typeof viaPrisma>(
      `SELECT * FROM "Person" WHERE id = ANY($1::uuid[])`,
      [[created.id]],
    );
    expect(db.statementCount - before).toBe(1);
    expect(rows).toEqual([viaPrisma]);
    expect(rows[0]?.dateOfBirth.toISOString()).toBe(viaPrisma.dateOfBirth.toISOString());
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

it("takes values only as parameters", async () => {
  const hostile = 'x\'); DROP TABLE "Person"; --';
  const rows = await db.query<{ name: string }>(`SELECT $1::text AS name`, [hostile]);
  expect(rows).toEqual([{ name: hostile }]);
  expect(await db.prisma.person.count()).toBeGreaterThan(0);
});

// ADR 0029: JIT compiling took seconds on each list query of a national dataset.
it.runIf(Boolean(process.env.DATABASE_URL))(
  "runs PostgreSQL statements without JIT compilation, through Prisma and raw queries alike",
  async () => {
    const [raw] = await db.query<{ jit: string }>("SHOW jit");
    const viaPrisma = await db.prisma.$queryRawUnsafe<{ jit: string }[]>("SHOW jit");
    expect(raw?.jit).toBe("off");
    expect(viaPrisma[0]?.jit).toBe("off");
  },
);
