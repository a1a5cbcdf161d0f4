import type { SettingEvent } from "@cetr/db";
import type { DueItem } from "@cetr/domain";
import { loadOrganisations, OrganisationRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import {
  AdmissionRouteEnum,
  DueConditionEnum,
  DueReviewKindEnum,
  HospitalSettingEnum,
  SettingEventKindEnum,
} from "./enums.js";
import { SettingEventGuard } from "./guards.js";
import { scheduleLoader } from "./schedule.service.js";

export const SettingEventRef = builder.node(builder.objectRef<SettingEvent>("SettingEvent"), {
  description:
    "One entry in a person's setting history: admission, transfer (one continuous stay, §4), discharge, " +
    "an intended move to higher security (§12), resettlement status (§4 exemption).",
  ...SettingEventGuard.nodeOptions,
  fields: (t) => ({
    kind: t.expose("kind", { type: SettingEventKindEnum }),
    occurredOn: t.expose("occurredOn", { type: "Date" }),
    route: t.expose("route", {
      type: AdmissionRouteEnum,
      nullable: true,
      description: "ADMISSION (and ADMISSION_CONSIDERED): civil or via courts/prison.",
    }),
    setting: t.expose("setting", {
      type: HospitalSettingEnum,
      nullable: true,
      description: "ADMISSION and TRANSFER: where.",
    }),
    restricted: t.exposeBoolean("restricted", {
      nullable: true,
      description: "ADMISSION: under a Ministry of Justice restriction (Appendix 6).",
    }),
    provider: t.loadable({
      type: OrganisationRef,
      nullable: true,
      description: "The hospital or provider (ADMISSION, TRANSFER).",
      load: (ids: string[], ctx) => loadOrganisations(ctx, ids),
      resolve: (event) => event.providerId,
    }),
    housingInPlace: t.exposeBoolean("housingInPlace", { nullable: true }),
    careProviderInPlace: t.exposeBoolean("careProviderInPlace", { nullable: true }),
    clearDischargePlan: t.exposeBoolean("clearDischargePlan", { nullable: true }),
    dischargeDateIdentified: t.exposeBoolean("dischargeDateIdentified", { nullable: true }),
    anyPartyDissatisfied: t.exposeBoolean("anyPartyDissatisfied", { nullable: true }),
    notes: t.exposeString("notes", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** Person.settingHistory: oldest first, the order the scheduler reads it. */
builder.objectField(PersonRef, "settingHistory", (t) =>
  t.loadableGroup({
    type: SettingEventRef,
    description: "Admissions, transfers and discharges you may see, oldest first.",
    load: async (personIds: string[], ctx) =>
      SettingEventGuard.readable(
        ctx,
        await ctx.db.prisma.settingEvent.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        }),
      ),
    group: (event) => event.personId,
    resolve: (person) => person.id,
  }),
);

export const DueReviewRef = builder.objectRef<DueItem>("DueReview").implement({
  authScopes: { viaParent: true },
  description: "A review the policy says is due, with the rule and § behind it (@cetr/domain).",
  fields: (t) => ({
    kind: t.field({
      type: DueReviewKindEnum,
      resolve: (d) => d.kind as (typeof DueReviewKindEnum)["$inferType"],
    }),
    dueOn: t.field({
      type: "Date",
      nullable: true,
      description: "Null when due relative to an event (`dueCondition`) rather than a date.",
      resolve: (d) => d.dueDate,
    }),
    dueCondition: t.field({ type: DueConditionEnum, resolve: (d) => d.dueCondition }),
    reason: t.exposeString("reason"),
    section: t.exposeString("section", { description: 'The policy section, e.g. "§11".' }),
    rule: t.exposeString("rule", {
      description: "The policy profile rule that set the timescale.",
    }),
    triggeredOn: t.field({ type: "Date", resolve: (d) => d.triggerDate }),
    overdue: t.exposeBoolean("overdue"),
    daysOverdue: t.exposeInt("daysOverdue"),
  }),
});

/** Person.dueReviews: what the scheduler says is due from the setting history, requests convened and reviews held. */
builder.objectField(PersonRef, "dueReviews", (t) =>
  t.field({
    type: [DueReviewRef],
    nullable: true,
    description:
      "Reviews due or overdue now (§9–§12, §14), from the setting history, the requests for a review the " +
      "commissioner convened and the reviews held that you may see, " +
      "under the national 2017 profile. Null when you cannot see the setting history or it is inconsistent " +
      "(see `settingHistoryProblem`).",
    // scheduleLoader batches the people of the request: one query per kind of record.
    resolve: async (person, _args, ctx) => {
      const o = await scheduleLoader(ctx).load(person.id);
      return o?.ok ? o.schedule.reviews : null;
    },
  }),
);

builder.objectField(PersonRef, "settingHistoryProblem", (t) =>
  t.field({
    type: UserErrorRef,
    nullable: true,
    description:
      "Why the setting history cannot be scheduled (e.g. DISCHARGE_WITHOUT_ADMISSION), naming the event; null when it can.",
    resolve: async (person, _args, ctx) => {
      const o = await scheduleLoader(ctx).load(person.id);
      return o && !o.ok ? o.problem : null;
    },
  }),
);
