import type { EnquiryOpinion, EnquiryQuote } from "@cetr/db";
import { ageOn, type FieldError, type FourQuestionId, linesOfEnquiryFor } from "@cetr/domain";
import type { Context } from "../context.js";
import { ReviewGuard } from "../reviews/review.node.js";
import {
  EnquiryFindingGuard,
  type FindingRow,
  findingInclude,
  type SummaryRow,
  summaryInclude,
} from "./finding.node.js";
import { authorOrError, fieldError, fromDbDate, idError, text, textList, today } from "./inputs.js";

/** Use cases for the panel's working record (§8, standard 5.4). */

export type FindingResult =
  | { finding: FindingRow; errors: [] }
  | { finding: null; errors: FieldError[] };

export interface RecordFindingInput {
  reviewId: string;
  kloeId: string;
  findings: readonly string[];
  evidence: readonly string[];
  concerns: readonly string[];
}

/**
 * Records (or replaces) what the panel found against one line of enquiry.
 * The line must be one the domain lists for this review's setting and the
 * person's age on the review date (children's sets add education).
 */
export async function recordFinding(
  ctx: Context,
  input: RecordFindingInput,
): Promise<FindingResult> {
  const access = await ReviewGuard.loadWritable(ctx, input.reviewId, "recordFinding", "ENQUIRY");
  if (!access.row) return { finding: null, errors: [idError("reviewId", access.code, "review")] };
  const review = access.row;
  const person = await ctx.db.prisma.person.findUniqueOrThrow({
    where: { id: review.personId },
    select: { dateOfBirth: true },
  });
  const onDate = review.heldOn
    ? fromDbDate(review.heldOn)
    : review.scheduledOn
      ? fromDbDate(review.scheduledOn)
      : today(ctx);
  const lines = linesOfEnquiryFor(
    review.enquirySetting,
    ageOn(fromDbDate(person.dateOfBirth), onDate),
  );
  const line = lines.find((k) => k.id === input.kloeId);
  const errors: FieldError[] = [];
  if (!line)
    errors.push(
      fieldError(
        "kloeId",
        "INVALID_CHOICE",
        `Choose one of this review's lines of enquiry: ${lines.map((k) => k.id).join(", ")}`,
      ),
    );
  const data = {
    findings: textList(errors, "findings", input.findings),
    evidence: textList(errors, "evidence", input.evidence),
    concerns: textList(errors, "concerns", input.concerns),
  };
  if (errors.length || !line) return { finding: null, errors };
  const finding = await ctx.db.prisma.enquiryFinding.upsert({
    where: { reviewId_kloeId: { reviewId: review.id, kloeId: line.id } },
    create: { reviewId: review.id, kloeId: line.id, question: line.question, ...data },
    update: data,
    include: findingInclude,
  });
  return { finding, errors: [] };
}

export type QuoteResult =
  | { quote: EnquiryQuote; finding: FindingRow; errors: [] }
  | { quote: null; finding: null; errors: FieldError[] };

export async function addQuote(
  ctx: Context,
  input: { findingId: string; source: "PERSON" | "FAMILY"; text: string },
): Promise<QuoteResult> {
  const access = await EnquiryFindingGuard.loadWritable(ctx, input.findingId, "addQuote");
  if (!access.row)
    return { quote: null, finding: null, errors: [idError("findingId", access.code, "finding")] };
  const errors: FieldError[] = [];
  const said = text(errors, "text", input.text, { requiredMessage: "Write the words as said" });
  if (!said) return { quote: null, finding: null, errors };
  const quote = await ctx.db.prisma.enquiryQuote.create({
    data: { findingId: access.row.id, source: input.source, text: said },
  });
  return { quote, finding: access.row, errors: [] };
}

export type OpinionResult =
  | {
      opinion: EnquiryOpinion & { panelMember: { userId: string } };
      finding: FindingRow;
      errors: [];
    }
  | { opinion: null; finding: null; errors: FieldError[] };

/** Standard 5.4: a panel member's own view, one per member per finding (recording again replaces it). */
export async function recordDifferingOpinion(
  ctx: Context,
  input: { findingId: string; view: string },
): Promise<OpinionResult> {
  const access = await EnquiryFindingGuard.loadWritable(
    ctx,
    input.findingId,
    "recordDifferingOpinion",
  );
  if (!access.row)
    return { opinion: null, finding: null, errors: [idError("findingId", access.code, "finding")] };
  const finding = access.row;
  const errors: FieldError[] = [];
  const userId = authorOrError(ctx, errors, "findingId");
  const seat = userId
    ? await ctx.db.prisma.panelMember.findUnique({
        where: { reviewId_userId: { reviewId: finding.reviewId, userId } },
        select: { id: true },
      })
    : null;
  if (userId && !seat)
    errors.push(
      fieldError(
        "findingId",
        "FORBIDDEN",
        "Only a member of this review's panel can record their own view",
      ),
    );
  const view = text(errors, "view", input.view);
  if (errors.length || !seat || !view) return { opinion: null, finding: null, errors };
  const opinion = await ctx.db.prisma.enquiryOpinion.upsert({
    where: { findingId_panelMemberId: { findingId: finding.id, panelMemberId: seat.id } },
    create: { findingId: finding.id, panelMemberId: seat.id, view },
    update: { view },
    include: { panelMember: { select: { userId: true } } },
  });
  return { opinion, finding, errors: [] };
}

export type SummaryResult =
  | { answer: SummaryRow; errors: [] }
  | { answer: null; errors: FieldError[] };

/** One answer per question per review (§8): setting it again replaces it. */
export async function setSummaryAnswer(
  ctx: Context,
  input: { reviewId: string; question: FourQuestionId; answer: string },
): Promise<SummaryResult> {
  const access = await ReviewGuard.loadWritable(ctx, input.reviewId, "setSummaryAnswer", "ENQUIRY");
  if (!access.row) return { answer: null, errors: [idError("reviewId", access.code, "review")] };
  const errors: FieldError[] = [];
  const answer = text(errors, "answer", input.answer);
  if (!answer) return { answer: null, errors };
  const row = await ctx.db.prisma.reviewSummaryAnswer.upsert({
    where: { reviewId_question: { reviewId: access.row.id, question: input.question } },
    create: { reviewId: access.row.id, question: input.question, answer },
    update: { answer },
    include: summaryInclude,
  });
  return { answer: row, errors: [] };
}
