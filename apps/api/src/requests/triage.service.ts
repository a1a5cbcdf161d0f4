import type { Person, ReviewRequest } from "@cetr/db";
import {
  ageOn,
  type FieldError,
  londonCalendarDate,
  type Requester,
  routeReviewRequest,
} from "@cetr/domain";
import type { Context } from "../context.js";
import { requestReplyEmail } from "../email/templates.js";
import { PersonGuard } from "../people/people.guard.js";
import { accessError, asDate, readText, ymd } from "../register/common.js";
import {
  findIncomingRequest,
  type IncomingReviewRequest,
  type RequestWorry,
} from "./request-form.service.js";

/**
 * Triage of a request form (§14, Figure 9): the area's staff match it to a
 * person on their caseload, which turns it into a request for a review on
 * that person's record, and reply to the requester. The form itself never
 * said whether anyone was known; only here, behind the staff's own access
 * to the person, does a match happen.
 */

/** How the form's "who is asking" maps to the policy's requesters; a professional is chosen on triage. */
const ASKER_REQUESTER: Record<IncomingReviewRequest["asker"], Requester | null> = {
  SELF: "PERSON",
  PARENT_CARER: "FAMILY_OR_CARER",
  ADVOCATE: "ADVOCATE",
  PROFESSIONAL: null,
};

/** The professionals a form from a PROFESSIONAL can be recorded as. */
const PROFESSIONAL_REQUESTERS = new Set<Requester>([
  "COMMUNITY_TEAM",
  "INPATIENT_TEAM",
  "LOCAL_AUTHORITY",
  "COMMISSIONER",
]);

const WORRY_WORDS: Record<RequestWorry, string> = {
  CARE_NOT_WORKING: "their care or support is not working",
  HOME_OR_PLACEMENT_AT_RISK: "their home or placement is at risk",
  SAFETY: "their safety or someone else's",
  BEHAVIOUR_OR_DISTRESS: "behaviour or distress",
  MEDICATION: "medication",
  NOT_LISTENED_TO: "they are not being listened to",
  LEAVING_HOSPITAL: "leaving hospital",
  SCHOOL_OR_COLLEGE: "school or college",
  OTHER: "something else",
};

/** The request's reason, in the requester's terms: what they ticked, then what they wrote. */
export function reasonFromForm(form: IncomingReviewRequest): string {
  const ticked = form.worries.map((w) => WORRY_WORDS[w]).join("; ");
  const parts = [`Request form ${form.reference}. Worried about: ${ticked}.`];
  if (form.worryDetail) parts.push(`In their words: ${form.worryDetail}`);
  return parts.join(" ");
}

export interface PossibleMatch {
  person: Person;
  sameNhsNumber: boolean;
  sameDateOfBirth: boolean;
  sameName: boolean;
}

const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, " ")
    .trim();

/**
 * People the viewer may see whose NHS number or date of birth matches the
 * form: the NHS number first (it identifies), then a matching name. Never
 * more than 20, and only from the viewer's own caseloads.
 */
export async function possibleMatches(
  ctx: Context,
  form: IncomingReviewRequest,
): Promise<PossibleMatch[]> {
  const visible = await ctx.access.peopleWhere("PROFILE");
  const rows = await ctx.db.prisma.person.findMany({
    where: {
      AND: [
        visible,
        {
          OR: [
            { dateOfBirth: form.aboutDateOfBirth },
            ...(form.aboutNhsNumber ? [{ nhsNumber: form.aboutNhsNumber }] : []),
          ],
        },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
  const readable = await PersonGuard.readable(ctx, rows);
  const wanted = normaliseName(form.aboutName);
  return readable
    .map((person) => ({
      person,
      sameNhsNumber: form.aboutNhsNumber !== null && person.nhsNumber === form.aboutNhsNumber,
      sameDateOfBirth: person.dateOfBirth.getTime() === form.aboutDateOfBirth.getTime(),
      sameName: normaliseName(person.name) === wanted,
    }))
    .sort(
      (a, b) =>
        Number(b.sameNhsNumber) - Number(a.sameNhsNumber) ||
        Number(b.sameName) - Number(a.sameName),
    );
}

export interface TriageInput {
  reference: string;
  personId: string;
  /** Needed for a professional's form; otherwise taken from the form. */
  requester?: Requester | null;
  safeguardingConcern?: boolean | null;
  /** The person's date of birth differs from the form's: staff confirm it is them anyway. */
  confirmDifferentDateOfBirth?: boolean | null;
}

export type TriageResult = {
  incoming: IncomingReviewRequest | null;
  reviewRequest: ReviewRequest | null;
  errors: FieldError[];
};

const refused = (errors: FieldError[]): TriageResult => ({
  incoming: null,
  reviewRequest: null,
  errors,
});

export async function triageIncomingRequest(
  ctx: Context,
  input: TriageInput,
): Promise<TriageResult> {
  const form = await findIncomingRequest(ctx, input.reference);
  if (!form) return refused([accessError("reference", "NOT_FOUND")]);
  if (form.reviewRequestId)
    return refused([
      {
        field: "reference",
        code: "ALREADY_TRIAGED",
        message: "This request has already been matched to a person",
      },
    ]);
  const person = await PersonGuard.loadWritable(
    ctx,
    input.personId,
    "triageIncomingRequest",
    "REQUEST",
  );
  if (!person.row) return refused([accessError("personId", person.code)]);
  const errors: FieldError[] = [];
  // Matching the wrong person would put one family's worries on another's record.
  if (form.aboutNhsNumber && person.row.nhsNumber !== form.aboutNhsNumber)
    errors.push({
      field: "personId",
      code: "NHS_NUMBER_DIFFERS",
      message: "The form gives a different NHS number: this is someone else",
    });
  else if (
    person.row.dateOfBirth.getTime() !== form.aboutDateOfBirth.getTime() &&
    input.confirmDifferentDateOfBirth !== true
  )
    errors.push({
      field: "confirmDifferentDateOfBirth",
      code: "DATE_OF_BIRTH_DIFFERS",
      message: `The form gives a different date of birth (${ymd(form.aboutDateOfBirth)}): check it is the same person, then confirm`,
    });
  const fromForm = ASKER_REQUESTER[form.asker];
  const requester = fromForm ?? input.requester ?? null;
  if (!fromForm && (!requester || !PROFESSIONAL_REQUESTERS.has(requester)))
    errors.push({
      field: "requester",
      code: requester ? "INVALID_CHOICE" : "REQUIRED",
      message: "Choose which team or service the professional asked from",
    });
  if (errors.length || !requester) return refused(errors);

  const receivedOn = londonCalendarDate(form.receivedAt);
  const routing = routeReviewRequest({
    requester,
    personAge: ageOn(ymd(person.row.dateOfBirth), receivedOn),
    // The form cannot be sent without the requester's agreement to share it (CONSENT_MISSING).
    consentBasisForRequest: form.consentToShare,
    safeguardingConcern: input.safeguardingConcern === true,
  });
  if (!routing.accepted)
    return refused(
      routing.reasons.map((r) => ({
        field: r.field ?? "requester",
        code: r.code,
        message: r.message,
      })),
    );
  const result = await ctx.db.prisma
    .$transaction(async (tx) => {
      const created = await tx.reviewRequest.create({
        data: {
          personId: person.row.id,
          requester,
          requestedById: form.requestedById,
          requesterName: form.asker === "SELF" ? person.row.name : form.askerName,
          route: routing.actImmediatelyOnSafeguarding ? "SAFEGUARDING" : "VIA_CARE_COORDINATOR",
          stage: "RECEIVED",
          reason: reasonFromForm(form),
          receivedOn: asDate(receivedOn),
        },
      });
      await tx.reviewRequestStageChange.create({
        data: {
          requestId: created.id,
          stage: "RECEIVED",
          at: form.receivedAt,
          byId: form.requestedById,
          note: `Sent through the request form (${form.reference})`,
        },
      });
      // Only while it still waits: two staff triaging at once cannot both win.
      const { count } = await tx.incomingReviewRequest.updateMany({
        where: { id: form.id, reviewRequestId: null },
        data: { reviewRequestId: created.id },
      });
      if (count === 0) throw new AlreadyTriaged();
      return created;
    })
    .catch((error: unknown) => {
      if (error instanceof AlreadyTriaged) return null;
      throw error;
    });
  if (!result)
    return refused([
      {
        field: "reference",
        code: "ALREADY_TRIAGED",
        message: "Someone matched this request to a person meanwhile",
      },
    ]);
  ctx.audit.changed(
    { personId: result.personId, type: "ReviewRequest", id: result.id },
    "triageIncomingRequest",
    "USER",
  );
  return { incoming: { ...form, reviewRequestId: result.id }, reviewRequest: result, errors: [] };
}

class AlreadyTriaged extends Error {}

// ─────────────────────────────── Replies ───────────────────────────────

export interface ReplyInput {
  reference: string;
  channel: "EMAIL" | "PHONE";
  body: string;
}

export type ReplyResult = { incoming: IncomingReviewRequest | null; errors: FieldError[] };

/**
 * Replies to the requester: by email (sent now, from the service, with the
 * staff member's name and organisation) or a note of a phone call made.
 * Either way it joins the request's record of contact.
 */
export async function replyToRequester(ctx: Context, input: ReplyInput): Promise<ReplyResult> {
  const form = await findIncomingRequest(ctx, input.reference);
  const userId = ctx.access.userId;
  if (!form || !userId) return { incoming: null, errors: [accessError("reference", "NOT_FOUND")] };
  const errors: FieldError[] = [];
  const body = readText(errors, "body", input.body, { max: 5000 });
  const address = input.channel === "EMAIL" ? form.contactEmail : form.contactPhone;
  if (!address)
    errors.push({
      field: "channel",
      code: "NO_CONTACT_DETAILS",
      message:
        input.channel === "EMAIL"
          ? "The requester gave no email address: phone them instead"
          : "The requester gave no phone number: email them instead",
    });
  if (errors.length || !body) return { incoming: null, errors };
  if (input.channel === "EMAIL" && form.contactEmail) {
    const [sender, organisation] = await Promise.all([
      ctx.db.prisma.user.findUniqueOrThrow({ where: { id: userId } }),
      ctx.db.prisma.organisation.findUniqueOrThrow({ where: { id: form.organisationId } }),
    ]);
    await ctx.mailer.send(
      requestReplyEmail({
        to: form.contactEmail,
        recipientName: form.asker === "SELF" ? form.aboutName : (form.askerName ?? undefined),
        reference: form.reference,
        message: body,
        sender: { name: sender.displayName, organisation: organisation.name, email: sender.email },
      }),
    );
  }
  await ctx.db.prisma.requestReply.create({
    data: { incomingId: form.id, channel: input.channel, body, sentById: userId, sentAt: ctx.now },
  });
  return { incoming: form, errors: [] };
}

export function listReplies(ctx: Context, incomingId: string) {
  return ctx.db.prisma.requestReply.findMany({
    where: { incomingId },
    orderBy: [{ sentAt: "asc" }, { id: "asc" }],
  });
}
