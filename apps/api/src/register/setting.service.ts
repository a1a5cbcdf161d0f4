import type { SettingEvent } from "@cetr/db";
import type { AdmissionRoute, FieldError, HospitalSetting } from "@cetr/domain";
import type { Context } from "../context.js";
import { loadOrganisations } from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { accessError, asDate, readDate, readText, ymd } from "./common.js";
import { scheduleFor } from "./schedule.service.js";

export type SettingEventKind = SettingEvent["kind"];

export interface RecordSettingEventInput {
  personId: string;
  kind: SettingEventKind;
  occurredOn: string;
  route?: AdmissionRoute | null;
  setting?: HospitalSetting | null;
  restricted?: boolean | null;
  providerId?: string | null;
  housingInPlace?: boolean | null;
  careProviderInPlace?: boolean | null;
  clearDischargePlan?: boolean | null;
  dischargeDateIdentified?: boolean | null;
  anyPartyDissatisfied?: boolean | null;
  notes?: string | null;
}

export type SettingEventResult = { settingEvent: SettingEvent | null; errors: FieldError[] };

const RESETTLEMENT_FACTS = [
  "housingInPlace",
  "careProviderInPlace",
  "clearDischargePlan",
  "dischargeDateIdentified",
  "anyPartyDissatisfied",
] as const;

/** Which input field a scheduler error about the new event is about. */
const FIELD_FOR_CODE: Record<string, string> = {
  EVENT_BEFORE_BIRTH: "occurredOn",
  EVENT_AFTER_NOW: "occurredOn",
  DATE_INVALID: "occurredOn",
  DISCHARGE_WITHOUT_ADMISSION: "kind",
  TRANSFER_WITHOUT_ADMISSION: "kind",
  EVENT_REQUIRES_HOSPITAL_STAY: "kind",
  OVERLAPPING_STAYS: "occurredOn",
};

const NEW_EVENT_ID = "new";

/**
 * Records an admission, transfer, discharge etc. The history with the new
 * event must still make sense to the scheduler (@cetr/domain schedulePathway:
 * no discharge without an admission, no overlapping stays, nothing before
 * birth or after today); its refusal becomes a field error.
 */
export async function recordSettingEvent(
  ctx: Context,
  input: RecordSettingEventInput,
): Promise<SettingEventResult> {
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "recordSettingEvent",
    "SETTING",
  );
  if (!person.row) return { settingEvent: null, errors: [accessError("personId", person.code)] };
  const errors: FieldError[] = [];
  // Future dates are the scheduler's EVENT_AFTER_NOW, so they are left to it.
  const occurredOn = readDate(errors, "occurredOn", input.occurredOn, ctx, { notFuture: false });
  const notes = readText(errors, "notes", input.notes, { required: false });
  const { kind } = input;
  const isStay = kind === "ADMISSION" || kind === "TRANSFER";
  if (kind === "ADMISSION" && !input.route)
    errors.push({
      field: "route",
      code: "REQUIRED",
      message: "Say whether the admission was civil or via courts or prison",
    });
  if (isStay && !input.setting)
    errors.push({ field: "setting", code: "REQUIRED", message: "Choose the hospital setting" });
  if (kind === "RESETTLEMENT_PATHWAY")
    for (const fact of RESETTLEMENT_FACTS)
      if (input[fact] == null)
        errors.push({ field: fact, code: "REQUIRED", message: "Answer yes or no" });
  const keep = <T>(field: string, value: T | null | undefined, allowed: boolean): T | null => {
    if (value == null) return null;
    if (!allowed)
      errors.push({
        field,
        code: "INVALID_CHOICE",
        message: `Not recorded for ${kind.toLowerCase().replaceAll("_", " ")}`,
      });
    return allowed ? value : null;
  };
  const route = keep("route", input.route, kind === "ADMISSION" || kind === "ADMISSION_CONSIDERED");
  const setting = keep("setting", input.setting, isStay);
  const restricted = keep("restricted", input.restricted, kind === "ADMISSION");
  let providerId = keep("providerId", input.providerId, isStay);
  if (providerId) {
    const [org] = await loadOrganisations(ctx, [providerId]);
    if (!org) {
      errors.push(accessError("providerId", "NOT_FOUND"));
      providerId = null;
    }
  }
  const facts = Object.fromEntries(
    RESETTLEMENT_FACTS.map((f) => [f, keep(f, input[f], kind === "RESETTLEMENT_PATHWAY")]),
  ) as Record<(typeof RESETTLEMENT_FACTS)[number], boolean | null>;
  if (errors.length || !occurredOn) return { settingEvent: null, errors };

  const data = {
    personId: person.row.id,
    kind,
    occurredOn: asDate(occurredOn),
    route,
    setting,
    restricted,
    providerId,
    ...facts,
    notes,
  };
  const problem = await historyProblem(ctx, person.row.id, ymd(person.row.dateOfBirth), {
    ...data,
    id: NEW_EVENT_ID,
    createdAt: ctx.now,
  });
  if (problem) return { settingEvent: null, errors: [problem] };
  const settingEvent = await ctx.db.prisma.settingEvent.create({ data });
  return { settingEvent, errors: [] };
}

/**
 * The scheduler's objection to the history with the new event added, as a
 * field error; null when it has none, or when its objection was already
 * there before (an old inconsistency is not this event's fault).
 */
async function historyProblem(
  ctx: Context,
  personId: string,
  dateOfBirth: string,
  added: SettingEvent,
): Promise<FieldError | null> {
  const [events, reviews, meetings, requests] = await Promise.all([
    ctx.db.prisma.settingEvent.findMany({
      where: { personId },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    ctx.db.prisma.review.findMany({ where: { personId, heldOn: { not: null } } }),
    ctx.db.prisma.emergencyProtocolMeeting.findMany({ where: { personId } }),
    ctx.db.prisma.reviewRequest.findMany({ where: { personId, stage: "CONVENED" } }),
  ]);
  // A new event goes after the others of its day (recorded later).
  const withNew = [...events, added].sort(
    (a, b) =>
      a.occurredOn.getTime() - b.occurredOn.getTime() ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const after = scheduleFor(
    dateOfBirth,
    { settingEvents: withNew, reviews, meetings, requests },
    ctx.now,
  );
  if (!after || after.ok) return null;
  const before = scheduleFor(
    dateOfBirth,
    { settingEvents: events, reviews, meetings, requests },
    ctx.now,
  );
  if (
    before &&
    !before.ok &&
    before.problem.code === after.problem.code &&
    before.problem.field === after.problem.field
  )
    return null;
  const code = after.problem.code;
  return {
    field: FIELD_FOR_CODE[code] ?? (code === "INVALID_CHOICE" ? "setting" : "occurredOn"),
    code,
    message: after.problem.message.replaceAll(`"${NEW_EVENT_ID}" `, "(this event) "),
  };
}
