import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionData, day, organisationData, personData, userData } from "../src/factories.js";
import { createTestDatabase, type TestDatabase } from "../src/testing.js";
import { isUniqueViolation } from "../src/unique.js";

/** Database-level guarantees the API relies on, on PGlite and on PostgreSQL. */
let db: TestDatabase;
let n = 1000;
const next = () => n++;

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse this write");
}
/** The message wherever the driver adapter put it (message, cause, or meta for raw queries). */
const text = (error: unknown) => {
  const e = error as { message?: unknown; cause?: unknown; meta?: unknown };
  return `${String(e?.message ?? "")} ${JSON.stringify(e?.cause ?? null)} ${JSON.stringify(e?.meta ?? null)}`;
};

async function aReview() {
  const person = await db.prisma.person.create({ data: personData(next()) });
  const icb = await db.prisma.organisation.create({ data: organisationData(next()) });
  const review = await db.prisma.review.create({
    data: {
      personId: person.id,
      kind: "COMMUNITY",
      status: "PLANNED",
      enquirySetting: "COMMUNITY",
      commissioningOrganisationId: icb.id,
    },
  });
  return { person, icb, review };
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.[Symbol.asyncDispose]();
});

describe("Person stays compatible", () => {
  it("creates with only the original fields, getting safe defaults for the new ones", async () => {
    const person = await db.prisma.person.create({ data: personData(next()) });
    expect(person).toMatchObject({
      preferredFormat: "PLAIN",
      interpreterNeed: "NONE",
      ehcPlan: "NONE",
      legalStatus: "NOT_RECORDED",
      mentalHealthActSection: null,
      mojRestricted: false,
      otherDiagnoses: [],
    });
    expect(person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/); // uuid v7
  });
});

describe("audit trail", () => {
  it("accepts inserts but refuses UPDATE, DELETE and TRUNCATE", async () => {
    const { person } = await aReview();
    const event = await db.prisma.auditEvent.create({
      data: {
        actorKind: "SYSTEM",
        actingAs: "SYSTEM",
        personId: person.id,
        operation: "person.read",
        outcome: "ALLOWED",
      },
    });
    expect(
      text(
        await rejection(
          db.prisma.auditEvent.update({ where: { id: event.id }, data: { operation: "x" } }),
        ),
      ),
    ).toMatch(/append-only/);
    expect(text(await rejection(db.prisma.auditEvent.delete({ where: { id: event.id } })))).toMatch(
      /append-only/,
    );
    expect(text(await rejection(db.prisma.auditEvent.deleteMany({})))).toMatch(/append-only/);
    expect(
      text(
        await rejection(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actingAs" = 'x'`)),
      ),
    ).toMatch(/append-only/);
    expect(text(await rejection(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)))).toMatch(
      /append-only/,
    );
    expect(await db.prisma.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({
      operation: "person.read",
    });
  });

  it("keeps the person an audit event names: no deleting audited people", async () => {
    const person = await db.prisma.person.create({ data: personData(next()) });
    await db.prisma.auditEvent.create({
      data: {
        actorKind: "SYSTEM",
        actingAs: "SYSTEM",
        personId: person.id,
        operation: "person.read",
        outcome: "ALLOWED",
      },
    });
    await rejection(db.prisma.person.delete({ where: { id: person.id } }));
    expect(await db.prisma.person.count({ where: { id: person.id } })).toBe(1);
  });
});

describe("unique constraints", () => {
  it("one NHS number per person, one e-mail per account", async () => {
    const p = personData(next());
    await db.prisma.person.create({ data: p });
    expect(
      isUniqueViolation(
        await rejection(db.prisma.person.create({ data: { ...p, name: "Someone Else" } })),
      ),
    ).toBe(true);
    const u = userData(next());
    await db.prisma.user.create({ data: u });
    expect(isUniqueViolation(await rejection(db.prisma.user.create({ data: u })))).toBe(true);
  });

  it("one panel seat per role and per member (§7.2.1)", async () => {
    const { review } = await aReview();
    const [a, b] = [
      await db.prisma.user.create({ data: userData(next()) }),
      await db.prisma.user.create({ data: userData(next()) }),
    ];
    await db.prisma.panelMember.create({
      data: { reviewId: review.id, userId: a.id, role: "CHAIR" },
    });
    expect(
      isUniqueViolation(
        await rejection(
          db.prisma.panelMember.create({
            data: { reviewId: review.id, userId: b.id, role: "CHAIR" },
          }),
        ),
      ),
    ).toBe(true);
    expect(
      isUniqueViolation(
        await rejection(
          db.prisma.panelMember.create({
            data: { reviewId: review.id, userId: a.id, role: "CLINICAL_EXPERT" },
          }),
        ),
      ),
    ).toBe(true);
  });

  it("one finding per line of enquiry and one answer per question per review", async () => {
    const { review } = await aReview();
    await db.prisma.enquiryFinding.create({
      data: { reviewId: review.id, kloeId: "SAFETY", question: "SAFE" },
    });
    expect(
      isUniqueViolation(
        await rejection(
          db.prisma.enquiryFinding.create({
            data: { reviewId: review.id, kloeId: "SAFETY", question: "SAFE" },
          }),
        ),
      ),
    ).toBe(true);
    await db.prisma.reviewSummaryAnswer.create({
      data: { reviewId: review.id, question: "SAFE", answer: "Yes" },
    });
    expect(
      isUniqueViolation(
        await rejection(
          db.prisma.reviewSummaryAnswer.create({
            data: { reviewId: review.id, question: "SAFE", answer: "No" },
          }),
        ),
      ),
    ).toBe(true);
  });

  it("at most one draft of a planner, while submitted versions accumulate", async () => {
    const person = await db.prisma.person.create({ data: personData(next()) });
    const base = { personId: person.id, kind: "ONE_PAGE_PROFILE" as const };
    const submitted = { ...base, status: "SUBMITTED" as const, openDraft: null };
    await db.prisma.plannerDocument.create({ data: { ...submitted, version: 1 } });
    await db.prisma.plannerDocument.create({ data: { ...submitted, version: 2 } });
    const draft = await db.prisma.plannerDocument.create({ data: { ...base, version: 3 } });
    expect(draft).toMatchObject({ status: "DRAFT", openDraft: true });
    const create = (data: Parameters<typeof db.prisma.plannerDocument.create>[0]["data"]) =>
      rejection(db.prisma.plannerDocument.create({ data }));
    expect(isUniqueViolation(await create({ ...base, version: 4 }))).toBe(true);
    expect(isUniqueViolation(await create({ ...submitted, version: 2 }))).toBe(true);
    // The CHECK keeps openDraft in step with status.
    await create({ ...base, version: 5, status: "SUBMITTED" });
    await rejection(
      db.prisma.plannerDocument.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } }),
    );
    // Submitting the draft frees the slot for the next one.
    await db.prisma.plannerDocument.update({
      where: { id: draft.id },
      data: { status: "SUBMITTED", openDraft: null, submittedAt: new Date() },
    });
    await db.prisma.plannerDocument.create({ data: { ...base, version: 4 } });
    expect(await db.prisma.plannerDocument.count({ where: { personId: person.id } })).toBe(4);
  });
});

describe("foreign keys and delete rules", () => {
  it("refuses a relationship to a person or account that does not exist", async () => {
    const user = await db.prisma.user.create({ data: userData(next()) });
    const person = await db.prisma.person.create({ data: personData(next()) });
    const missing = "01900000-0000-7000-8000-000000000000";
    await rejection(
      db.prisma.relationship.create({
        data: {
          personId: missing,
          userId: user.id,
          kind: "ADVOCATE",
          startedOn: day("2026-01-01"),
        },
      }),
    );
    await rejection(
      db.prisma.relationship.create({
        data: {
          personId: person.id,
          userId: missing,
          kind: "ADVOCATE",
          startedOn: day("2026-01-01"),
        },
      }),
    );
    expect(
      await db.prisma.relationship.count({
        where: { OR: [{ userId: user.id }, { personId: person.id }] },
      }),
    ).toBe(0);
  });

  it("never cascades: a person, review or owner with clinical records cannot be deleted", async () => {
    const { person, review } = await aReview();
    const owner = await db.prisma.user.create({ data: userData(next()) });
    const action = await db.prisma.action.create({
      data: actionData({ reviewId: review.id, personId: person.id, ownerId: owner.id }),
    });
    await rejection(db.prisma.person.delete({ where: { id: person.id } }));
    await rejection(db.prisma.review.delete({ where: { id: review.id } }));
    await rejection(db.prisma.user.delete({ where: { id: owner.id } }));
    expect(await db.prisma.action.findUnique({ where: { id: action.id } })).not.toBeNull();
  });

  it("ties an action to its review's person: a mismatched person is refused", async () => {
    const { review } = await aReview();
    const other = await db.prisma.person.create({ data: personData(next()) });
    const owner = await db.prisma.user.create({ data: userData(next()) });
    await rejection(
      db.prisma.action.create({
        data: actionData({ reviewId: review.id, personId: other.id, ownerId: owner.id }),
      }),
    );
    expect(await db.prisma.action.count({ where: { personId: other.id } })).toBe(0);
  });

  it("stores calendar dates as dates, whatever the time zone", async () => {
    const { person, review } = await aReview();
    const owner = await db.prisma.user.create({ data: userData(next()) });
    const action = await db.prisma.action.create({
      data: actionData(
        { reviewId: review.id, personId: person.id, ownerId: owner.id },
        { dueOn: new Date("2027-03-28T23:30:00Z") },
      ),
    });
    expect(action.dueOn.toISOString()).toBe("2027-03-28T00:00:00.000Z");
  });
});
