import type { FieldError } from "@cetr/domain";
import { GraphQLError } from "graphql";
import {
  loadOrganisations,
  loadUsers,
  OrganisationKindEnum,
  OrganisationRef,
  orMissing,
  UserRef,
} from "../organisations/organisations.schema.js";
import { ReviewRequestGuard } from "../register/guards.js";
import { ReviewRequestRef } from "../register/request.node.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import {
  CONTACT_METHODS,
  findIncomingRequest,
  HOSPITAL_STATUSES,
  type IncomingReviewRequest,
  listIncomingRequests,
  mayTriage,
  RECEIVING_KINDS,
  REQUEST_FORM_ASKERS,
  REQUEST_WORRIES,
  sendRequestForm,
  validateRequestForm,
} from "./request-form.service.js";

/** The public request form (§14, Figure 9; ADR 0016) and the list its areas' staff triage from. */

const RequestFormAskerEnum = builder.enumType("RequestFormAsker", {
  description:
    "Who is asking, in the form's words: the young person, a parent carer, an advocate, a professional.",
  values: REQUEST_FORM_ASKERS,
});
const RequestWorryEnum = builder.enumType("RequestWorry", {
  description: "What the worry is: the form's choices (free text goes in worryDetail).",
  values: REQUEST_WORRIES,
});
const RequestHospitalStatusEnum = builder.enumType("RequestHospitalStatus", {
  description: "Is the person in hospital, or at risk of going in?",
  values: HOSPITAL_STATUSES,
});
export const ContactMethodEnum = builder.enumType("ContactMethod", {
  description: "How the requester would like to be contacted.",
  values: CONTACT_METHODS,
});

type Area = { id: string; name: string; kind: (typeof RECEIVING_KINDS)[number] };

const RequestAreaRef = builder.objectRef<Area>("RequestArea").implement({
  description:
    "A local area a request can be sent to (an ICB or a local authority): names only, for the public form.",
  authScopes: { anyone: true },
  fields: (t) => ({
    id: t.globalID({
      description: "The organisation's global ID: pass it as organisationId.",
      resolve: (area) => ({ type: "Organisation", id: area.id }),
    }),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: OrganisationKindEnum }),
  }),
});

export const IncomingReviewRequestRef = builder
  .objectRef<IncomingReviewRequest>("IncomingReviewRequest")
  .implement({
    description:
      "A request for a review sent through the request form, not yet matched to a person. Only " +
      "the care coordinators, commissioners and administrators of the area it was sent to see it.",
    // The backstop under the list's own filter: a row reaches nobody outside its area's triage staff.
    authScopes: (row, ctx) => mayTriage(ctx, row),
    fields: (t) => ({
      id: t.exposeID("id"),
      reference: t.exposeString("reference", { description: "What the requester quotes." }),
      organisation: t.loadable({
        type: OrganisationRef,
        description: "The area it was sent to.",
        load: async (ids: string[], ctx) => orMissing(await loadOrganisations(ctx, ids)),
        resolve: (row) => row.organisationId,
      }),
      asker: t.expose("asker", { type: RequestFormAskerEnum }),
      askerName: t.exposeString("askerName", {
        nullable: true,
        description: "Blank when the young person asks for themselves.",
      }),
      askerRole: t.exposeString("askerRole", { nullable: true, description: "Professionals." }),
      askerOrganisation: t.exposeString("askerOrganisation", {
        nullable: true,
        description: "Professionals.",
      }),
      aboutName: t.exposeString("aboutName"),
      aboutDateOfBirth: t.expose("aboutDateOfBirth", { type: "Date" }),
      aboutNhsNumber: t.exposeString("aboutNhsNumber", { nullable: true }),
      aboutWhereTheyLive: t.exposeString("aboutWhereTheyLive", { nullable: true }),
      worries: t.expose("worries", { type: [RequestWorryEnum] }),
      worryDetail: t.exposeString("worryDetail", { nullable: true }),
      hospitalStatus: t.expose("hospitalStatus", { type: RequestHospitalStatusEnum }),
      consentToShare: t.exposeBoolean("consentToShare"),
      contactEmail: t.exposeString("contactEmail", { nullable: true }),
      contactPhone: t.exposeString("contactPhone", { nullable: true }),
      preferredContact: t.expose("preferredContact", { type: ContactMethodEnum }),
      communicationNeeds: t.exposeString("communicationNeeds", { nullable: true }),
      requestedBy: t.loadable({
        type: UserRef,
        nullable: true,
        description: "The account that sent it, when a signed-in family member did.",
        load: (ids: string[], ctx) => loadUsers(ctx, ids),
        resolve: (row) => row.requestedById,
      }),
      receivedAt: t.expose("receivedAt", { type: "DateTime" }),
      waiting: t.boolean({
        description: "Not triaged into a request for a review yet.",
        resolve: (row) => row.reviewRequestId === null,
      }),
      reviewRequest: t.loadable({
        type: ReviewRequestRef,
        nullable: true,
        description: "The request for a review it became on triage, if you may see it.",
        load: (ids: string[], ctx) => ReviewRequestGuard.inOrder(ctx, ids),
        resolve: (row) => row.reviewRequestId,
      }),
    }),
  });

type Counted = { totalCount?: () => Promise<number> };

const IncomingReviewRequestConnection = builder.connectionObject({
  type: IncomingReviewRequestRef,
  name: "IncomingReviewRequestConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many match, across every page.",
      complexity: 5,
      resolve: (parent) => (parent as Counted).totalCount?.() ?? 0,
    }),
  }),
});

builder.queryFields((t) => ({
  requestAreas: t.field({
    type: [RequestAreaRef],
    description:
      "The areas the public request form can send to (ICBs and local authorities), by name. Open to anyone: names only.",
    authScopes: { anyone: true },
    resolve: (_root, _args, ctx) =>
      ctx.db.prisma.organisation.findMany({
        where: { kind: { in: [...RECEIVING_KINDS] } },
        select: { id: true, name: true, kind: true },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }) as Promise<Area[]>,
  }),
  incomingReviewRequests: t.field({
    type: IncomingReviewRequestConnection,
    description:
      "Request forms sent to the organisations where you are a care coordinator, commissioner or administrator, " +
      "oldest first (the order to look at them in). `first`/`last` at most 100. " +
      "With `waiting: true` (the default) this is the one list of requests waiting for triage: " +
      "the console's dashboard counts it and its requests page lists it.",
    authScopes: { user: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      waiting: t.arg.boolean({
        required: false,
        defaultValue: true,
        description: "true (default): only those not triaged yet; false: only triaged; null: all.",
      }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description:
          "Only those sent to this organisation (one of yours; any other gives an empty list).",
      }),
    },
    resolve: (_root, args, ctx) =>
      listIncomingRequests(ctx, {
        ...args,
        organisationId: args.organisationId?.id ?? null,
      }) as never,
  }),
  incomingReviewRequest: t.field({
    type: IncomingReviewRequestRef,
    nullable: true,
    description:
      "One request form by its reference, if it was sent to one of your organisations; null otherwise.",
    authScopes: { user: true },
    args: { reference: t.arg.string({ required: true }) },
    resolve: (_root, { reference }, ctx) => findIncomingRequest(ctx, reference),
  }),
}));

// ─────────────────────────────── Sending ───────────────────────────────

const SendReviewRequestFormInput = builder.inputType("SendReviewRequestFormInput", {
  description:
    "Every answer is optional in the type so that a missing one comes back as a field error (REQUIRED), " +
    "all of them at once.",
  fields: (t) => ({
    organisationId: t.id({
      required: false,
      description: "The area, from `requestAreas` (an Organisation global ID).",
    }),
    asker: t.field({ type: RequestFormAskerEnum, required: false }),
    askerName: t.string({ required: false, description: "Required unless asker is SELF." }),
    askerRole: t.string({ required: false, description: "Required for PROFESSIONAL." }),
    askerOrganisation: t.string({ required: false, description: "Required for PROFESSIONAL." }),
    aboutName: t.string({ required: false }),
    aboutDateOfBirth: t.string({ required: false, description: '"YYYY-MM-DD".' }),
    aboutNhsNumber: t.string({ required: false, description: "If known: 10 digits." }),
    aboutWhereTheyLive: t.string({ required: false, description: "A town, area or postcode." }),
    worries: t.field({ type: [RequestWorryEnum], required: false, description: "At least one." }),
    worryDetail: t.string({ required: false, description: "Required when worries has OTHER." }),
    hospitalStatus: t.field({ type: RequestHospitalStatusEnum, required: false }),
    consentToShare: t.boolean({
      required: false,
      description:
        "Must be true (CONSENT_MISSING otherwise): the request is shared with those who can help.",
    }),
    contactEmail: t.string({ required: false }),
    contactPhone: t.string({ required: false, description: "A UK number." }),
    preferredContact: t.field({
      type: ContactMethodEnum,
      required: false,
      description: "Needed when both an email and a phone number are given.",
    }),
    communicationNeeds: t.string({ required: false }),
    website: t.string({
      required: false,
      description:
        "A honeypot: forms show it hidden from people; anything in it refuses the form (AUTOMATED_SUBMISSION).",
    }),
  }),
});

type SendPayload = {
  reference: string | null;
  receivedAt: Date | null;
  contactBy: string | null;
  errors: FieldError[];
};

const SendReviewRequestFormPayload = builder
  .objectRef<SendPayload>("SendReviewRequestFormPayload")
  .implement({
    description:
      "The reference to quote, or every problem with the answers. Says nothing about whether the person is known.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      reference: t.exposeString("reference", { nullable: true }),
      receivedAt: t.expose("receivedAt", { type: "DateTime", nullable: true }),
      contactBy: t.expose("contactBy", {
        type: "Date",
        nullable: true,
        description:
          "The care coordinator contacts the requester by this date (5 working days: this service's promise, not a policy timescale).",
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
    }),
  });

/** Decodes an Organisation global ID; anything else becomes a value the check refuses. */
function organisationIdOf(globalId: string | null | undefined): string | null {
  if (!globalId) return null;
  const decoded = Buffer.from(String(globalId), "base64").toString("utf8");
  return decoded.startsWith("Organisation:") ? decoded.slice("Organisation:".length) : "invalid";
}

builder.queryFields((t) => ({
  checkReviewRequestForm: t.field({
    type: [UserErrorRef],
    description:
      "Checks answers without sending them: the same field errors sendReviewRequestForm would give " +
      "(so a form asking one question per page can check that page). Stores and counts nothing.",
    authScopes: { anyone: true },
    args: { input: t.arg({ type: SendReviewRequestFormInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<FieldError[]> => {
      const checked = await validateRequestForm(ctx, {
        ...input,
        organisationId: organisationIdOf(
          input.organisationId ? String(input.organisationId) : null,
        ),
      });
      return checked.ok ? [] : checked.errors;
    },
  }),
}));

builder.mutationFields((t) => ({
  sendReviewRequestForm: t.field({
    type: SendReviewRequestFormPayload,
    description:
      "Asks for a review through the public form, signed in or not (§14). The request goes to the " +
      "chosen area, where the care coordinator looks first. At most 10 sends an hour per IP (RATE_LIMITED).",
    authScopes: { anyone: true },
    args: { input: t.arg({ type: SendReviewRequestFormInput, required: true }) },
    resolve: async (_root, { input }, ctx): Promise<SendPayload> => {
      const result = await sendRequestForm(ctx, {
        ...input,
        organisationId: organisationIdOf(
          input.organisationId ? String(input.organisationId) : null,
        ),
      });
      if ("retryAfterSeconds" in result)
        throw new GraphQLError(
          `Too many requests: try again in ${result.retryAfterSeconds} seconds`,
          {
            extensions: {
              code: "RATE_LIMITED",
              retryAfterSeconds: result.retryAfterSeconds,
              http: {
                status: 429,
                headers: new Map([["retry-after", String(result.retryAfterSeconds)]]),
              },
            },
          },
        );
      if (!result.ok)
        return { reference: null, receivedAt: null, contactBy: null, errors: result.errors };
      return {
        reference: result.request.reference,
        receivedAt: result.request.receivedAt,
        contactBy: result.contactBy,
        errors: [],
      };
    },
  }),
}));
