import { UserRef } from "../organisations/organisations.schema.js";
import { PreferredFormatEnum } from "../people/people.schema.js";
import { ReviewRef } from "../reviews/review.node.js";
import { builder } from "../schema/builder.js";
import { UserErrorRef } from "../schema/errors.js";
import { ReportRef } from "./report.node.js";
import { draftReport, type ReportResult, sendReport } from "./reports.service.js";

const ReportPayload = (name: string) =>
  builder.objectRef<ReportResult>(name).implement({
    authScopes: { viaParent: true },
    fields: (t) => ({
      report: t.field({ type: ReportRef, nullable: true, resolve: (p) => p.report }),
      errors: t.field({
        type: [UserErrorRef],
        description: "Empty when it worked; otherwise every problem, by field.",
        resolve: (p) => p.errors,
      }),
    }),
  });

const DraftReportInput = builder.inputType("DraftReportInput", {
  fields: (t) => ({
    reviewId: t.globalID({ for: ReviewRef, required: true }),
    body: t.string({ required: true, description: "The report, in accessible language." }),
    easyReadBody: t.string(),
    progressContactId: t.globalID({
      for: UserRef,
      description: "Who tells the person and family about progress (standard 6.2).",
    }),
  }),
});

const ReportRecipientInput = builder.inputType("ReportRecipientInput", {
  fields: (t) => ({
    recipientId: t.globalID({ for: UserRef, description: "Their account, if they have one." }),
    recipientName: t.string({ description: "Needed when there is no account (e.g. a GP)." }),
    recipientRole: t.string({
      required: true,
      description:
        'Who they are. "person", "parent carer" / "family", and "care team" (or "care coordinator", ' +
        '"responsible clinician", "social worker", …) count towards §7.2.18 circulation.',
    }),
    format: t.field({ type: PreferredFormatEnum, required: true }),
  }),
});

const SendReportInput = builder.inputType("SendReportInput", {
  fields: (t) => ({
    reportId: t.globalID({ for: ReportRef, required: true }),
    recipients: t.field({ type: [ReportRecipientInput], required: true }),
    familyNotAppropriate: t.boolean({
      description: "§7.2.18: the family gets the report if appropriate; true when it is not.",
    }),
  }),
});

builder.mutationFields((t) => ({
  draftReport: t.field({
    type: ReportPayload("DraftReportPayload"),
    description:
      "Writes or rewrites the review's report while it is unsent (staff who may change drafts). " +
      "A HELD review moves to REPORT_DRAFTED when the lifecycle allows.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: DraftReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      draftReport(ctx, {
        reviewId: input.reviewId.id,
        body: input.body,
        easyReadBody: input.easyReadBody,
        progressContactId: input.progressContactId?.id ?? null,
      }),
  }),
  sendReport: t.field({
    type: ReportPayload("SendReportPayload"),
    description:
      "Sends the report: records the distribution and moves the review to REPORT_SENT, only " +
      "when the review lifecycle allows it (§7.2.18).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SendReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      sendReport(ctx, {
        reportId: input.reportId.id,
        recipients: input.recipients.map((r) => ({
          recipientId: r.recipientId?.id ?? null,
          recipientName: r.recipientName,
          recipientRole: r.recipientRole,
          format: r.format,
        })),
        familyNotAppropriate: input.familyNotAppropriate,
      }),
  }),
}));
