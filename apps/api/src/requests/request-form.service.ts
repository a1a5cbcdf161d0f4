import { randomInt } from "node:crypto";
import { isUniqueViolation, type Prisma } from "@cetr/db";
import {
  addMonths,
  addWorkingDays,
  type CalendarDate,
  compareCalendarDates,
  type FieldError,
  nhsNumberProblem,
  normaliseNhsNumber,
} from "@cetr/domain";
import { emailError, normaliseEmail } from "../auth/sign-in.js";
import type { Context } from "../context.js";
import { consume, ipValue, LIMIT_KIND, RATE_LIMITS } from "../limits/policy.js";
import { limitKey } from "../limits/rate-limit.js";
import { asDate, readDate, readText, today } from "../register/common.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";

/**
 * The public request form (§14, Figure 9; ADR 0016): anyone may ask for a
 * review — the young person, a parent carer, an advocate, a professional —
 * with or without an account. Nothing is matched to a person here, so the
 * answer never says whether someone is known: the staff of the chosen area
 * match and triage it (a later issue).
 */

/** The form's choices, as the database enums have them (prisma/schema.prisma). */
export const REQUEST_FORM_ASKERS = ["SELF", "PARENT_CARER", "ADVOCATE", "PROFESSIONAL"] as const;
export type RequestFormAsker = (typeof REQUEST_FORM_ASKERS)[number];
export const REQUEST_WORRIES = [
  "CARE_NOT_WORKING",
  "HOME_OR_PLACEMENT_AT_RISK",
  "SAFETY",
  "BEHAVIOUR_OR_DISTRESS",
  "MEDICATION",
  "NOT_LISTENED_TO",
  "LEAVING_HOSPITAL",
  "SCHOOL_OR_COLLEGE",
  "OTHER",
] as const;
export type RequestWorry = (typeof REQUEST_WORRIES)[number];
export const HOSPITAL_STATUSES = ["IN_HOSPITAL", "AT_RISK", "NO", "NOT_SURE"] as const;
export type RequestHospitalStatus = (typeof HOSPITAL_STATUSES)[number];
export const CONTACT_METHODS = ["EMAIL", "PHONE"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export type IncomingReviewRequest = Prisma.IncomingReviewRequestGetPayload<Record<string, never>>;

/** Areas a requester may send to: commissioners and local authorities (§14). */
export const RECEIVING_KINDS = ["ICB", "LOCAL_AUTHORITY"] as const;

/** Roles that look at new requests: the care coordinator first, then the commissioner (§14). */
export const TRIAGE_ROLES: readonly string[] = [
  "CARE_COORDINATOR",
  "COMMISSIONER",
  "ADMINISTRATOR",
];

export interface RequestFormInput {
  organisationId?: string | null;
  asker?: RequestFormAsker | null;
  askerName?: string | null;
  askerRole?: string | null;
  askerOrganisation?: string | null;
  aboutName?: string | null;
  aboutDateOfBirth?: string | null;
  aboutNhsNumber?: string | null;
  aboutWhereTheyLive?: string | null;
  worries?: readonly RequestWorry[] | null;
  worryDetail?: string | null;
  hospitalStatus?: RequestHospitalStatus | null;
  consentToShare?: boolean | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  preferredContact?: ContactMethod | null;
  communicationNeeds?: string | null;
  /** The honeypot: hidden from people, so only a program fills it. */
  website?: string | null;
}

/**
 * This service's promise to the requester, not a policy timescale (§14 sets
 * none): the care coordinator makes first contact within this many working
 * days (England and Wales bank holidays skipped). Shown on the confirmation.
 */
export const FIRST_CONTACT_WORKING_DAYS = 5;

export type SendResult =
  | { ok: true; request: IncomingReviewRequest; contactBy: CalendarDate }
  | { ok: false; errors: FieldError[] }
  | { ok: false; retryAfterSeconds: number };

/** UK numbers: 10 or 11 digits from 0, or +44 then 9 or 10; spaces, dashes and brackets allowed. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s()-]/g, "");
  const national = compact.startsWith("+44") ? `0${compact.slice(3)}` : compact;
  return /^0\d{9,10}$/.test(national) ? national : null;
}

// No 0/O, 1/I/L: a reference read aloud on the phone must not be misheard.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `RQ-${part()}-${part()}`;
}

/** The oldest date of birth taken as real: 120 years ago. */
const OLDEST_MONTHS = -120 * 12;

/** Checks every answer and reports every problem at once, each on its field. */
export async function validateRequestForm(ctx: Context, input: RequestFormInput) {
  const errors: FieldError[] = [];
  const required = (field: string, message: string) =>
    errors.push({ field, code: "REQUIRED", message });

  if ((input.website ?? "").trim() !== "")
    errors.push({
      field: "website",
      code: "AUTOMATED_SUBMISSION",
      message: "Leave the hidden 'website' field empty",
    });

  let organisationId: string | null = null;
  if (!input.organisationId) required("organisationId", "Choose the area the person lives in");
  else {
    const org = isUuid(input.organisationId)
      ? await ctx.db.prisma.organisation.findFirst({
          where: { id: input.organisationId, kind: { in: [...RECEIVING_KINDS] } },
          select: { id: true },
        })
      : null;
    if (org) organisationId = org.id;
    else
      errors.push({
        field: "organisationId",
        code: "INVALID_CHOICE",
        message: "Choose one of the areas listed",
      });
  }

  const asker = input.asker ?? null;
  if (!asker) required("asker", "Say who is asking for the review");
  const askerName = readText(errors, "askerName", input.askerName, {
    required: asker !== null && asker !== "SELF",
    max: 200,
  });
  const professional = asker === "PROFESSIONAL";
  const askerRole = professional
    ? readText(errors, "askerRole", input.askerRole, { max: 200 })
    : null;
  const askerOrganisation = professional
    ? readText(errors, "askerOrganisation", input.askerOrganisation, { max: 200 })
    : null;

  const aboutName = readText(errors, "aboutName", input.aboutName, { max: 200 });
  const aboutDateOfBirth = readDate(errors, "aboutDateOfBirth", input.aboutDateOfBirth, ctx);
  if (
    aboutDateOfBirth &&
    compareCalendarDates(aboutDateOfBirth, addMonths(today(ctx), OLDEST_MONTHS)) < 0
  )
    errors.push({
      field: "aboutDateOfBirth",
      code: "DATE_TOO_EARLY",
      message: "The date of birth must be in the last 120 years",
    });
  let aboutNhsNumber: string | null = null;
  const nhsRaw = input.aboutNhsNumber?.trim() ?? "";
  if (nhsRaw) {
    const problem = nhsNumberProblem(nhsRaw);
    if (problem === "FORMAT")
      errors.push({
        field: "aboutNhsNumber",
        code: "NHS_NUMBER_FORMAT",
        message: "An NHS number has 10 digits",
      });
    else if (problem === "CHECK_DIGIT")
      errors.push({
        field: "aboutNhsNumber",
        code: "NHS_NUMBER_CHECK_DIGIT",
        message: "Check the NHS number: one of the digits is not right",
      });
    else aboutNhsNumber = normaliseNhsNumber(nhsRaw);
  }
  const aboutWhereTheyLive = readText(errors, "aboutWhereTheyLive", input.aboutWhereTheyLive, {
    required: false,
    max: 200,
  });

  const worries = [...new Set(input.worries ?? [])];
  if (worries.length === 0) required("worries", "Choose at least one worry");
  const worryDetail = readText(errors, "worryDetail", input.worryDetail, {
    required: worries.includes("OTHER"),
    max: 4000,
  });

  const hospitalStatus = input.hospitalStatus ?? null;
  if (!hospitalStatus) required("hospitalStatus", "Say whether the person is in hospital");

  if (input.consentToShare !== true)
    errors.push({
      field: "consentToShare",
      code: "CONSENT_MISSING",
      message: "We can only look at the request if we may share it with the people who can help",
    });

  let contactEmail: string | null = null;
  if (input.contactEmail?.trim()) {
    const problem = emailError("contactEmail", input.contactEmail);
    if (problem) errors.push(problem);
    else contactEmail = normaliseEmail(input.contactEmail);
  }
  let contactPhone: string | null = null;
  if (input.contactPhone?.trim()) {
    contactPhone = normalisePhone(input.contactPhone);
    if (!contactPhone)
      errors.push({
        field: "contactPhone",
        code: "PHONE_FORMAT",
        message: "Enter a UK phone number, like 07700 900 982 or 0161 496 0000",
      });
  }
  const gaveEmail = Boolean(input.contactEmail?.trim());
  const gavePhone = Boolean(input.contactPhone?.trim());
  if (!gaveEmail && !gavePhone)
    errors.push({
      field: "contactEmail",
      code: "CONTACT_REQUIRED",
      message: "Give an email address or a phone number so someone can contact you",
    });
  let preferredContact: ContactMethod | null = input.preferredContact ?? null;
  if (!preferredContact && gaveEmail !== gavePhone)
    preferredContact = gaveEmail ? "EMAIL" : "PHONE";
  if (!preferredContact && gaveEmail && gavePhone)
    required("preferredContact", "Say how you would like to be contacted");
  if (preferredContact === "EMAIL" && !gaveEmail && gavePhone)
    required("contactEmail", "Enter the email address to contact you on");
  if (preferredContact === "PHONE" && !gavePhone && gaveEmail)
    required("contactPhone", "Enter the phone number to contact you on");
  const communicationNeeds = readText(errors, "communicationNeeds", input.communicationNeeds, {
    required: false,
    max: 2000,
  });

  if (
    errors.length ||
    !organisationId ||
    !asker ||
    !aboutName ||
    !aboutDateOfBirth ||
    !hospitalStatus ||
    !preferredContact
  )
    return { ok: false as const, errors };
  return {
    ok: true as const,
    data: {
      organisationId,
      asker,
      askerName,
      askerRole,
      askerOrganisation,
      aboutName,
      aboutDateOfBirth: asDate(aboutDateOfBirth as CalendarDate),
      aboutNhsNumber,
      aboutWhereTheyLive,
      worries,
      worryDetail,
      hospitalStatus,
      consentToShare: true,
      contactEmail,
      contactPhone,
      preferredContact,
      communicationNeeds,
    },
  };
}

/**
 * Checks the answers, then counts the send against the caller's IP (only
 * sends that would be stored count, so someone correcting mistakes is not
 * locked out), then stores the request and its audit row together.
 */
export async function sendRequestForm(ctx: Context, input: RequestFormInput): Promise<SendResult> {
  const checked = await validateRequestForm(ctx, input);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const limit = await consume(
    ctx.db,
    limitKey(LIMIT_KIND.requestFormIp, ipValue(ctx.ip)),
    RATE_LIMITS.requestFormPerIp,
    ctx.now,
  );
  if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };
  const requestedById = ctx.access.userId;
  for (let attempt = 0; ; attempt++) {
    try {
      const request = await ctx.db.prisma.$transaction(async (tx) => {
        const created = await tx.incomingReviewRequest.create({
          data: { ...checked.data, reference: newReference(), requestedById, receivedAt: ctx.now },
        });
        // Written directly, not through ctx.audit: there is no person on record yet to file it under.
        await tx.auditEvent.create({
          data: {
            at: ctx.now,
            actorKind: requestedById ? "USER" : "SYSTEM",
            actorId: requestedById,
            actorRef: requestedById ? null : "anonymous",
            actingAs: `REQUESTER:${created.asker}`,
            personId: null,
            operation: "sendReviewRequestForm",
            outcome: "ALLOWED",
            targetType: "IncomingReviewRequest",
            targetId: created.id,
            detail: { organisationId: created.organisationId, reference: created.reference },
          },
        });
        return created;
      });
      return {
        ok: true,
        request,
        contactBy: addWorkingDays(today(ctx), FIRST_CONTACT_WORKING_DAYS),
      };
    } catch (error) {
      // 31^8 references: a clash is rare; try a fresh one a few times.
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
}

// ─────────────────────────────── Staff: the waiting list ───────────────────────────────

/** The organisations whose requests the viewer triages: staff only, never partners or families. */
export async function triageOrganisationIds(ctx: Context): Promise<string[]> {
  const memberships = await ctx.access.memberships();
  return [
    ...new Set(
      memberships.filter((m) => TRIAGE_ROLES.includes(m.role)).map((m) => m.organisationId),
    ),
  ];
}

export interface IncomingFilter {
  /**
   * true (the default): only requests waiting for triage, that is not yet
   * matched to a person on the caseload (§14, Figure 9: the care coordinator
   * looks first); false: only triaged ones; null: both.
   */
  waiting?: boolean | null;
  /** Only one of the viewer's triage organisations; null: all of them. */
  organisationId?: string | null;
}

type IncomingKey = [receivedAt: string, id: string];
const isInstant = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v));
const decodeIncomingKey = keyDecoder<IncomingKey>(
  isInstant,
  (v) => typeof v === "string" && isUuid(v),
);

/** The one definition of a list of request forms: the count and the rows both come from it. */
async function incomingWhere(ctx: Context, filter: IncomingFilter) {
  const mine = await triageOrganisationIds(ctx);
  const organisations = filter.organisationId
    ? mine.filter((id) => id === filter.organisationId)
    : mine;
  const where: Prisma.IncomingReviewRequestWhereInput[] = [
    { organisationId: { in: organisations } },
  ];
  if (filter.waiting != null)
    where.push({ reviewRequestId: filter.waiting ? null : { not: null } });
  return where;
}

/** Requests sent to the viewer's organisations, oldest first: the order to look at them in. */
export async function listIncomingRequests(ctx: Context, args: ConnectionArgs & IncomingFilter) {
  const page = pageFromArgs(args, decodeIncomingKey);
  const direction = page.backwards ? "desc" : "asc";
  const beyond = page.backwards ? "lt" : "gt";
  const base = await incomingWhere(ctx, args);
  const rows = await ctx.db.prisma.incomingReviewRequest.findMany({
    where: {
      AND: [
        ...base,
        page.cursor
          ? {
              OR: [
                { receivedAt: { [beyond]: new Date(page.cursor[0]) } },
                { receivedAt: new Date(page.cursor[0]), id: { [beyond]: page.cursor[1] } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ receivedAt: direction }, { id: direction }],
    take: page.take,
  });
  return {
    ...toConnection(rows, page, (r): IncomingKey => [r.receivedAt.toISOString(), r.id]),
    totalCount: async () => ctx.db.prisma.incomingReviewRequest.count({ where: { AND: base } }),
  };
}

/** One request by its reference, if it was sent to one of the viewer's organisations. */
export async function findIncomingRequest(ctx: Context, reference: string) {
  const organisationIds = await triageOrganisationIds(ctx);
  const row = await ctx.db.prisma.incomingReviewRequest.findFirst({
    where: { reference: reference.trim().toUpperCase(), organisationId: { in: organisationIds } },
  });
  if (row && ctx.access.userId)
    await ctx.db.prisma.auditEvent.create({
      data: {
        at: ctx.now,
        actorKind: "USER",
        actorId: ctx.access.userId,
        actingAs: "STAFF",
        personId: null,
        operation: "read",
        outcome: "ALLOWED",
        targetType: "IncomingReviewRequest",
        targetId: row.id,
      },
    });
  return row;
}

/** The type-level backstop: a row is visible only to triage staff of its organisation. */
export async function mayTriage(ctx: Context, row: IncomingReviewRequest): Promise<boolean> {
  return (await triageOrganisationIds(ctx)).includes(row.organisationId);
}
