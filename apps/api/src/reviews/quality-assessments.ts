import type { Prisma, Review } from "@cetr/db";
import { type FieldError, isStandardId, validateStandardAssessment } from "@cetr/domain";
import { authorOrError, fieldError, idError } from "../actions/inputs.js";
import type { Context } from "../context.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { ReviewGuard, ReviewRef } from "./review.node.js";
import { clearReviewFacts, reviewFacts } from "./review-facts.js";

/**
 * Staff's assessments of the Appendix 1 standards the record has no facts
 * for (ADR 0037). One mutation takes any number of standards, so the console
 * saves a whole checklist in one go; either all of them are stored or none.
 */

export interface AssessmentInput {
  standardId: string;
  /** Remove the assessment: the standard is "not known" again (a mistake put right). */
  clear?: boolean;
  met: boolean | null;
  evidence: string | null;
  followUp: string | null;
}

export type QualityAssessmentsResult = { review: Review | null; errors: FieldError[] };

export async function recordQualityAssessments(
  ctx: Context,
  input: { reviewId: string; assessments: readonly AssessmentInput[] },
): Promise<QualityAssessmentsResult> {
  // Changing the review's record: who may change reviews (chair, coordinator, administrator).
  const found = await ReviewGuard.loadWritable(ctx, input.reviewId, "recordQualityAssessments");
  if (!found.row) return { review: null, errors: [idError("reviewId", found.code, "review")] };
  const review = found.row;
  const errors: FieldError[] = [];
  const recordedById = authorOrError(ctx, errors, "reviewId");
  if (input.assessments.length === 0)
    errors.push(
      fieldError("assessments", "REQUIRED", "Choose met or not met for at least one standard"),
    );
  const current = (await reviewFacts(ctx, review.id)).quality;
  const seen = new Set<string>();
  input.assessments.forEach((a, i) => {
    const at = (field: string) => `assessments.${i}.${field}`;
    if (seen.has(a.standardId)) {
      errors.push(
        fieldError(at("standardId"), "INVALID_CHOICE", `Standard ${a.standardId} is given twice`),
      );
      return;
    }
    seen.add(a.standardId);
    if (a.clear) {
      if (!isStandardId(a.standardId))
        errors.push(
          fieldError(
            at("standardId"),
            "INVALID_CHOICE",
            "There is no standard with this number in Appendix 1",
          ),
        );
      return;
    }
    for (const e of validateStandardAssessment(a, current))
      errors.push({ ...e, field: at(e.field) });
  });
  if (errors.length || !recordedById) return { review: null, errors };

  const stored = new Map(
    (
      await ctx.db.prisma.qualityAssessment.findMany({
        where: { reviewId: review.id, standardId: { in: [...seen] } },
      })
    ).map((a) => [a.standardId, a]),
  );
  const recordedAt = ctx.now;
  await ctx.db.prisma.$transaction(
    input.assessments.flatMap((a): Prisma.PrismaPromise<unknown>[] => {
      if (a.clear)
        return [
          ctx.db.prisma.qualityAssessment.deleteMany({
            where: { reviewId: review.id, standardId: a.standardId },
          }),
        ];
      const met = a.met === true;
      const evidence = a.evidence?.trim() ?? "";
      const followUp = a.followUp?.trim() || null;
      const before = stored.get(a.standardId);
      // Saving the same answer again keeps who recorded it first and when.
      if (
        before &&
        before.met === met &&
        before.evidence === evidence &&
        before.followUp === followUp
      )
        return [];
      const data = { met, evidence, followUp, recordedById, recordedAt };
      return [
        ctx.db.prisma.qualityAssessment.upsert({
          where: { reviewId_standardId: { reviewId: review.id, standardId: a.standardId } },
          create: { reviewId: review.id, standardId: a.standardId, ...data },
          update: data,
        }),
      ];
    }),
  );
  clearReviewFacts(ctx, review.id);
  return { review, errors: [] };
}

const QualityAssessmentInput = builder.inputType("QualityAssessmentInput", {
  description: "One standard's assessment.",
  fields: (t) => ({
    standardId: t.string({ required: true, description: 'The Appendix 1 number, e.g. "4.1".' }),
    met: t.boolean({ description: "Required: true met, false not met." }),
    evidence: t.string({
      description: "Required: what shows it (where it is written down, who saw it). At most 1000.",
    }),
    followUp: t.string({ description: "What will be done; required when not met. At most 1000." }),
    clear: t.boolean({
      description:
        "Removes the standard's assessment (it is not known again); other fields are ignored.",
    }),
  }),
});

const RecordQualityAssessmentsInput = builder.inputType("RecordQualityAssessmentsInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    assessments: t.field({ type: [QualityAssessmentInput], required: true }),
  }),
});

const RecordQualityAssessmentsPayload = builder
  .objectRef<QualityAssessmentsResult>("RecordQualityAssessmentsPayload")
  .implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      review: t.field({ type: ReviewRef, nullable: true, resolve: (p) => p.review }),
      errors: t.field({
        type: [UserErrorRef],
        description:
          'Empty when it worked; otherwise every problem, by field ("assessments.2.evidence"). ' +
          "Nothing is stored when there are any.",
        resolve: (p) => p.errors,
      }),
    }),
  });

builder.mutationFields((t) => ({
  recordQualityAssessments: t.field({
    type: RecordQualityAssessmentsPayload,
    description:
      "Records whether Appendix 1 standards the record has no facts for were met (§42): the " +
      "evidence, and for not met what will be done. Replaces an earlier assessment of the same " +
      "standard, or removes it with clear; a standard the record answers is refused (STANDARD_ANSWERED_BY_RECORD). Staff " +
      "who may change the review.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RecordQualityAssessmentsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordQualityAssessments(ctx, {
        reviewId: input.reviewId.id,
        assessments: input.assessments.map((a) => ({
          standardId: a.standardId,
          clear: a.clear ?? false,
          met: a.met ?? null,
          evidence: a.evidence ?? null,
          followUp: a.followUp ?? null,
        })),
      }),
  }),
}));
