import { isUniqueViolation, type Prisma } from "@cetr/db";
import {
  addDays,
  applyDuration,
  type CalendarDate,
  compareCalendarDates,
  type FieldError,
  londonCalendarDate,
  NATIONAL_RULES,
} from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { ReviewGuard } from "../reviews/review.node.js";
import { isUuid, uuidOrNoRow } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { MONITORING_INCLUDE, type MonitoringRow, RestrictedMonitoringGuard } from "./guards.js";
import {
  calendarDate,
  dbDate,
  idError,
  MAX_SHORT_TEXT,
  optionalDate,
  optionalText,
  requiredDate,
  requiredText,
} from "./inputs.js";

/**
 * The restricted-patient monitoring table (Appendix 6 §47.2) and its clock:
 * a C(E)TR that finds a restricted patient ready for discharge (or able to be
 * cared for in a less restrictive environment) obliges the responsible
 * clinician to contact NOMS/MoJ "within one week" (Appendix 6, Figure 13;
 * @cetr/domain NATIONAL_RULES.MOJ_CONTACT). No built-in policy profile
 * changes this rule, so the national one applies.
 */
const MOJ_RULE = NATIONAL_RULES.MOJ_CONTACT;

/**
 * Review outcomes that start the clock (as @cetr/domain schedulePathway reads
 * Appendix 6; its LESS_RESTRICTIVE_SETTING has no value in the Review table's
 * outcome enum, whose outcomes are otherwise "not ready"). A row not linked to
 * a review, or whose review has no outcome yet, is on the monitoring table
 * because MoJ contact is needed: the clock runs.
 */
const CLOCK_OUTCOMES = ["READY_FOR_DISCHARGE"] as const;
const clockRuns = (row: MonitoringRow) =>
  row.review?.outcome == null || (CLOCK_OUTCOMES as readonly string[]).includes(row.review.outcome);

export interface MojClock {
  dueOn: CalendarDate | null;
  overdue: boolean;
  late: boolean;
}

export function mojClock(row: MonitoringRow, now: Date): MojClock {
  if (!clockRuns(row)) return { dueOn: null, overdue: false, late: false };
  const dueOn = applyDuration(calendarDate(row.reviewDate), MOJ_RULE.duration);
  const referred = row.referredToMojOn ? calendarDate(row.referredToMojOn) : null;
  return {
    dueOn,
    overdue: referred === null && compareCalendarDates(londonCalendarDate(now), dueOn) > 0,
    late: referred !== null && compareCalendarDates(referred, dueOn) > 0,
  };
}

/**
 * The same rule as a database filter, for the list: overdue ⇔ clock runs,
 * not referred, and today is after reviewDate + the rule's span. The rule
 * is in whole weeks or days, so "after the due date" is "reviewed before
 * today minus the span" — checked against `mojClock` by the tests.
 */
function overdueWhere(now: Date): Prisma.RestrictedPatientMonitoringWhereInput {
  const { amount, unit } = MOJ_RULE.duration;
  if (unit !== "WEEKS" && unit !== "CALENDAR_DAYS")
    throw new Error(`MoJ contact rule in ${unit} cannot be turned into a filter`);
  const span = unit === "WEEKS" ? amount * 7 : amount;
  const latestOnTimeReview = addDays(londonCalendarDate(now), -span);
  return {
    referredToMojOn: null,
    reviewDate: { lt: dbDate(latestOnTimeReview) },
    OR: [
      { reviewId: null },
      { review: { is: { outcome: null } } },
      { review: { is: { outcome: { in: [...CLOCK_OUTCOMES] } } } },
    ],
  };
}

type MonitoringKey = [reviewDate: string, id: string];
const decodeKey = keyDecoder<MonitoringKey>(cursorPart.date, cursorPart.uuid);

export interface MonitoringFilter {
  mojContactOverdue?: boolean | null;
  /** Rows about people on this organisation's caseload today. */
  organisationId?: string | null;
}

async function listWhere(
  ctx: Context,
  filter: MonitoringFilter,
): Promise<Prisma.RestrictedPatientMonitoringWhereInput> {
  const visible = await ctx.access.peopleWhere("RESTRICTED");
  const overdue = overdueWhere(ctx.now);
  const today = dbDate(londonCalendarDate(ctx.now));
  return {
    AND: [
      { person: visible },
      filter.organisationId == null
        ? {}
        : {
            person: {
              caseload: {
                some: {
                  organisationId: uuidOrNoRow(filter.organisationId),
                  startedOn: { lte: today },
                  OR: [{ endedOn: null }, { endedOn: { gt: today } }],
                },
              },
            },
          },
      filter.mojContactOverdue == null ? {} : filter.mojContactOverdue ? overdue : { NOT: overdue },
    ],
  };
}

/** Monitoring rows the viewer may see, most recent review first (keyset on reviewDate, id). */
export async function listRestrictedMonitoring(
  ctx: Context,
  args: ConnectionArgs & MonitoringFilter,
) {
  const page = pageFromArgs(args, decodeKey);
  // Newest first: forwards walks reviewDate descending.
  const direction = page.backwards ? "asc" : "desc";
  const beyond = page.backwards ? "gt" : "lt";
  const where = await listWhere(ctx, args);
  const rows = await ctx.db.prisma.restrictedPatientMonitoring.findMany({
    where: {
      AND: [
        where,
        page.cursor
          ? {
              OR: [
                { reviewDate: { [beyond]: dbDate(page.cursor[0] as CalendarDate) } },
                {
                  reviewDate: dbDate(page.cursor[0] as CalendarDate),
                  id: { [beyond]: page.cursor[1] },
                },
              ],
            }
          : {},
      ],
    },
    include: MONITORING_INCLUDE,
    orderBy: [{ reviewDate: direction }, { id: direction }],
    take: page.take,
  });
  const readable = await RestrictedMonitoringGuard.readable(ctx, rows);
  const connection = toConnection(
    readable,
    page,
    (row): MonitoringKey => [calendarDate(row.reviewDate), row.id],
  );
  return {
    ...connection,
    totalCount: () => ctx.db.prisma.restrictedPatientMonitoring.count({ where }),
  };
}

export type MonitoringResult =
  | { monitoring: MonitoringRow; errors: [] }
  | { monitoring: null; errors: FieldError[] };

export interface MonitoringFields {
  reviewId?: string | null;
  reference?: string | null;
  reviewDate?: string | null;
  outcome?: string | null;
  providerId?: string | null;
  responsibleClinician?: string | null;
  referredToMojOn?: string | null;
  requestType?: "LEAVE" | "TRANSFER" | "DISCHARGE" | null;
  mojResponseOn?: string | null;
  narrative?: string | null;
  escalation?: string | null;
}

/**
 * Checks the fields present (undefined = not given). `required` lists the
 * fields a new row must have; on update, null for one of them is an error too.
 */
async function checkFields(
  ctx: Context,
  personId: string,
  input: MonitoringFields,
  existing: MonitoringRow | null,
): Promise<{ data: Prisma.RestrictedPatientMonitoringUncheckedUpdateInput; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const data: Prisma.RestrictedPatientMonitoringUncheckedUpdateInput = {};
  const given = (v: unknown) => v !== undefined || existing === null;
  if (given(input.reference))
    data.reference = requiredText(errors, "reference", input.reference, MAX_SHORT_TEXT);
  let reviewDate = existing ? calendarDate(existing.reviewDate) : null;
  if (given(input.reviewDate)) {
    reviewDate = requiredDate(errors, "reviewDate", input.reviewDate, { notAfter: ctx.now });
    if (reviewDate) data.reviewDate = dbDate(reviewDate);
  }
  if (given(input.outcome)) data.outcome = requiredText(errors, "outcome", input.outcome);
  if (given(input.responsibleClinician))
    data.responsibleClinician = requiredText(
      errors,
      "responsibleClinician",
      input.responsibleClinician,
      MAX_SHORT_TEXT,
    );
  if (given(input.providerId)) {
    const provider =
      input.providerId && isUuid(input.providerId)
        ? await ctx.db.prisma.organisation.findUnique({
            where: { id: input.providerId },
            select: { id: true },
          })
        : null;
    if (!input.providerId)
      errors.push({ field: "providerId", code: "REQUIRED", message: "Say which provider" });
    else if (!provider)
      errors.push({
        field: "providerId",
        code: "NOT_FOUND",
        message: "There is no organisation with this ID",
      });
    else data.providerId = provider.id;
  }
  if (input.reviewId !== undefined) {
    if (input.reviewId === null) data.reviewId = null;
    else {
      const review = await ReviewGuard.loadReadable(ctx, input.reviewId);
      if (!review || review.personId !== personId)
        errors.push({
          field: "reviewId",
          code: "NOT_FOUND",
          message: "This person has no review with this ID that you can reach",
        });
      else data.reviewId = review.id;
    }
  }
  let referred = existing?.referredToMojOn ? calendarDate(existing.referredToMojOn) : null;
  if (input.referredToMojOn !== undefined) {
    referred = optionalDate(errors, "referredToMojOn", input.referredToMojOn, {
      notAfter: ctx.now,
    });
    data.referredToMojOn = referred ? dbDate(referred) : null;
  }
  if (referred && reviewDate && compareCalendarDates(referred, reviewDate) < 0)
    errors.push({
      field: "referredToMojOn",
      code: "DATE_TOO_EARLY",
      message: "The referral to the MoJ follows the review: it cannot be before the review date",
    });
  let response = existing?.mojResponseOn ? calendarDate(existing.mojResponseOn) : null;
  if (input.mojResponseOn !== undefined) {
    response = optionalDate(errors, "mojResponseOn", input.mojResponseOn, { notAfter: ctx.now });
    data.mojResponseOn = response ? dbDate(response) : null;
  }
  if (response && referred && compareCalendarDates(response, referred) < 0)
    errors.push({
      field: "mojResponseOn",
      code: "DATE_TOO_EARLY",
      message: "The MoJ's response cannot be before the referral",
    });
  if (input.requestType !== undefined) data.requestType = input.requestType;
  if (input.narrative !== undefined)
    data.narrative = optionalText(errors, "narrative", input.narrative);
  if (input.escalation !== undefined)
    data.escalation = optionalText(errors, "escalation", input.escalation);
  return { data, errors };
}

/** After a unique violation: which of the two unique fields clashed (the index decided; this only words it). */
async function uniqueErrors(
  ctx: Context,
  data: Prisma.RestrictedPatientMonitoringUncheckedUpdateInput,
  selfId: string | null,
): Promise<FieldError[]> {
  const others = selfId ? { NOT: { id: selfId } } : {};
  const errors: FieldError[] = [];
  if (
    typeof data.reviewId === "string" &&
    (await ctx.db.prisma.restrictedPatientMonitoring.count({
      where: { reviewId: data.reviewId, ...others },
    }))
  )
    errors.push({
      field: "reviewId",
      code: "ALREADY_EXISTS",
      message: "This review already has a row on the monitoring table",
    });
  if (
    errors.length === 0 ||
    (typeof data.reference === "string" &&
      (await ctx.db.prisma.restrictedPatientMonitoring.count({
        where: { reference: data.reference, ...others },
      })))
  )
    errors.push({
      field: "reference",
      code: "ALREADY_EXISTS",
      message: "Another row on the monitoring table has this reference",
    });
  return errors;
}

/** Adds a row to the monitoring table (staff on the caseload; partners with `restricted:write`). */
export async function recordRestrictedMonitoring(
  ctx: Context,
  input: MonitoringFields & { personId: string },
): Promise<MonitoringResult> {
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "recordRestrictedMonitoring",
    "RESTRICTED",
  );
  if (!person.row)
    return { monitoring: null, errors: [idError("personId", person.code, "person")] };
  const { data, errors } = await checkFields(ctx, person.row.id, input, null);
  if (errors.length) return { monitoring: null, errors };
  try {
    const monitoring = await ctx.db.prisma.restrictedPatientMonitoring.create({
      data: {
        ...(data as Prisma.RestrictedPatientMonitoringUncheckedCreateInput),
        personId: person.row.id,
      },
      include: MONITORING_INCLUDE,
    });
    return { monitoring, errors: [] };
  } catch (error) {
    // The unique indexes decide (reference; one row per review): two requests may race.
    if (isUniqueViolation(error))
      return { monitoring: null, errors: await uniqueErrors(ctx, data, null) };
    throw error;
  }
}

export async function updateRestrictedMonitoring(
  ctx: Context,
  input: MonitoringFields & { id: string },
): Promise<MonitoringResult> {
  const loaded = await RestrictedMonitoringGuard.loadWritable(
    ctx,
    input.id,
    "updateRestrictedMonitoring",
  );
  if (!loaded.row)
    return { monitoring: null, errors: [idError("id", loaded.code, "monitoring row")] };
  const { data, errors } = await checkFields(ctx, loaded.row.personId, input, loaded.row);
  if (errors.length) return { monitoring: null, errors };
  try {
    const monitoring = await ctx.db.prisma.restrictedPatientMonitoring.update({
      where: { id: loaded.row.id },
      data,
      include: MONITORING_INCLUDE,
    });
    return { monitoring, errors: [] };
  } catch (error) {
    if (isUniqueViolation(error))
      return { monitoring: null, errors: await uniqueErrors(ctx, data, loaded.row.id) };
    throw error;
  }
}
