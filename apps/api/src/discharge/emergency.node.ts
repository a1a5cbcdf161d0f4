import type { EmergencyProtocolMeeting } from "@cetr/db";
import { EMERGENCY_PROTOCOL_QUESTIONS, SUPPORT_PREFERENCES } from "@cetr/domain";
import {
  loadOrganisations,
  loadUsers,
  OrganisationRef,
  orMissing,
  UserRef,
} from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { recordEmergencyMeeting } from "./emergency.service.js";
import { EmergencyMeetingGuard } from "./guards.js";
import { payload } from "./payloads.js";

export const EmergencyMeetingRef = builder.node(
  builder.objectRef<EmergencyProtocolMeeting>("EmergencyProtocolMeeting"),
  {
    description:
      "A Local Area Emergency Protocol meeting (§10, Annex A): held at once in a crisis. It is " +
      "NOT a C(E)TR and must not be called one; a post-admission review follows any admission. " +
      "Staff on the caseload (and partners with `restricted:read`) may see it.",
    ...EmergencyMeetingGuard.nodeOptions,
    fields: (t) => ({
      person: t.loadable({
        type: PersonRef,
        description: "Who the meeting was about.",
        load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
        resolve: (m) => m.personId,
      }),
      organisation: t.loadable({
        type: OrganisationRef,
        description: "The organisation that convened it.",
        load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
        resolve: (m) => m.organisationId,
      }),
      convenedBy: t.loadable({
        type: UserRef,
        load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
        resolve: (m) => m.convenedById,
      }),
      heldAt: t.expose("heldAt", { type: "DateTime" }),
      attendees: t.exposeStringList("attendees"),
      situation: t.exposeString("situation"),
      outcome: t.exposeString("outcome"),
      admissionAvoided: t.exposeBoolean("admissionAvoided"),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
    }),
  },
);

builder.objectField(PersonRef, "emergencyMeetings", (t) =>
  t.loadableGroup({
    type: EmergencyMeetingRef,
    description: "Emergency protocol meetings about this person that you may see, latest first.",
    load: async (personIds: string[], ctx) =>
      EmergencyMeetingGuard.readable(
        ctx,
        await ctx.db.prisma.emergencyProtocolMeeting.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ heldAt: "desc" }, { id: "desc" }],
        }),
      ),
    group: (m) => m.personId,
    resolve: (person) => person.id,
  }),
);

const SupportPreferenceEnum = builder.enumType("SupportPreference", {
  description:
    "Appendix 4 §45.2.2's preference list for support, in order; out of area is avoided at all " +
    "costs and needs the commissioner's approval.",
  values: Object.fromEntries(
    SUPPORT_PREFERENCES.map((p) => [p.id, { description: p.text }]),
  ) as Record<(typeof SUPPORT_PREFERENCES)[number]["id"], { description: string }>,
});

const EmergencyQuestionRef = builder
  .objectRef<{ id: string; text: string; answer: string | null }>("EmergencyProtocolAnswer")
  .implement({
    description: "One of Appendix 4 §45.2.1's questions, with what the meeting said (if anything).",
    authScopes: { viaParent: true },
    fields: (t) => ({
      questionId: t.exposeString("id"),
      question: t.exposeString("text"),
      answer: t.exposeString("answer", { nullable: true }),
    }),
  });

builder.objectFields(EmergencyMeetingRef, (t) => ({
  answers: t.field({
    type: [EmergencyQuestionRef],
    description: "Every §45.2.1 question in order, each with the meeting's answer or null.",
    resolve: (m) => {
      const answers = (m.answers ?? {}) as Record<string, string>;
      return EMERGENCY_PROTOCOL_QUESTIONS.map((q) => ({ ...q, answer: answers[q.id] ?? null }));
    },
  }),
  supportAgreed: t.field({
    type: SupportPreferenceEnum,
    nullable: true,
    description: "The support agreed (null on meetings recorded before this was asked).",
    resolve: (m) => m.supportAgreed as (typeof SUPPORT_PREFERENCES)[number]["id"] | null,
  }),
  supportReason: t.exposeString("supportReason", {
    nullable: true,
    description: "Why nothing higher on the preference list was possible.",
  }),
}));

const EmergencyAnswerInput = builder.inputType("EmergencyProtocolAnswerInput", {
  fields: (t) => ({
    questionId: t.string({
      required: true,
      description: "@cetr/domain EMERGENCY_PROTOCOL_QUESTIONS id.",
    }),
    answer: t.string({ required: true }),
  }),
});

const RecordEmergencyMeetingInput = builder.inputType("RecordEmergencyMeetingInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    organisationId: t.globalID({ for: OrganisationRef, required: true }),
    heldAt: t.string({
      required: true,
      description: 'ISO 8601 with a time zone, e.g. "2026-11-11T16:30:00Z"; not in the future.',
    }),
    attendees: t.stringList({ required: true, description: "Who was there (at least one)." }),
    situation: t.string({ required: true }),
    outcome: t.string({ required: true }),
    admissionAvoided: t.boolean({ required: true }),
    answers: t.field({
      type: [EmergencyAnswerInput],
      required: false,
      description: "Answers to Appendix 4 §45.2.1's questions; blank ones are left out.",
    }),
    supportAgreed: t.field({
      type: SupportPreferenceEnum,
      required: false,
      description: "Required: the support agreed (§45.2.2). Missing is refused with a field error.",
    }),
    supportReason: t.string({
      required: false,
      description: "Required unless support at home was agreed (§45.2.2).",
    }),
  }),
});

builder.mutationFields((t) => ({
  recordEmergencyMeeting: t.field({
    type: payload(
      "RecordEmergencyMeetingPayload",
      "emergencyMeeting",
      EmergencyMeetingRef,
      "The meeting as recorded.",
    ),
    description:
      "Records a Local Area Emergency Protocol meeting, convened by you (staff who may change " +
      "this part of the record).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordEmergencyMeetingInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const r = await recordEmergencyMeeting(ctx, {
        personId: input.personId.id,
        organisationId: input.organisationId.id,
        heldAt: input.heldAt,
        attendees: input.attendees,
        situation: input.situation,
        outcome: input.outcome,
        admissionAvoided: input.admissionAvoided,
        answers: input.answers,
        supportAgreed: input.supportAgreed,
        supportReason: input.supportReason,
      });
      return { emergencyMeeting: r.meeting, errors: r.errors };
    },
  }),
}));
