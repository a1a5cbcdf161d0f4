import type { Person } from "@cetr/db";
import { isTestRangeNhsNumber, type NEURODEVELOPMENTAL } from "@cetr/domain";
import { OrganisationRef } from "../organisations/organisations.schema.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { asksFor, connectionArgs, pageComplexity } from "../schema/pagination.js";
import { PersonGuard } from "./people.guard.js";
import {
  type CreatePersonResult,
  countPeople,
  createPerson,
  listPeople,
} from "./people.service.js";

export const NeurodevelopmentalEnum = builder.enumType("Neurodevelopmental", {
  description: "Who the review policy is for (§1): a learning disability, autism, or both.",
  values: {
    LEARNING_DISABILITY: { value: "LEARNING_DISABILITY", description: "A learning disability" },
    AUTISM: { value: "AUTISM", description: "Autistic" },
    BOTH: { value: "BOTH", description: "A learning disability and autistic" },
  } satisfies Record<(typeof NEURODEVELOPMENTAL)[number], unknown>,
});

export const PreferredFormatEnum = builder.enumType("PreferredFormat", {
  description: "How the person wants written things (standard 6.1).",
  values: ["PLAIN", "EASY_READ", "OTHER_LANGUAGE"] as const,
});
const InterpreterNeedEnum = builder.enumType("InterpreterNeed", {
  description: "Interpreter or British Sign Language needs at meetings (§29, standard 1.3).",
  values: ["NONE", "SPOKEN_LANGUAGE", "BSL", "OTHER"] as const,
});
const EhcPlanStatusEnum = builder.enumType("EhcPlanStatus", {
  description: "Education, Health and Care plan (Annex A §22).",
  values: ["NONE", "ASSESSMENT_UNDER_WAY", "IN_PLACE"] as const,
});
export const LegalStatusEnum = builder.enumType("LegalStatus", {
  description: "The legal framework the person is under (§12, Appendix 3 step 6).",
  values: [
    "NOT_RECORDED",
    "INFORMAL",
    "DETAINED_MHA",
    "COMMUNITY_TREATMENT_ORDER",
    "CONDITIONAL_DISCHARGE",
    "DEPRIVATION_OF_LIBERTY",
    "COURT_OF_PROTECTION_ORDER",
  ] as const,
});
const MentalHealthActSectionEnum = builder.enumType("MentalHealthActSection", {
  description:
    "Mental Health Act 1983 section; S37_41 and the other restricted sections bring Appendix 6.",
  values: [
    "S2",
    "S3",
    "S4",
    "S35",
    "S36",
    "S37",
    "S37_41",
    "S38",
    "S45A",
    "S47",
    "S47_49",
    "S48",
    "S48_49",
    "S7_GUARDIANSHIP",
    "OTHER",
  ] as const,
});

export const PersonRef = builder.node(builder.objectRef<Person>("Person"), {
  description:
    "A child, young person or adult the review process is about. Readable by the person, " +
    "family with parental responsibility or the person's consent, an advocate the person shared with, " +
    "staff whose organisation has them on its caseload, panel members of an open review, and partners " +
    "granted `people:read` for a caseload organisation.",
  ...PersonGuard.nodeOptions,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name." }),
    preferredName: t.exposeString("preferredName", {
      nullable: true,
      description: "What they like to be called, when it differs from the full name.",
    }),
    dateOfBirth: t.expose("dateOfBirth", { type: "Date" }),
    nhsNumber: t.exposeString("nhsNumber", { description: "Ten digits, no spaces." }),
    diagnosis: t.field({ type: NeurodevelopmentalEnum, resolve: (person) => person.diagnosis }),
    otherDiagnoses: t.exposeStringList("otherDiagnoses", {
      description: "Other diagnoses, in the care team's words (Figure 11).",
    }),
    communicationNeeds: t.exposeString("communicationNeeds", { nullable: true }),
    reasonableAdjustments: t.exposeString("reasonableAdjustments", { nullable: true }),
    preferredFormat: t.expose("preferredFormat", { type: PreferredFormatEnum }),
    preferredLanguage: t.exposeString("preferredLanguage", {
      nullable: true,
      description: 'BCP 47 language tag, e.g. "ur", "pl".',
    }),
    interpreterNeed: t.expose("interpreterNeed", { type: InterpreterNeedEnum }),
    ehcPlan: t.expose("ehcPlan", { type: EhcPlanStatusEnum }),
    legalStatus: t.expose("legalStatus", { type: LegalStatusEnum }),
    mentalHealthActSection: t.expose("mentalHealthActSection", {
      type: MentalHealthActSectionEnum,
      nullable: true,
    }),
    mojRestricted: t.exposeBoolean("mojRestricted", {
      description: "Under a Ministry of Justice restriction: Appendix 6 monitoring applies.",
    }),
    isFictional: t.boolean({
      description:
        "True for demo and test records: their NHS numbers are in the never-issued 999 range.",
      resolve: (person) => isTestRangeNhsNumber(person.nhsNumber),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PeopleConnection = builder.connectionObject({
  type: PersonRef,
  name: "PersonConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many people you can see in all, across every page.",
      complexity: 5,
      // Usually read with the page itself (listPeople); counted on its own otherwise.
      resolve: (parent, _args, ctx) =>
        (parent as { totalCount?: number }).totalCount ?? countPeople(ctx),
    }),
  }),
});

builder.queryFields((t) => ({
  people: t.field({
    type: PeopleConnection,
    description:
      "The people whose records you can see, alphabetically by name. `first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: connectionArgs(t),
    resolve: (_root, args, ctx, info) => listPeople(ctx, args, asksFor(info, "totalCount")),
  }),
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: "One person by global ID; null if there is none you can see.",
    // Through the guard for everyone, so even an anonymous attempt is audited.
    authScopes: { anyone: true },
    args: { id: t.arg.globalID({ required: true, for: PersonRef }) },
    resolve: (_root, args, ctx) => PersonGuard.loadReadable(ctx, args.id.id),
  }),
}));

const CreatePersonInput = builder.inputType("CreatePersonInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Full name." }),
    preferredName: t.string({ required: false }),
    dateOfBirth: t.string({
      required: true,
      description:
        'Date of birth, "YYYY-MM-DD". A string so that a bad date is a field error, not a request error.',
    }),
    nhsNumber: t.string({
      required: true,
      description: "Ten digits; spaces and hyphens are ignored.",
    }),
    diagnosis: t.field({
      type: NeurodevelopmentalEnum,
      required: false,
      description: "Required; nullable so that a missing choice is a field error.",
    }),
    organisationId: t.globalID({
      for: OrganisationRef,
      required: false,
      description:
        "The organisation whose caseload the person joins (global ID). Needed only when you belong to more than one.",
    }),
  }),
});

const CreatePersonPayload = builder.objectRef<CreatePersonResult>("CreatePersonPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    person: t.field({ type: PersonRef, nullable: true, resolve: (payload) => payload.person }),
    errors: t.field({
      type: [UserErrorRef],
      description:
        "Empty when the person was created; otherwise every problem, each tied to a field.",
      resolve: (payload) => payload.errors,
    }),
  }),
});

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: CreatePersonPayload,
    description:
      "Adds a person and puts them on your organisation's caseload (staff who may change profiles, " +
      "or partners with `people:write`).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createPerson(ctx, {
        name: input.name,
        preferredName: input.preferredName ?? null,
        dateOfBirth: input.dateOfBirth,
        nhsNumber: input.nhsNumber,
        diagnosis: input.diagnosis ?? "",
        organisationId: input.organisationId?.id ?? null,
      }),
  }),
}));
