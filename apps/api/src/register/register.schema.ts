import type { FieldError } from "@cetr/domain";
import { OrganisationRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { ConsentBasisEnum } from "../schema/enums.js";
import { UserErrorRef } from "../schema/errors.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import {
  AdmissionRouteEnum,
  HospitalSettingEnum,
  RegisterRatingEnum,
  RequesterEnum,
  RequestStageEnum,
  RiskFactorEnum,
  SettingEventKindEnum,
} from "./enums.js";
import { RegisterEntryRef } from "./register.node.js";
import {
  addToRegister,
  type EntryResult,
  listRegisterEntries,
  rateRegisterEntry,
  removeFromRegister,
  setRegisterRiskFactors,
  updateMinimumDataset,
} from "./register.service.js";
import { ReviewRequestRef } from "./request.node.js";
import {
  advanceReviewRequest,
  listReviewRequests,
  type RequestResult,
  submitReviewRequest,
} from "./request.service.js";
import { SettingEventRef } from "./setting.node.js";
import { recordSettingEvent, type SettingEventResult } from "./setting.service.js";

// ─────────────────────────────── Root lists ───────────────────────────────

/** The connection object carries its count lazily: only computed when asked for. */
type Counted = { totalCount?: () => Promise<number> };
const countOf = (parent: unknown) => (parent as Counted).totalCount?.() ?? 0;

const RegisterEntryConnection = builder.connectionObject({
  type: RegisterEntryRef,
  name: "RegisterEntryConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many entries match, across every page.",
      complexity: 5,
      resolve: (parent) => countOf(parent),
    }),
  }),
});

const ReviewRequestConnection = builder.connectionObject({
  type: ReviewRequestRef,
  name: "ReviewRequestConnection",
  fields: (t) => ({
    totalCount: t.int({
      description: "How many requests match, across every page.",
      complexity: 5,
      resolve: (parent) => countOf(parent),
    }),
  }),
});

builder.queryFields((t) => ({
  registerEntries: t.field({
    type: RegisterEntryConnection,
    description:
      "Register entries you may see (staff of caseload organisations, partners with `register:read`), " +
      "most severe rating first (RED, AMBER, GREEN, BLUE), then by the person's name. `first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      rating: t.arg({ type: [RegisterRatingEnum], required: false }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description: "Only this organisation's register.",
      }),
      missingData: t.arg.boolean({
        required: false,
        description:
          "true: only entries with Figure 11 minimum dataset answers missing; false: only complete ones.",
      }),
      includeRemoved: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Include people removed from the register.",
      }),
      descending: t.arg.boolean({
        required: false,
        description: "Least severe first (BLUE, GREEN, AMBER, RED), names Z to A.",
      }),
    },
    resolve: (_root, args, ctx) =>
      listRegisterEntries(ctx, {
        ...args,
        organisationId: args.organisationId?.id ?? null,
      }) as never,
  }),
  reviewRequests: t.field({
    type: ReviewRequestConnection,
    description:
      "Requests for a review you may see, oldest received first (the order to answer them in). `first`/`last` at most 100.",
    authScopes: { signedIn: true },
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      stage: t.arg({ type: [RequestStageEnum], required: false }),
      waitingForDecision: t.arg.boolean({
        required: false,
        description:
          "true: only requests already on a person's record and waiting for the care coordinator or the commissioner " +
          "to decide (RECEIVED, WITH_CARE_COORDINATOR, WITH_COMMISSIONER, Figure 9); false: the decided ones. " +
          "Request forms not yet matched to a person are `incomingReviewRequests(waiting: true)`.",
      }),
      organisationId: t.arg.globalID({
        for: OrganisationRef,
        required: false,
        description:
          "Only requests about people on this organisation's caseload (one of yours; any other gives an empty list).",
      }),
      waitingForTriage: t.arg.boolean({
        required: false,
        description:
          "true: only requests already on a person's record still waiting for the care coordinator or commissioner to decide (RECEIVED, WITH_CARE_COORDINATOR, WITH_COMMISSIONER); false: the rest.",
        deprecationReason:
          "Misnamed: these requests have been triaged and wait for a decision. Use `waitingForDecision`; requests waiting for triage are `incomingReviewRequests(waiting: true)`.",
      }),
    },
    resolve: (_root, args, ctx) =>
      listReviewRequests(ctx, {
        ...args,
        organisationId: args.organisationId?.id ?? null,
      }) as never,
  }),
}));

// ─────────────────────────────── Payloads ───────────────────────────────

const RegisterEntryPayload = builder.objectRef<EntryResult>("RegisterEntryPayload").implement({
  authScopes: { viaParent: true },
  description: "The register entry as it now is, or the problems with the input.",
  fields: (t) => ({
    entry: t.field({ type: RegisterEntryRef, nullable: true, resolve: (p) => p.entry }),
    errors: t.field({ type: [UserErrorRef], resolve: (p): FieldError[] => p.errors }),
  }),
});

const SettingEventPayload = builder
  .objectRef<SettingEventResult>("RecordSettingEventPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      settingEvent: t.field({
        type: SettingEventRef,
        nullable: true,
        resolve: (p) => p.settingEvent,
      }),
      errors: t.field({ type: [UserErrorRef], resolve: (p): FieldError[] => p.errors }),
    }),
  });

const ReviewRequestPayload = builder.objectRef<RequestResult>("ReviewRequestPayload").implement({
  authScopes: { viaParent: true },
  fields: (t) => ({
    reviewRequest: t.field({
      type: ReviewRequestRef,
      nullable: true,
      resolve: (p) => p.reviewRequest,
    }),
    errors: t.field({ type: [UserErrorRef], resolve: (p): FieldError[] => p.errors }),
  }),
});

// ─────────────────────────────── Inputs ───────────────────────────────

const DATE = 'A date, "YYYY-MM-DD" (a string, so a bad date is a field error).';

const RiskFactorInput = builder.inputType("RiskFactorInput", {
  fields: (t) => ({
    factor: t.field({ type: RiskFactorEnum, required: true }),
    notes: t.string({ required: false }),
  }),
});

const AddToRegisterInput = builder.inputType("AddToRegisterInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    organisationId: t.globalID({
      for: OrganisationRef,
      required: true,
      description: "Whose register (an organisation you work for).",
    }),
    rating: t.field({ type: RegisterRatingEnum, required: true }),
    consentBasis: t.field({
      type: ConsentBasisEnum,
      required: true,
      description: "The person's consent, or a best-interests decision (Appendix 2).",
    }),
    addedOn: t.string({ required: true, description: DATE }),
    reason: t.string({
      required: true,
      description: "Why this rating: the first rating decision.",
    }),
    nextReviewOn: t.string({ required: false, description: DATE }),
    riskFactors: t.field({ type: [RiskFactorInput], required: false }),
    minimumDataset: t.field({
      type: "JSON",
      required: false,
      description: "Figure 11 answers keyed by @cetr/domain MINIMUM_DATASET field names.",
    }),
  }),
});

const RateRegisterEntryInput = builder.inputType("RateRegisterEntryInput", {
  fields: (t) => ({
    entryId: t.globalID({ for: RegisterEntryRef, required: true }),
    rating: t.field({ type: RegisterRatingEnum, required: true }),
    ratedOn: t.string({
      required: true,
      description: `${DATE} Not before the latest rating (RATING_HISTORY_OUT_OF_ORDER).`,
    }),
    reason: t.string({ required: true }),
    nextReviewOn: t.string({ required: false, description: DATE }),
  }),
});

const SetRegisterRiskFactorsInput = builder.inputType("SetRegisterRiskFactorsInput", {
  fields: (t) => ({
    entryId: t.globalID({ for: RegisterEntryRef, required: true }),
    factors: t.field({
      type: [RiskFactorInput],
      required: true,
      description: "The complete set: factors left out are removed; ones kept keep their date.",
    }),
  }),
});

const UpdateMinimumDatasetInput = builder.inputType("UpdateMinimumDatasetInput", {
  fields: (t) => ({
    entryId: t.globalID({ for: RegisterEntryRef, required: true }),
    values: t.field({
      type: "JSON",
      required: true,
      description:
        "Answers to merge, keyed by Figure 11 field name; null clears one. Unknown keys are refused.",
    }),
  }),
});

const RemoveFromRegisterInput = builder.inputType("RemoveFromRegisterInput", {
  fields: (t) => ({
    entryId: t.globalID({ for: RegisterEntryRef, required: true }),
    removedOn: t.string({ required: true, description: DATE }),
    reason: t.string({ required: true }),
  }),
});

const RecordSettingEventInput = builder.inputType("RecordSettingEventInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    kind: t.field({ type: SettingEventKindEnum, required: true }),
    occurredOn: t.string({ required: true, description: DATE }),
    route: t.field({
      type: AdmissionRouteEnum,
      required: false,
      description: "ADMISSION (required), ADMISSION_CONSIDERED.",
    }),
    setting: t.field({
      type: HospitalSettingEnum,
      required: false,
      description: "ADMISSION and TRANSFER (required).",
    }),
    restricted: t.boolean({
      required: false,
      description: "ADMISSION: Ministry of Justice restriction.",
    }),
    providerId: t.globalID({
      for: OrganisationRef,
      required: false,
      description: "ADMISSION, TRANSFER: the hospital.",
    }),
    housingInPlace: t.boolean({ required: false, description: "RESETTLEMENT_PATHWAY (required)." }),
    careProviderInPlace: t.boolean({
      required: false,
      description: "RESETTLEMENT_PATHWAY (required).",
    }),
    clearDischargePlan: t.boolean({
      required: false,
      description: "RESETTLEMENT_PATHWAY (required).",
    }),
    dischargeDateIdentified: t.boolean({
      required: false,
      description: "RESETTLEMENT_PATHWAY (required).",
    }),
    anyPartyDissatisfied: t.boolean({
      required: false,
      description: "RESETTLEMENT_PATHWAY (required).",
    }),
    notes: t.string({ required: false }),
  }),
});

const SubmitReviewRequestInput = builder.inputType("SubmitReviewRequestInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    requester: t.field({
      type: RequesterEnum,
      required: true,
      description:
        "Who is asking. The person and family may ask for themselves; staff record anyone's request.",
    }),
    requesterName: t.string({ required: false, description: "For requesters without an account." }),
    reason: t.string({ required: true }),
    receivedOn: t.string({ required: true, description: DATE }),
    consentBasisForRequest: t.boolean({
      required: false,
      description:
        "The person agrees to the review being asked for, or a best-interests decision (§14). Needed unless the person asks.",
    }),
    safeguardingConcern: t.boolean({
      required: false,
      description:
        "A safeguarding concern: routed SAFEGUARDING, to be acted on at once (Figure 9).",
    }),
  }),
});

const AdvanceReviewRequestInput = builder.inputType("AdvanceReviewRequestInput", {
  fields: (t) => ({
    requestId: t.globalID({ for: ReviewRequestRef, required: true }),
    to: t.field({ type: RequestStageEnum, required: true }),
    note: t.string({
      required: false,
      description: "Required when resolving without a review or declining: the reason given.",
    }),
    reviewId: t.globalID({
      for: ReviewRef,
      required: false,
      description: "CONVENED: the review convened in answer.",
    }),
  }),
});

// ─────────────────────────────── Mutations ───────────────────────────────

builder.mutationFields((t) => ({
  addToRegister: t.field({
    type: RegisterEntryPayload,
    description:
      "Adds a person to an organisation's register with a first rating and its reason (Appendix 2). " +
      "Staff whose role changes the register, or partners with `register:write`.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AddToRegisterInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addToRegister(ctx, {
        ...input,
        personId: input.personId.id,
        organisationId: input.organisationId.id,
      }),
  }),
  rateRegisterEntry: t.field({
    type: RegisterEntryPayload,
    description:
      "Records a new rating with its reason; the history is kept and the entry's `rating` is the latest.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RateRegisterEntryInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      rateRegisterEntry(ctx, { ...input, entryId: input.entryId.id }),
  }),
  setRegisterRiskFactors: t.field({
    type: RegisterEntryPayload,
    description: "Replaces the entry's Appendix 2 risk factors.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetRegisterRiskFactorsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      setRegisterRiskFactors(ctx, { entryId: input.entryId.id, factors: input.factors }),
  }),
  updateMinimumDataset: t.field({
    type: RegisterEntryPayload,
    description: "Merges Figure 11 minimum dataset answers into the entry.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: UpdateMinimumDatasetInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateMinimumDataset(ctx, { entryId: input.entryId.id, values: input.values }),
  }),
  removeFromRegister: t.field({
    type: RegisterEntryPayload,
    description: "Takes a person off the register, with the date and reason (the entry is kept).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemoveFromRegisterInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      removeFromRegister(ctx, { ...input, entryId: input.entryId.id }),
  }),
  recordSettingEvent: t.field({
    type: SettingEventPayload,
    description:
      "Adds to a person's setting history; the history must still make sense to the review scheduler " +
      "(EVENT_BEFORE_BIRTH, EVENT_AFTER_NOW, DISCHARGE_WITHOUT_ADMISSION, TRANSFER_WITHOUT_ADMISSION, " +
      "OVERLAPPING_STAYS, EVENT_REQUIRES_HOSPITAL_STAY).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordSettingEventInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordSettingEvent(ctx, {
        ...input,
        personId: input.personId.id,
        providerId: input.providerId?.id ?? null,
      }),
  }),
  submitReviewRequest: t.field({
    type: ReviewRequestPayload,
    description:
      "Asks for a review (§14): it goes to the care coordinator first. The person, family with parental " +
      "responsibility or consent, an advocate the person shared with, and staff may submit.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SubmitReviewRequestInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      submitReviewRequest(ctx, { ...input, personId: input.personId.id }),
  }),
  advanceReviewRequest: t.field({
    type: ReviewRequestPayload,
    description:
      "Moves a request along Figure 9 (TRANSITION_NOT_ALLOWED otherwise) and adds it to the timeline. " +
      "Staff make the decisions; the requester's side may ask again after a resolution, or escalate a refusal.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: AdvanceReviewRequestInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      advanceReviewRequest(ctx, {
        ...input,
        requestId: input.requestId.id,
        reviewId: input.reviewId?.id ?? null,
      }),
  }),
}));
