import type { EmergencyProtocolMeeting } from "@cetr/db";
import { checkEmergencyMeetingPlan, type FieldError, type SupportPreference } from "@cetr/domain";
import type { Context } from "../context.js";
import { PersonGuard } from "../people/people.guard.js";
import { isUuid } from "../schema/guard.js";
import { idError, MAX_SHORT_TEXT, requiredInstant, requiredText } from "./inputs.js";

/**
 * Local Area Emergency Protocol meetings (§10, Appendix 4): held at once in a
 * crisis; not a CTR. The record follows Appendix 4: the situation, who was
 * there, answers to §45.2.1's questions, the support agreed from §45.2.2's
 * preference list with the reason when it is not support at home, and the
 * outcome. An admission after it makes a full post-admission review due
 * (§45.2.3): the scheduler reads the meeting (schedule.service.ts).
 */

export type EmergencyResult =
  | { meeting: EmergencyProtocolMeeting; errors: [] }
  | { meeting: null; errors: FieldError[] };

export async function recordEmergencyMeeting(
  ctx: Context,
  input: {
    personId: string;
    organisationId: string;
    heldAt: string;
    attendees: string[];
    situation: string;
    outcome: string;
    admissionAvoided: boolean;
    answers?: readonly { questionId: string; answer: string }[] | null;
    supportAgreed?: SupportPreference | null;
    supportReason?: string | null;
  },
): Promise<EmergencyResult> {
  const convenedById = ctx.access.userId;
  if (!convenedById)
    return {
      meeting: null,
      errors: [
        {
          field: "personId",
          code: "FORBIDDEN",
          message: "An emergency meeting is recorded by the person who convened it, signed in",
        },
      ],
    };
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "recordEmergencyMeeting",
    "EMERGENCY",
  );
  if (!person.row) return { meeting: null, errors: [idError("personId", person.code, "person")] };
  const errors: FieldError[] = [];
  const organisation = isUuid(input.organisationId)
    ? await ctx.db.prisma.organisation.findUnique({
        where: { id: input.organisationId },
        select: { id: true },
      })
    : null;
  if (!organisation)
    errors.push({
      field: "organisationId",
      code: "NOT_FOUND",
      message: "There is no organisation with this ID",
    });
  const heldAt = requiredInstant(errors, "heldAt", input.heldAt, ctx.now);
  const attendees = input.attendees.map((a) => a.trim()).filter(Boolean);
  if (attendees.length === 0)
    errors.push({ field: "attendees", code: "REQUIRED", message: "Say who was at the meeting" });
  attendees.forEach((a, i) => {
    if (a.length > MAX_SHORT_TEXT)
      errors.push({
        field: `attendees.${i}`,
        code: "TOO_LONG",
        message: `Keep each name to ${MAX_SHORT_TEXT} characters or fewer`,
      });
  });
  const situation = requiredText(errors, "situation", input.situation);
  const outcome = requiredText(errors, "outcome", input.outcome);
  // Unanswered questions are left out: Appendix 4's questions focus the talk, none is compulsory.
  const answers = Object.fromEntries(
    (input.answers ?? []).flatMap(({ questionId, answer }) =>
      answer.trim() ? [[questionId, answer.trim()]] : [],
    ),
  );
  const supportReason = input.supportReason?.trim() || null;
  errors.push(
    ...checkEmergencyMeetingPlan({
      answers,
      supportAgreed: input.supportAgreed ?? null,
      supportReason,
      admissionAvoided: input.admissionAvoided,
    }),
  );
  if (errors.length || !heldAt || !organisation) return { meeting: null, errors };
  const meeting = await ctx.db.prisma.emergencyProtocolMeeting.create({
    data: {
      personId: person.row.id,
      organisationId: organisation.id,
      convenedById,
      heldAt,
      attendees,
      situation,
      outcome,
      admissionAvoided: input.admissionAvoided,
      answers,
      supportAgreed: input.supportAgreed ?? null,
      supportReason,
    },
  });
  return { meeting, errors: [] };
}
