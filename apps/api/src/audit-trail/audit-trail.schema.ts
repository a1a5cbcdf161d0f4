import { UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import {
  type AuditEntry,
  actorName,
  describeEntry,
  listAuditTrail,
  targetTypes,
} from "./audit-trail.service.js";

const AuditOutcomeEnum = builder.enumType("AuditOutcome", {
  description: "Whether the look or change was allowed or refused.",
  values: {
    ALLOWED: { value: "ALLOWED", description: "It happened." },
    DENIED: {
      value: "DENIED",
      description: "It was refused: the record was not shown or changed.",
    },
  },
});

const ActorKindEnum = builder.enumType("ActorKind", {
  description: "Who did it: a person signed in, a partner system, or the platform itself.",
  values: {
    USER: { value: "USER", description: "Someone with a sign-in." },
    PARTNER_CLIENT: { value: "PARTNER_CLIENT", description: "A partner organisation's system." },
    SYSTEM: {
      value: "SYSTEM",
      description: "The platform itself, or someone not signed in.",
    },
  },
});

const AuditEntryRef = builder.objectRef<AuditEntry>("AuditEntry").implement({
  description:
    "One line of a person's audit trail: who looked at or changed their record, and when.",
  // Reached only through Person.auditTrail, which checks the AUDIT area first.
  authScopes: { viaParent: true },
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime" }),
    actorKind: t.field({ type: ActorKindEnum, resolve: (e) => e.actorKind }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: "The signed-in user, when it was one.",
      resolve: (e) => e.actor,
    }),
    actorName: t.string({
      description: 'Their display name, the partner system\'s name, or "Someone not signed in".',
      resolve: (e) => actorName(e),
    }),
    actingAs: t.exposeString("actingAs", {
      description: 'The role they acted in, e.g. "STAFF:COMMISSIONER", "PARENT_CARER", "SELF".',
    }),
    operation: t.exposeString("operation", {
      description: '"read" for looks; otherwise the change or refused operation.',
    }),
    outcome: t.field({ type: AuditOutcomeEnum, resolve: (e) => e.outcome }),
    actingFor: t.string({
      nullable: true,
      description:
        "For a member of staff, the organisation they acted for (one of theirs in that role, " +
        "preferring one with this person on its caseload); null for anyone else.",
      resolve: (e) => e.organisationName ?? null,
    }),
    targetTypes: t.stringList({
      description:
        'The kinds of record looked at or changed, as type names (e.g. "Review", "Action"), ' +
        "so that readers can word the entry in their own language.",
      resolve: (e) => targetTypes(e),
    }),
    what: t.string({
      description: 'In plain words, e.g. "Looked at: reviews, actions" or "Changed: createAction".',
      resolve: (e) => describeEntry(e),
    }),
  }),
});

const AuditEntryConnection = builder.connectionObject({
  type: AuditEntryRef,
  name: "AuditEntryConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many entries match the filters, across every page.",
      complexity: 5,
      resolve: (parent) => (parent as unknown as { count: () => Promise<number> }).count(),
    }),
  }),
});

builder.objectField(PersonRef, "auditTrail", (t) =>
  t.field({
    type: AuditEntryConnection,
    description:
      "Who has looked at or changed this person's record, newest first. Staff on the caseload, " +
      "the person and a parent carer with parental responsibility or consent see it; anyone " +
      "else gets an empty list (and the refusal is itself recorded). `first`/`last` at most 100.",
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      outcome: t.arg({ type: AuditOutcomeEnum }),
      actorKind: t.arg({ type: ActorKindEnum }),
      from: t.arg({ type: "Date", description: "From this day (England), inclusive." }),
      to: t.arg({ type: "Date", description: "Up to this day (England), inclusive." }),
      excludeMine: t.arg.boolean({
        description:
          "Leave out what you did yourself (a family's page lists other people's looks).",
      }),
    },
    resolve: (person, args, ctx) =>
      listAuditTrail(ctx, person.id, {
        first: args.first,
        after: args.after,
        last: args.last,
        before: args.before,
        outcome: args.outcome,
        actorKind: args.actorKind,
        from: args.from,
        to: args.to,
        notByUserId: args.excludeMine && ctx.viewer.kind === "user" ? ctx.viewer.userId : null,
      }),
  }),
);

builder.objectField(PersonRef, "mayReadAuditTrail", (t) =>
  t.boolean({
    description:
      "Whether you may see `auditTrail` for this person, so a page can leave it out rather " +
      "than show an empty trail (asking this is not itself recorded).",
    resolve: async (person, _args, ctx) => (await ctx.access.grant(person.id)).read.has("AUDIT"),
  }),
);

builder.objectField(PersonRef, "yourRoles", (t) =>
  t.stringList({
    description:
      'The roles in which you see this person, as audit entries record them: "SELF", ' +
      '"PARENT_CARER", "OTHER_FAMILY", "ADVOCATE", "STAFF:<role>", "PANEL" (empty when none), ' +
      'so a page can say "your record" to the person and "their record" to anyone else.',
    resolve: async (person, _args, ctx) => (await ctx.access.grant(person.id)).actingAs,
  }),
);
