import type { Person } from "@cetr/db";
import { isTestRangeNhsNumber, type NEURODEVELOPMENTAL } from "@cetr/domain";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../schema/pagination.js";
import {
  type CreatePersonResult,
  countPeople,
  createPerson,
  listPeople,
  loadPeople,
} from "./people.service.js";

const NeurodevelopmentalEnum = builder.enumType("Neurodevelopmental", {
  description: "Who the review policy is for (§1): a learning disability, autism, or both.",
  values: {
    LEARNING_DISABILITY: { value: "LEARNING_DISABILITY", description: "A learning disability" },
    AUTISM: { value: "AUTISM", description: "Autistic" },
    BOTH: { value: "BOTH", description: "A learning disability and autistic" },
  } satisfies Record<(typeof NEURODEVELOPMENTAL)[number], unknown>,
});

export const PersonRef = builder.node(builder.objectRef<Person>("Person"), {
  description: "A child, young person or adult the review process is about.",
  id: { resolve: (person) => person.id },
  loadMany: (ids, ctx) => loadPeople(ctx.db, ids),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Full name." }),
    preferredName: t.exposeString("preferredName", {
      nullable: true,
      description: "What they like to be called, when it differs from the full name.",
    }),
    dateOfBirth: t.expose("dateOfBirth", { type: "Date" }),
    nhsNumber: t.exposeString("nhsNumber", { description: "Ten digits, no spaces." }),
    diagnosis: t.field({ type: NeurodevelopmentalEnum, resolve: (person) => person.diagnosis }),
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
      description: "How many people there are in all, across every page.",
      complexity: 5,
      resolve: (_parent, _args, ctx) => countPeople(ctx.db),
    }),
  }),
});

builder.queryFields((t) => ({
  people: t.field({
    type: PeopleConnection,
    description: "Everyone, alphabetically by name. `first`/`last` at most 100.",
    // A page costs its size: a request for 100 people costs 100 times one person.
    // Clamped so that a page size out of range is refused by the resolver with its own clear message.
    complexity: (args) => ({
      field: 1,
      multiplier: Math.min(
        Math.max(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, 1),
        MAX_PAGE_SIZE,
      ),
    }),
    args: {
      first: t.arg.int(),
      after: t.arg.string(),
      last: t.arg.int(),
      before: t.arg.string(),
    },
    resolve: (_root, args, ctx) => listPeople(ctx.db, args),
  }),
  person: t.field({
    type: PersonRef,
    nullable: true,
    description: "One person by global ID; null if there is none.",
    args: { id: t.arg.globalID({ required: true, for: PersonRef }) },
    resolve: async (_root, args, ctx) => (await loadPeople(ctx.db, [args.id.id]))[0] ?? null,
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
  }),
});

const CreatePersonPayload = builder.objectRef<CreatePersonResult>("CreatePersonPayload").implement({
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
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createPerson(
        ctx.db,
        {
          name: input.name,
          preferredName: input.preferredName ?? null,
          dateOfBirth: input.dateOfBirth,
          nhsNumber: input.nhsNumber,
          diagnosis: input.diagnosis ?? "",
        },
        ctx.now,
      ),
  }),
}));
