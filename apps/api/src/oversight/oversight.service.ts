import { addDays, type CalendarDate } from "@cetr/domain";
import { GraphQLError } from "graphql";
import { VIEWER_CTE } from "../access/access.js";
import type { Context } from "../context.js";
import { uuidOrNoRow } from "../schema/guard.js";
import { SqlParams } from "../schema/sql-params.js";

/**
 * The oversight figures (issue 8 item 8): for each organisation the viewer
 * works for and each month, how many reviews were held and how many on time,
 * how many reports reached everyone on time (§7.2.18), and how many actions
 * were done by their due date. Counted by the database (one statement with
 * GROUP BY), so the cost does not depend on how many rows are counted being
 * sent to the API.
 *
 * Reviews and their reports count in the month the review was held; actions
 * in the month they were due. A review counts for the organisation that
 * convened it.
 */

/** Enough for two years side by side; stops one request from counting a whole history. */
export const OVERSIGHT_MAX_MONTHS = 36;

export interface OversightRow {
  organisationId: string;
  /** "YYYY-MM". */
  month: string;
  reviewsHeld: number;
  reviewsHeldOnTime: number;
  reviewsHeldLate: number;
  reportsSentOnTime: number;
  reportsSentLate: number;
  reportsOverdue: number;
  actionsDue: number;
  actionsDoneOnTime: number;
  actionsDoneLate: number;
  actionsOpenLate: number;
  actionsNotDone: number;
  actionsNotYetDue: number;
}

export interface OversightArgs {
  from: CalendarDate;
  to: CalendarDate;
  organisationId?: string | null;
}

const monthStart = (date: CalendarDate) => `${date.slice(0, 7)}-01` as CalendarDate;

/** The first day of the month after `date`'s month. */
function nextMonthStart(date: CalendarDate): CalendarDate {
  return monthStart(addDays(monthStart(date), 32));
}

/** How many calendar months from `from`'s month to `to`'s, both included. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

function badInput(message: string): never {
  throw new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** The viewer's staff roles, as the audit trail names them ("STAFF:COMMISSIONER"). */
async function staffRoles(ctx: Context): Promise<string> {
  const roles = new Set((await ctx.access.memberships()).map((m) => `STAFF:${m.role}`));
  return [...roles].sort().join(",");
}

export async function oversightRows(ctx: Context, args: OversightArgs): Promise<OversightRow[]> {
  const months = monthsBetween(args.from, args.to);
  if (months < 1) badInput("The start of the range must not be after its end");
  if (months > OVERSIGHT_MAX_MONTHS)
    badInput(`Choose at most ${OVERSIGHT_MAX_MONTHS} months at a time`);
  const visible = await ctx.access.visiblePeopleSql("REVIEW");
  const params = new SqlParams(visible.params);
  const from = params.add(monthStart(args.from), "date");
  const until = params.add(nextMonthStart(args.to), "date");
  const organisation =
    args.organisationId != null
      ? `AND r."commissioningOrganisationId" = ${params.add(uuidOrNoRow(args.organisationId), "uuid")}`
      : "";
  // Sent on time compares the day it was sent in England with the due date, as Report.sentOnTime does.
  const sentOn = `(rp."sentAt" AT TIME ZONE 'Europe/London')::date`;
  const rows = await ctx.db.query<OversightRow>(
    `WITH ${VIEWER_CTE},
     rv AS (
       SELECT r.id, r."commissioningOrganisationId" AS org, r."heldOn", r."dueOn", r."reportDueOn"
       FROM "Review" r, viewer v
       WHERE r."personId" IN ${visible.ids} AND r."commissioningOrganisationId" = ANY(v.orgs) ${organisation}
     ),
     held AS (
       SELECT rv.org, date_trunc('month', rv."heldOn")::date AS month,
         count(*)::int AS held,
         count(*) FILTER (WHERE rv."heldOn" <= rv."dueOn")::int AS held_on_time,
         count(*) FILTER (WHERE rv."heldOn" > rv."dueOn")::int AS held_late,
         count(*) FILTER (WHERE rp."sentAt" IS NOT NULL AND ${sentOn} <= rv."reportDueOn")::int AS reports_on_time,
         count(*) FILTER (WHERE rp."sentAt" IS NOT NULL AND ${sentOn} > rv."reportDueOn")::int AS reports_late,
         count(*) FILTER (WHERE rp."sentAt" IS NULL AND rv."reportDueOn" < v.today)::int AS reports_overdue
       FROM rv LEFT JOIN "Report" rp ON rp."reviewId" = rv.id, viewer v
       WHERE rv."heldOn" >= ${from} AND rv."heldOn" < ${until}
       GROUP BY 1, 2
     ),
     acts AS (
       SELECT rv.org, date_trunc('month', a."dueOn")::date AS month,
         count(*)::int AS due,
         count(*) FILTER (WHERE a.status = 'DONE' AND a."completedOn" <= a."dueOn")::int AS done_on_time,
         count(*) FILTER (WHERE a.status = 'DONE' AND a."completedOn" > a."dueOn")::int AS done_late,
         count(*) FILTER (WHERE a.status = 'OPEN' AND a."dueOn" < v.today)::int AS open_late,
         count(*) FILTER (WHERE a.status = 'NOT_DONE')::int AS not_done,
         count(*) FILTER (WHERE a.status = 'OPEN' AND a."dueOn" >= v.today)::int AS not_yet_due
       FROM "Action" a JOIN rv ON rv.id = a."reviewId", viewer v
       WHERE a."dueOn" >= ${from} AND a."dueOn" < ${until}
       GROUP BY 1, 2
     )
     SELECT COALESCE(h.org, a.org)::text AS "organisationId",
       to_char(COALESCE(h.month, a.month), 'YYYY-MM') AS month,
       COALESCE(h.held, 0) AS "reviewsHeld",
       COALESCE(h.held_on_time, 0) AS "reviewsHeldOnTime",
       COALESCE(h.held_late, 0) AS "reviewsHeldLate",
       COALESCE(h.reports_on_time, 0) AS "reportsSentOnTime",
       COALESCE(h.reports_late, 0) AS "reportsSentLate",
       COALESCE(h.reports_overdue, 0) AS "reportsOverdue",
       COALESCE(a.due, 0) AS "actionsDue",
       COALESCE(a.done_on_time, 0) AS "actionsDoneOnTime",
       COALESCE(a.done_late, 0) AS "actionsDoneLate",
       COALESCE(a.open_late, 0) AS "actionsOpenLate",
       COALESCE(a.not_done, 0) AS "actionsNotDone",
       COALESCE(a.not_yet_due, 0) AS "actionsNotYetDue"
     FROM held h FULL JOIN acts a ON a.org = h.org AND a.month = h.month
     ORDER BY 2, 1`,
    params.values,
  );
  // Figures about many people, not one: one audit event says who looked at what range.
  ctx.audit.summaryRead("oversight.read", await staffRoles(ctx), {
    from: monthStart(args.from),
    to: args.to.slice(0, 7),
    organisationId: args.organisationId ?? null,
    rows: rows.length,
  });
  return rows;
}

/** A share from 0 to 1, or null when there is nothing to share out. */
export const share = (part: number, whole: number): number | null =>
  whole > 0 ? part / whole : null;
