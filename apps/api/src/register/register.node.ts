import type { RegisterEntry, RegisterRatingChange, RegisterRiskFactor } from "@cetr/db";
import {
  checkMinimumDataset,
  type MonitoringTriggerId,
  type RegisterRecord,
  type RiskFactorId,
  suggestRating,
} from "@cetr/domain";
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
import { ConsentBasisEnum } from "../schema/enums.js";
import { RegisterRatingEnum, RiskFactorEnum } from "./enums.js";
import { RegisterEntryGuard } from "./guards.js";
import { scheduleLoader } from "./schedule.service.js";

const RatingChangeRef = builder.objectRef<RegisterRatingChange>("RegisterRatingChange").implement({
  authScopes: { viaParent: true },
  description:
    "One rating decision: ratings are never rewritten, their history matters (DSR 2023).",
  fields: (t) => ({
    rating: t.expose("rating", { type: RegisterRatingEnum }),
    ratedOn: t.expose("ratedOn", { type: "Date" }),
    reason: t.exposeString("reason"),
    ratedBy: t.loadable({
      type: UserRef,
      nullable: true,
      description: "Who decided (null when recorded by a partner system).",
      load: (ids: string[], ctx) => loadUsers(ctx, ids),
      resolve: (change) => change.ratedById,
    }),
  }),
});

const RiskFactorRecordRef = builder.objectRef<RegisterRiskFactor>("RegisterRiskFactor").implement({
  authScopes: { viaParent: true },
  description: "An Appendix 2 risk factor recorded against a register entry.",
  fields: (t) => ({
    factor: t.expose("factor", { type: RiskFactorEnum }),
    notes: t.exposeString("notes", { nullable: true }),
    recordedOn: t.expose("recordedOn", { type: "Date" }),
  }),
});

interface MissingField {
  field: string;
  label: string;
  section: string;
}
const MissingFieldRef = builder.objectRef<MissingField>("MinimumDatasetGap").implement({
  authScopes: { viaParent: true },
  description: "A Figure 11 minimum dataset field with no answer yet.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The @cetr/domain MINIMUM_DATASET field name." }),
    label: t.exposeString("label"),
    section: t.exposeString("section"),
  }),
});

interface Suggestion {
  suggested: "RED" | "AMBER" | "GREEN" | "BLUE";
  reasons: string[];
  disclaimer: string;
}
const SuggestionRef = builder.objectRef<Suggestion>("RegisterRatingSuggestion").implement({
  authScopes: { viaParent: true },
  description:
    "Advice only, from @cetr/domain suggestRating: the team decides the rating with the person and family.",
  fields: (t) => ({
    suggested: t.field({ type: RegisterRatingEnum, resolve: (s) => s.suggested }),
    reasons: t.exposeStringList("reasons"),
    disclaimer: t.exposeString("disclaimer"),
  }),
});

export const datasetOf = (entry: RegisterEntry): RegisterRecord =>
  (entry.minimumDataset &&
  typeof entry.minimumDataset === "object" &&
  !Array.isArray(entry.minimumDataset)
    ? entry.minimumDataset
    : {}) as RegisterRecord;

export const RegisterEntryRef = builder.node(builder.objectRef<RegisterEntry>("RegisterEntry"), {
  description:
    "A person's place on a local register of people at risk of admission (Appendix 2, Figure 11). " +
    "Staff of organisations with the person on their caseload, and partners with `register:read`.",
  ...RegisterEntryGuard.nodeOptions,
  fields: (t) => ({
    person: t.loadable({
      type: PersonRef,
      load: (ids: string[], ctx) => PersonGuard.inOrderOrError(ctx, ids),
      resolve: (entry) => entry.personId,
    }),
    organisation: t.loadable({
      type: OrganisationRef,
      description: "Whose register it is (usually the ICB).",
      load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
      resolve: (entry) => entry.organisationId,
    }),
    rating: t.expose("rating", {
      type: RegisterRatingEnum,
      description: "The latest rating in `ratingHistory`.",
    }),
    consentBasis: t.expose("consentBasis", { type: ConsentBasisEnum }),
    addedOn: t.expose("addedOn", { type: "Date" }),
    removedOn: t.expose("removedOn", { type: "Date", nullable: true }),
    removedReason: t.exposeString("removedReason", { nullable: true }),
    nextReviewOn: t.expose("nextReviewOn", { type: "Date", nullable: true }),
    minimumDataset: t.field({
      type: "JSON",
      description: "Figure 11 answers keyed by @cetr/domain MINIMUM_DATASET field names.",
      resolve: (entry) => datasetOf(entry),
    }),
    missingData: t.field({
      type: [MissingFieldRef],
      description: 'Figure 11 fields with no answer ("no" is an answer), from @cetr/domain.',
      resolve: (entry) => checkMinimumDataset(datasetOf(entry)).missing,
    }),
    minimumDatasetPercentComplete: t.int({
      resolve: (entry) => checkMinimumDataset(datasetOf(entry)).percentComplete,
    }),
    ratingHistory: t.loadableGroup({
      type: RatingChangeRef,
      description: "Every rating, oldest first.",
      load: (entryIds: string[], ctx) =>
        ctx.db.prisma.registerRatingChange.findMany({
          where: { registerEntryId: { in: entryIds } },
          orderBy: [{ ratedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        }),
      group: (change) => change.registerEntryId,
      resolve: (entry) => entry.id,
    }),
    riskFactors: t.loadableGroup({
      type: RiskFactorRecordRef,
      load: (entryIds: string[], ctx) =>
        ctx.db.prisma.registerRiskFactor.findMany({
          where: { registerEntryId: { in: entryIds } },
          orderBy: [{ factor: "asc" }],
        }),
      group: (f) => f.registerEntryId,
      resolve: (entry) => entry.id,
    }),
    suggestedRating: t.loadable({
      type: SuggestionRef,
      nullable: true,
      description:
        "Advice from the recorded risk factors and setting history (in hospital; admission being considered). " +
        "Null when the setting history cannot be read or is inconsistent.",
      // Keyed "entryId:personId", so the person needs no extra query.
      load: async (keys: string[], ctx) => {
        const pairs = keys.map((k) => k.split(":") as [string, string]);
        const entryIds = pairs.map(([id]) => id);
        const factors = await ctx.db.prisma.registerRiskFactor.findMany({
          where: { registerEntryId: { in: entryIds } },
          select: { registerEntryId: true, factor: true },
        });
        const schedules = await scheduleLoader(ctx).loadMany(pairs.map(([, personId]) => personId));
        return entryIds.map((id, i): Suggestion | null => {
          const outcome = schedules[i];
          if (!outcome || outcome instanceof Error || !outcome.ok) return null;
          const s = outcome.schedule;
          // The scheduler's community-review trigger is the Appendix 2 "admission being considered" trigger.
          const considered =
            s.reviews.some((r) => r.kind === "COMMUNITY_REVIEW") ||
            s.notes.some((n) => n.rule === "COMMUNITY_BEFORE_ADMISSION");
          const triggers: MonitoringTriggerId[] = considered ? ["ADMISSION_CONSIDERED"] : [];
          const { suggested, reasons, disclaimer } = suggestRating({
            inHospital: s.inHospital,
            riskFactors: factors
              .filter((f) => f.registerEntryId === id)
              .map((f) => f.factor as RiskFactorId),
            triggers,
          });
          return { suggested, reasons, disclaimer };
        });
      },
      resolve: (entry) => `${entry.id}:${entry.personId}`,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

/** Person.registerEntries: the person's register entries (current and removed), newest first. */
builder.objectField(PersonRef, "registerEntries", (t) =>
  t.loadableGroup({
    type: RegisterEntryRef,
    description: "Register entries for this person you may see (staff only), newest first.",
    load: async (personIds: string[], ctx) =>
      RegisterEntryGuard.readable(
        ctx,
        await ctx.db.prisma.registerEntry.findMany({
          where: { personId: { in: personIds } },
          orderBy: [{ addedOn: "desc" }, { id: "desc" }],
        }),
      ),
    group: (entry) => entry.personId,
    resolve: (person) => person.id,
  }),
);
