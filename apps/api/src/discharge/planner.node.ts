import type { PlannerAnswer, PlannerDocument, ProfilePhoto } from "@cetr/db";
import { loadUsers, orMissing, UserRef } from "../organisations/organisations.schema.js";
import { PersonRef } from "../people/people.schema.js";
import { ReviewGuard, ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { PlannerDocumentGuard } from "./guards.js";
import { payload } from "./payloads.js";
import { photoDataUrl, photoInputFields } from "./photo-input.js";
import { clearPlannerAnswer, savePlannerAnswer, submitPlanner } from "./planner.service.js";
import { removeProfilePhoto, setProfilePhoto } from "./profile-photo.service.js";

export const PlannerKindEnum = builder.enumType("PlannerKind", {
  description:
    "One-page profile, My CETR Planner (standard 1.3), Leaving Hospital Planner (Appendix 3).",
  values: ["ONE_PAGE_PROFILE", "CETR_PLANNER", "LEAVING_HOSPITAL_PLANNER"] as const,
});
const PlannerStatusEnum = builder.enumType("PlannerStatus", {
  description: "DRAFT is the family's own; SUBMITTED versions are shared (panel included).",
  values: ["DRAFT", "SUBMITTED"] as const,
});

const PlannerAnswerRef = builder.objectRef<PlannerAnswer>("PlannerAnswer").implement({
  authScopes: { viaParent: true },
  description: "One answer, and who wrote it (the person, a parent carer, someone helping).",
  fields: (t) => ({
    questionKey: t.exposeString("questionKey", {
      description: 'Stable question key, e.g. "importantToMe", "fourQuestions.SAFE".',
    }),
    answer: t.exposeString("answer"),
    author: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (a) => a.authorId,
    }),
    writtenAt: t.expose("writtenAt", { type: "DateTime" }),
  }),
});

const ProfilePhotoRef = builder.objectRef<ProfilePhoto>("ProfilePhoto").implement({
  authScopes: { viaParent: true },
  description:
    "The photo on a one-page profile: a JPEG or PNG of at most 1 MB, with its alt text. " +
    "Whoever may read the profile version may see it.",
  fields: (t) => ({
    contentType: t.exposeString("contentType", { description: '"image/jpeg" or "image/png".' }),
    size: t.exposeInt("size", { description: "Bytes in the image." }),
    altText: t.exposeString("altText", {
      description: "What the photo shows, for people who cannot see it.",
    }),
    dataUrl: t.string({
      description: "The image as a data: URL, ready for an <img> element's src.",
      resolve: photoDataUrl,
    }),
    uploadedBy: t.loadable({
      type: UserRef,
      load: async (ids: string[], ctx) => orMissing(await loadUsers(ctx, ids)),
      resolve: (photo) => photo.uploadedById,
    }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime" }),
  }),
});

export const PlannerDocumentRef = builder.node(
  builder.objectRef<PlannerDocument>("PlannerDocument"),
  {
    description:
      "A version of a family-facing document. Drafts are seen by the person, their family and " +
      "staff; submitted versions also by panel members of an open review.",
    ...PlannerDocumentGuard.nodeOptions,
    fields: (t) => ({
      kind: t.expose("kind", { type: PlannerKindEnum }),
      version: t.exposeInt("version", { description: "1, 2, …: each submission keeps its own." }),
      status: t.expose("status", { type: PlannerStatusEnum }),
      submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
      review: t.loadable({
        type: ReviewRef,
        nullable: true,
        description: "For a CETR planner: the review it prepares for (null if none or not yours).",
        load: (ids: string[], ctx) => ReviewGuard.inOrder(ctx, ids),
        resolve: (doc) => doc.reviewId,
      }),
      answers: t.loadableGroup({
        type: PlannerAnswerRef,
        description: "Answers by question key.",
        load: (documentIds: string[], ctx) =>
          ctx.db.prisma.plannerAnswer.findMany({
            where: { documentId: { in: documentIds } },
            orderBy: [{ questionKey: "asc" }],
          }),
        group: (answer) => answer.documentId,
        resolve: (doc) => doc.id,
      }),
      photo: t.loadable({
        type: ProfilePhotoRef,
        nullable: true,
        description: "A one-page profile's photo, if it has one (ADR 0022).",
        load: async (documentIds: string[], ctx) => {
          const photos = await ctx.db.prisma.profilePhoto.findMany({
            where: { documentId: { in: documentIds } },
          });
          const byDocument = new Map(photos.map((p) => [p.documentId, p]));
          return documentIds.map((id) => byDocument.get(id) ?? null);
        },
        resolve: (doc) => doc.id,
      }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    }),
  },
);

/** Person.plannerDocuments: latest version first; drafts only for those who may see drafts. */
builder.objectField(PersonRef, "plannerDocuments", (t) =>
  t.loadableGroup({
    type: PlannerDocumentRef,
    description: "Planners and profiles for this person that you may see, latest version first.",
    // Batched per path so that every person in one selection shares the `kind` argument.
    byPath: true,
    args: { kind: t.arg({ type: PlannerKindEnum, required: false }) },
    load: async (personIds: string[], ctx, args) =>
      PlannerDocumentGuard.readable(
        ctx,
        await ctx.db.prisma.plannerDocument.findMany({
          where: { personId: { in: personIds }, ...(args.kind ? { kind: args.kind } : {}) },
          orderBy: [{ kind: "asc" }, { version: "desc" }, { id: "desc" }],
        }),
      ),
    group: (doc) => doc.personId,
    resolve: (person) => person.id,
  }),
);

const SavePlannerAnswerInput = builder.inputType("SavePlannerAnswerInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    kind: t.field({ type: PlannerKindEnum, required: true }),
    reviewId: t.globalID({
      for: ReviewRef,
      required: false,
      description: "For a CETR planner: the review it prepares for.",
    }),
    questionKey: t.string({ required: true }),
    answer: t.string({ required: true }),
  }),
});
const ClearPlannerAnswerInput = builder.inputType("ClearPlannerAnswerInput", {
  fields: (t) => ({
    documentId: t.globalID({ for: PlannerDocumentRef, required: true }),
    questionKey: t.string({ required: true }),
  }),
});
const SubmitPlannerInput = builder.inputType("SubmitPlannerInput", {
  fields: (t) => ({ documentId: t.globalID({ for: PlannerDocumentRef, required: true }) }),
});

const SetProfilePhotoInput = builder.inputType("SetProfilePhotoInput", {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, required: true }),
    ...photoInputFields(t),
  }),
});
const RemoveProfilePhotoInput = builder.inputType("RemoveProfilePhotoInput", {
  fields: (t) => ({ personId: t.globalID({ for: PersonRef, required: true }) }),
});

const toPayload = (r: Awaited<ReturnType<typeof submitPlanner>>) => ({
  plannerDocument: r.document,
  errors: r.errors,
});

builder.mutationFields((t) => ({
  savePlannerAnswer: t.field({
    type: payload(
      "SavePlannerAnswerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The open draft the answer went into.",
    ),
    description:
      "Saves one answer into the person's open draft of this kind (opening one if there is " +
      "none), recording you as its author. A one-page profile's new draft starts as a copy of " +
      "its last submitted version, each answer keeping its author. For the person, family and " +
      "staff who may edit drafts.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SavePlannerAnswerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await savePlannerAnswer(ctx, {
          personId: input.personId.id,
          kind: input.kind,
          reviewId: input.reviewId?.id ?? null,
          questionKey: input.questionKey,
          answer: input.answer,
        }),
      ),
  }),
  clearPlannerAnswer: t.field({
    type: payload(
      "ClearPlannerAnswerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The draft, without the answer.",
    ),
    description:
      "Takes one answer out of a draft (someone emptied a question they had answered). " +
      "Sent versions keep their answers: clearing one is refused.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ClearPlannerAnswerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await clearPlannerAnswer(ctx, {
          documentId: input.documentId.id,
          questionKey: input.questionKey,
        }),
      ),
  }),
  submitPlanner: t.field({
    type: payload(
      "SubmitPlannerPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The submitted version.",
    ),
    description: "Sends a draft: it becomes a numbered, submitted version (DRAFT → SUBMITTED).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SubmitPlannerInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(await submitPlanner(ctx, { documentId: input.documentId.id })),
  }),
  setProfilePhoto: t.field({
    type: payload(
      "SetProfilePhotoPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The one-page profile draft the photo went on.",
    ),
    description:
      "Puts a photo on the person's one-page profile draft (opening one, as a copy of the " +
      "last sent version, if there is none), replacing any photo it had. Sent with the draft. " +
      "For the person, family and staff who may edit drafts.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetProfilePhotoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(
        await setProfilePhoto(ctx, {
          personId: input.personId.id,
          imageBase64: input.imageBase64,
          altText: input.altText,
        }),
      ),
  }),
  removeProfilePhoto: t.field({
    type: payload(
      "RemoveProfilePhotoPayload",
      "plannerDocument",
      PlannerDocumentRef,
      "The draft without the photo (null when there was no profile).",
    ),
    description:
      "Takes the photo off the person's one-page profile draft. Sent versions keep theirs.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RemoveProfilePhotoInput, required: true }) },
    resolve: async (_root, { input }, ctx) =>
      toPayload(await removeProfilePhoto(ctx, { personId: input.personId.id })),
  }),
}));
