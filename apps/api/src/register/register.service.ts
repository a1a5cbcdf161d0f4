import type { Prisma, RegisterEntry } from "@cetr/db";
import {
  addRating,
  type CalendarDate,
  checkMinimumDataset,
  compareCalendarDates,
  type FieldError,
  MINIMUM_DATASET,
  type Rating,
  type RatingEntry,
  type RiskFactorId,
} from "@cetr/domain";
import { STAFF_WRITE } from "../access/areas.js";
import type { Context } from "../context.js";
import { loadOrganisations } from "../organisations/organisations.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { isUuid } from "../schema/guard.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { accessError, actingAsOf, asDate, readDate, readText, today, ymd } from "./common.js";
import { RegisterEntryGuard } from "./guards.js";
import { datasetOf } from "./register.node.js";

/** Use cases for the register (Appendix 2, Figure 11, DSR 2023 ratings). */

export type EntryResult = { entry: RegisterEntry | null; errors: FieldError[] };
const refused = (errors: FieldError[]): EntryResult => ({ entry: null, errors });

/** Severity order: the database enum is declared RED, AMBER, GREEN, BLUE, and sorts that way. */
const RATINGS: readonly Rating[] = ["RED", "AMBER", "GREEN", "BLUE"];

const DATASET_FIELDS = new Set<string>(MINIMUM_DATASET.map((d) => d.field));

/**
 * Checks minimum dataset values against Figure 11's field names (@cetr/domain
 * MINIMUM_DATASET): an unknown key is a field error, and each value must be a
 * string, a yes/no, a number, or null (to clear it).
 */
export function readDataset(
  errors: FieldError[],
  field: string,
  value: unknown,
): Record<string, string | boolean | number | null> | null {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    errors.push({
      field,
      code: "INVALID_CHOICE",
      message: "The minimum dataset is an object keyed by Figure 11 field names",
    });
    return null;
  }
  const out: Record<string, string | boolean | number | null> = {};
  let ok = true;
  for (const [key, v] of Object.entries(value)) {
    if (!DATASET_FIELDS.has(key)) {
      ok = false;
      errors.push({
        field: `${field}.${key}`,
        code: "INVALID_CHOICE",
        message: `"${key}" is not a minimum dataset field (Figure 11)`,
      });
    } else if (v !== null && !["string", "boolean", "number"].includes(typeof v)) {
      ok = false;
      errors.push({
        field: `${field}.${key}`,
        code: "INVALID_CHOICE",
        message: "Answer with text, yes/no, a number, or null to clear it",
      });
    } else {
      out[key] = typeof v === "string" ? v.trim() : (v as boolean | number | null);
    }
  }
  return ok ? out : null;
}

interface FactorInput {
  factor: RiskFactorId;
  notes?: string | null;
}

function readFactors(errors: FieldError[], field: string, factors: readonly FactorInput[]) {
  const seen = new Set<string>();
  const out: { factor: RiskFactorId; notes: string | null }[] = [];
  factors.forEach((f, i) => {
    if (seen.has(f.factor)) {
      errors.push({
        field: `${field}.${i}.factor`,
        code: "ALREADY_EXISTS",
        message: "This risk factor is listed twice",
      });
      return;
    }
    seen.add(f.factor);
    out.push({
      factor: f.factor,
      notes: readText(errors, `${field}.${i}.notes`, f.notes, { required: false }),
    });
  });
  return out;
}

/** The rating history as @cetr/domain sees it (oldest first). */
async function historyOf(ctx: Context, entryId: string): Promise<RatingEntry[]> {
  const rows = await ctx.db.prisma.registerRatingChange.findMany({
    where: { registerEntryId: entryId },
    orderBy: [{ ratedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({
    rating: r.rating,
    date: ymd(r.ratedOn),
    reason: r.reason,
    decidedBy: r.ratedById ?? "partner",
  }));
}

/** The domain names fields after its own words; the input uses the mutation's. */
const renameField = (errors: FieldError[], names: Record<string, string>) =>
  errors.map((e) => ({ ...e, field: names[e.field] ?? e.field }));

/** May the viewer keep a register for this organisation (a member whose role changes the register, or a bound partner)? */
async function registerOrganisationError(
  ctx: Context,
  organisationId: string,
): Promise<FieldError | null> {
  const [org] = await loadOrganisations(ctx, [organisationId]);
  if (!org) return accessError("organisationId", "NOT_FOUND");
  const allowed =
    ctx.viewer.kind === "partner"
      ? ctx.viewer.scopes.has("register:write") && ctx.viewer.organisationIds.includes(org.id)
      : (await ctx.access.memberships()).some(
          (m) => m.organisationId === org.id && STAFF_WRITE[m.role]?.has("REGISTER"),
        );
  return allowed
    ? null
    : {
        field: "organisationId",
        code: "FORBIDDEN",
        message: "You can only add people to the register of an organisation you work for",
      };
}

export interface AddToRegisterInput {
  personId: string;
  organisationId: string;
  rating: Rating;
  consentBasis: RegisterEntry["consentBasis"];
  addedOn: string;
  reason: string;
  nextReviewOn?: string | null;
  riskFactors?: readonly FactorInput[] | null;
  minimumDataset?: unknown;
}

/**
 * The domain's rating rules (a reason, history in order) as field errors on
 * `errors`; `dateField` and `who` name the input fields the domain's `date`
 * and `decidedBy` stand for.
 */
function checkRating(
  ctx: Context,
  errors: FieldError[],
  history: readonly RatingEntry[],
  input: { rating: Rating; reason: string },
  fields: { dateField: string; date: CalendarDate | null; who: string },
) {
  const rated = addRating(history, {
    rating: input.rating,
    date: fields.date ?? "",
    reason: input.reason,
    decidedBy: actingAsOf(ctx),
  });
  // Without a readable date the domain's date reasons repeat ours: keep the others (reason, order).
  if (!rated.ok)
    errors.push(
      ...renameField(
        rated.reasons
          .filter((r) => fields.date || r.field !== "date")
          .map((r) => ({ field: r.field ?? "rating", code: r.code, message: r.message })),
        { date: fields.dateField, decidedBy: fields.who },
      ),
    );
  return rated;
}

export async function addToRegister(ctx: Context, input: AddToRegisterInput): Promise<EntryResult> {
  const person = await PersonGuard.loadWritable(ctx, input.personId, "addToRegister", "REGISTER");
  if (!person.row) return refused([accessError("personId", person.code)]);
  const errors: FieldError[] = [];
  const orgError = await registerOrganisationError(ctx, input.organisationId);
  if (orgError) errors.push(orgError);
  const addedOn = readDate(errors, "addedOn", input.addedOn, ctx);
  const nextReviewOn = readDate(errors, "nextReviewOn", input.nextReviewOn, ctx, {
    required: false,
    notFuture: false,
  });
  const factors = readFactors(errors, "riskFactors", input.riskFactors ?? []);
  const dataset = readDataset(errors, "minimumDataset", input.minimumDataset);
  const rated = checkRating(ctx, errors, [], input, {
    dateField: "addedOn",
    date: addedOn,
    who: "personId",
  });
  if (addedOn && compareCalendarDates(addedOn, ymd(person.row.dateOfBirth)) < 0)
    errors.push({
      field: "addedOn",
      code: "EVENT_BEFORE_BIRTH",
      message: "The date is before the person's date of birth",
    });
  if (!orgError) {
    const current = await ctx.db.prisma.registerEntry.findFirst({
      where: { personId: person.row.id, organisationId: input.organisationId, removedOn: null },
      select: { id: true },
    });
    if (current)
      errors.push({
        field: "personId",
        code: "ALREADY_EXISTS",
        message: "The person is already on this organisation's register",
      });
  }
  if (errors.length || !addedOn || !dataset || !rated.ok) return refused(errors);
  const reason = input.reason.trim();
  const userId = ctx.access.userId;
  const entry = await ctx.db.prisma.$transaction(async (tx) => {
    const created = await tx.registerEntry.create({
      data: {
        personId: person.row.id,
        organisationId: input.organisationId,
        rating: input.rating,
        consentBasis: input.consentBasis,
        addedOn: asDate(addedOn),
        nextReviewOn: nextReviewOn ? asDate(nextReviewOn) : null,
        minimumDataset: stripNulls(dataset),
      },
    });
    await tx.registerRatingChange.create({
      data: {
        registerEntryId: created.id,
        rating: input.rating,
        ratedOn: asDate(addedOn),
        reason,
        ratedById: userId,
      },
    });
    if (factors.length)
      await tx.registerRiskFactor.createMany({
        data: factors.map((f) => ({
          registerEntryId: created.id,
          factor: f.factor,
          notes: f.notes,
          recordedOn: asDate(addedOn),
        })),
      });
    return created;
  });
  auditChange(ctx, entry, "addToRegister");
  return { entry, errors: [] };
}

const stripNulls = (values: Record<string, unknown>): Prisma.InputJsonObject =>
  Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null),
  ) as Prisma.InputJsonObject;

/** The change itself (who, what): loadWritable has already recorded that it was allowed. */
function auditChange(ctx: Context, entry: RegisterEntry, operation: string) {
  ctx.audit.changed(
    { personId: entry.personId, type: "RegisterEntry", id: entry.id },
    operation,
    ctx.viewer.kind === "partner" ? "PARTNER" : "STAFF",
  );
}

async function writableEntry(
  ctx: Context,
  entryId: string,
  operation: string,
): Promise<{ error: FieldError } | { entry: RegisterEntry }> {
  const found = await RegisterEntryGuard.loadWritable(ctx, entryId, operation);
  if (!found.row) return { error: accessError("entryId", found.code) };
  return { entry: found.row };
}

const removedError = (entry: RegisterEntry): FieldError | null =>
  entry.removedOn
    ? {
        field: "entryId",
        code: "TRANSITION_NOT_ALLOWED",
        message: `The person was removed from the register on ${ymd(entry.removedOn)}`,
      }
    : null;

export async function rateRegisterEntry(
  ctx: Context,
  input: {
    entryId: string;
    rating: Rating;
    ratedOn: string;
    reason: string;
    nextReviewOn?: string | null;
  },
): Promise<EntryResult> {
  const found = await writableEntry(ctx, input.entryId, "rateRegisterEntry");
  if ("error" in found) return refused([found.error]);
  const { entry } = found;
  const removed = removedError(entry);
  if (removed) return refused([removed]);
  const errors: FieldError[] = [];
  const ratedOn = readDate(errors, "ratedOn", input.ratedOn, ctx);
  const nextReviewOn = readDate(errors, "nextReviewOn", input.nextReviewOn, ctx, {
    required: false,
    notFuture: false,
  });
  if (ratedOn && compareCalendarDates(ratedOn, ymd(entry.addedOn)) < 0)
    errors.push({
      field: "ratedOn",
      code: "RATING_HISTORY_OUT_OF_ORDER",
      message: `The rating is dated before the person joined the register (${ymd(entry.addedOn)})`,
    });
  const rated = checkRating(ctx, errors, await historyOf(ctx, entry.id), input, {
    dateField: "ratedOn",
    date: ratedOn,
    who: "entryId",
  });
  if (errors.length || !ratedOn || !rated.ok) return refused(dedupe(errors));
  const updated = await ctx.db.prisma.$transaction(async (tx) => {
    await tx.registerRatingChange.create({
      data: {
        registerEntryId: entry.id,
        rating: input.rating,
        ratedOn: asDate(ratedOn),
        reason: input.reason.trim(),
        ratedById: ctx.access.userId,
      },
    });
    // The entry's rating is the latest in its history (addRating refuses anything older).
    return tx.registerEntry.update({
      where: { id: entry.id },
      data: {
        rating: input.rating,
        ...(nextReviewOn ? { nextReviewOn: asDate(nextReviewOn) } : {}),
      },
    });
  });
  return { entry: updated, errors: [] };
}

const dedupe = (errors: FieldError[]) =>
  errors.filter((e, i) => errors.findIndex((x) => x.field === e.field && x.code === e.code) === i);

export async function setRegisterRiskFactors(
  ctx: Context,
  input: { entryId: string; factors: readonly FactorInput[] },
): Promise<EntryResult> {
  const found = await writableEntry(ctx, input.entryId, "setRegisterRiskFactors");
  if ("error" in found) return refused([found.error]);
  const { entry } = found;
  const removed = removedError(entry);
  if (removed) return refused([removed]);
  const errors: FieldError[] = [];
  const factors = readFactors(errors, "factors", input.factors);
  if (errors.length) return refused(errors);
  const recordedOn = asDate(today(ctx));
  await ctx.db.prisma.$transaction(async (tx) => {
    await tx.registerRiskFactor.deleteMany({
      where: { registerEntryId: entry.id, factor: { notIn: factors.map((f) => f.factor) } },
    });
    // A factor already recorded keeps its date; its notes may change.
    for (const f of factors)
      await tx.registerRiskFactor.upsert({
        where: { registerEntryId_factor: { registerEntryId: entry.id, factor: f.factor } },
        create: { registerEntryId: entry.id, factor: f.factor, notes: f.notes, recordedOn },
        update: { notes: f.notes },
      });
    await tx.registerEntry.update({ where: { id: entry.id }, data: { updatedAt: new Date() } });
  });
  return { entry, errors: [] };
}

/**
 * Merges answers into the minimum dataset: the keys given replace their
 * answers, null clears one, the rest are left as they were.
 */
export async function updateMinimumDataset(
  ctx: Context,
  input: { entryId: string; values: unknown },
): Promise<EntryResult> {
  const found = await writableEntry(ctx, input.entryId, "updateMinimumDataset");
  if ("error" in found) return refused([found.error]);
  const { entry } = found;
  const removed = removedError(entry);
  if (removed) return refused([removed]);
  const errors: FieldError[] = [];
  const values = readDataset(errors, "values", input.values);
  if (!values) return refused(errors);
  const merged = stripNulls({ ...datasetOf(entry), ...values });
  const updated = await ctx.db.prisma.registerEntry.update({
    where: { id: entry.id },
    data: { minimumDataset: merged },
  });
  return { entry: updated, errors: [] };
}

export async function removeFromRegister(
  ctx: Context,
  input: { entryId: string; removedOn: string; reason: string },
): Promise<EntryResult> {
  const found = await writableEntry(ctx, input.entryId, "removeFromRegister");
  if ("error" in found) return refused([found.error]);
  const { entry } = found;
  const removed = removedError(entry);
  if (removed) return refused([removed]);
  const errors: FieldError[] = [];
  const removedOn = readDate(errors, "removedOn", input.removedOn, ctx);
  const reason = readText(errors, "reason", input.reason);
  if (removedOn && compareCalendarDates(removedOn, ymd(entry.addedOn)) < 0)
    errors.push({
      field: "removedOn",
      code: "DATE_INVALID",
      message: `The person joined the register on ${ymd(entry.addedOn)}: removal cannot be earlier`,
    });
  if (errors.length || !removedOn || !reason) return refused(errors);
  const updated = await ctx.db.prisma.registerEntry.update({
    where: { id: entry.id },
    data: { removedOn: asDate(removedOn), removedReason: reason },
  });
  return { entry: updated, errors: [] };
}

// ─────────────────────────────── The list ───────────────────────────────

export interface RegisterFilter {
  rating?: readonly Rating[] | null;
  organisationId?: string | null;
  missingData?: boolean | null;
  includeRemoved?: boolean | null;
  /** Least severe first (BLUE, GREEN, AMBER, RED), names Z to A. */
  descending?: boolean | null;
}

type EntryKey = [rating: Rating, name: string, id: string];

const decodeEntryKey = keyDecoder<EntryKey>(
  (v) => (RATINGS as readonly unknown[]).includes(v),
  cursorPart.text,
  cursorPart.uuid,
);

async function registerWhere(ctx: Context, filter: RegisterFilter) {
  const where: Prisma.RegisterEntryWhereInput[] = [
    { person: await ctx.access.peopleWhere("REGISTER") },
  ];
  if (filter.rating?.length) where.push({ rating: { in: [...filter.rating] } });
  if (filter.organisationId != null)
    where.push({ organisationId: isUuid(filter.organisationId) ? filter.organisationId : "" });
  if (!filter.includeRemoved) where.push({ removedOn: null });
  return where;
}

const hasMissingData = (entry: RegisterEntry) => !checkMinimumDataset(datasetOf(entry)).complete;

/**
 * Register entries, most severe rating first (RED, AMBER, GREEN, BLUE) and
 * then by the person's name: the order a register meeting works through.
 * `missingData` is Figure 11 completeness from @cetr/domain, so it is applied
 * after fetching, a batch at a time, until the page is full.
 */
export async function listRegisterEntries(ctx: Context, args: ConnectionArgs & RegisterFilter) {
  const page = pageFromArgs(args, decodeEntryKey);
  // Reading backwards through a descending list is reading forwards through an ascending one.
  const reversed = page.backwards !== Boolean(args.descending);
  const direction = reversed ? "desc" : "asc";
  const beyond = reversed ? "lt" : "gt";
  const base = await registerWhere(ctx, args);
  const after = (key: EntryKey): Prisma.RegisterEntryWhereInput => {
    const at = RATINGS.indexOf(key[0]);
    const later = reversed ? RATINGS.slice(0, at) : RATINGS.slice(at + 1);
    return {
      OR: [
        { rating: { in: [...later] } },
        { rating: key[0], person: { name: { [beyond]: key[1] } } },
        { rating: key[0], person: { name: key[1] }, id: { [beyond]: key[2] } },
      ],
    };
  };
  const keyOf = (row: RegisterEntry & { person: { name: string } }): EntryKey => [
    row.rating,
    row.person.name,
    row.id,
  ];
  const collected: (RegisterEntry & { person: { name: string } })[] = [];
  let cursor = page.cursor;
  for (;;) {
    const batch = await ctx.db.prisma.registerEntry.findMany({
      where: { AND: [...base, cursor ? after(cursor) : {}] },
      include: { person: { select: { name: true } } },
      orderBy: [{ rating: direction }, { person: { name: direction } }, { id: direction }],
      take: page.take,
    });
    const wanted =
      args.missingData == null
        ? batch
        : batch.filter((row) => hasMissingData(row) === args.missingData);
    collected.push(...((await RegisterEntryGuard.readable(ctx, wanted)) as typeof wanted));
    const last = batch.at(-1);
    if (collected.length >= page.take || batch.length < page.take || !last) break;
    cursor = keyOf(last);
  }
  return {
    ...toConnection(collected.slice(0, page.take), page, keyOf),
    totalCount: () => countRegisterEntries(ctx, args),
  };
}

async function countRegisterEntries(ctx: Context, filter: RegisterFilter): Promise<number> {
  const where = { AND: await registerWhere(ctx, filter) };
  if (filter.missingData == null) return ctx.db.prisma.registerEntry.count({ where });
  const rows = await ctx.db.prisma.registerEntry.findMany({
    where,
    select: { minimumDataset: true },
  });
  return rows.filter((r) => hasMissingData(r as RegisterEntry) === filter.missingData).length;
}
