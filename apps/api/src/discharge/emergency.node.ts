import type { EmergencyProtocolMeeting } from "@cetr/db";
import {
  loadOrganisations,
  loadUsers,
  OrganisationRef,
  orMissing,
  UserRef,
} from "../organisations/organisations.schema.js";
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
      });
      return { emergencyMeeting: r.meeting, errors: r.errors };
    },
  }),
}));
