import type { Database, Prisma } from "@cetr/db";
import { scheduleFor } from "./schedule.service.js";

/**
 * The scheduler's due reviews kept in ScheduledReview, so that the console's
 * "reviews due" list selects, orders and pages in SQL however large the
 * caseload (ADR 0030). The rows only select and order: due dates, kinds and
 * rules do not depend on today, so they stay right until the person's
 * history changes — and database triggers move Person.scheduleVersion on
 * every such change, whoever makes it. A reader brings the stale ones up to
 * date before listing (refreshSchedules), usually none or a handful.
 */

/** People per transaction: a caseload's first refresh after a migration runs in a few of these. */
const BATCH = 200;

const ymd = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Works out and stores the schedule of these people from their whole
 * history. The history is read as the system, not as any viewer: the rows
 * order a list, and each page's rows are worked out again for the viewer
 * (listDueReviews), who only ever sees items from records they may read.
 */
export async function refreshSchedules(db: Database, personIds: readonly string[], now: Date) {
  for (let i = 0; i < personIds.length; i += BATCH) {
    const ids = [...personIds.slice(i, i + BATCH)].sort();
    await db.prisma.$transaction(
      async (tx) => {
        // The lock waits for any write still moving these versions (triggers update the same rows),
        // and keeps two refreshes of one person from interleaving their deletes and inserts.
        const people = await tx.$queryRawUnsafe<
          { id: string; dateOfBirth: Date; scheduleVersion: number }[]
        >(
          `SELECT id, "dateOfBirth", "scheduleVersion" FROM "Person"
            WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
          ids,
        );
        const [events, reviews, meetings, requests] = await Promise.all([
          tx.settingEvent.findMany({
            where: { personId: { in: ids } },
            orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
          }),
          tx.review.findMany({
            where: { personId: { in: ids }, heldOn: { not: null } },
            orderBy: [{ heldOn: "asc" }, { id: "asc" }],
          }),
          tx.emergencyProtocolMeeting.findMany({ where: { personId: { in: ids } } }),
          tx.reviewRequest.findMany({ where: { personId: { in: ids }, stage: "CONVENED" } }),
        ]);
        const rows: Prisma.ScheduledReviewCreateManyInput[] = [];
        const computed: { id: string; version: number }[] = [];
        for (const person of people) {
          const mine = <T extends { personId: string }>(rows: readonly T[]) =>
            rows.filter((row) => row.personId === person.id);
          const outcome = scheduleFor(
            ymd(person.dateOfBirth),
            {
              settingEvents: mine(events),
              reviews: mine(reviews),
              meetings: mine(meetings),
              requests: mine(requests),
            },
            now,
          );
          // An event dated after today cannot be scheduled yet: leave the person stale to try again.
          if (!outcome.ok && outcome.problem.code === "EVENT_AFTER_NOW") continue;
          computed.push({ id: person.id, version: person.scheduleVersion });
          if (!outcome.ok) continue; // as before storing: a history the scheduler refuses lists nothing
          outcome.schedule.reviews.forEach((due, position) => {
            rows.push({
              personId: person.id,
              position,
              kind: due.kind,
              rule: due.rule,
              dueOn: due.dueDate ? new Date(`${due.dueDate}T00:00:00Z`) : null,
              dueCondition: due.dueCondition,
            });
          });
        }
        const done = computed.map((c) => c.id);
        await tx.scheduledReview.deleteMany({ where: { personId: { in: done } } });
        if (rows.length) await tx.scheduledReview.createMany({ data: rows });
        if (computed.length) {
          await tx.$executeRawUnsafe(
            `UPDATE "Person" p SET "scheduleComputedVersion" = c.version
               FROM unnest($1::uuid[], $2::int[]) AS c(id, version) WHERE p.id = c.id`,
            done,
            computed.map((c) => c.version),
          );
        }
      },
      { timeout: 60_000 },
    );
  }
}
