import { isUniqueViolation, type Person } from "@cetr/db";
import { type FieldError, type NewPersonInput, validateNewPerson } from "@cetr/domain";
import { BASIS_SQL, type Basis, VIEWER_CTE } from "../access/access.js";
import { STAFF_WRITE } from "../access/areas.js";
import type { Context } from "../context.js";
import {
  type ConnectionArgs,
  cursorPart,
  keyDecoder,
  pageFromArgs,
  toConnection,
} from "../schema/pagination.js";
import { PersonGuard } from "./people.guard.js";

/** Use cases for people. Resolvers call these; these call @cetr/domain, Prisma and access. */

export type CreatePersonResult =
  | { person: Person; errors: [] }
  | { person: null; errors: FieldError[] };

const CASELOAD_FOR_KIND = {
  ICB: "RESPONSIBLE_COMMISSIONER",
  LOCAL_AUTHORITY: "LOCAL_AUTHORITY",
  PROVIDER: "PROVIDER",
  SCHOOL: "EDUCATION",
} as const;

/**
 * Which organisation's caseload a new person joins: one the viewer may add
 * people for. Null with an error when there is none, or more than one and
 * the input did not say which.
 */
async function caseloadOrganisation(
  ctx: Context,
  requested: string | null,
): Promise<{ id: string } | { error: FieldError }> {
  let allowed: string[] = [];
  if (ctx.viewer.kind === "partner") {
    allowed = ctx.viewer.scopes.has("people:write") ? [...ctx.viewer.organisationIds] : [];
  } else {
    allowed = (await ctx.access.memberships())
      .filter((m) => STAFF_WRITE[m.role]?.has("PROFILE"))
      .map((m) => m.organisationId);
  }
  allowed = [...new Set(allowed)];
  if (allowed.length === 0) {
    return {
      error: {
        field: "organisationId",
        code: "FORBIDDEN",
        message: "You cannot add people: you are not a member of staff who can change profiles",
      },
    };
  }
  if (requested) {
    return allowed.includes(requested)
      ? { id: requested }
      : {
          error: {
            field: "organisationId",
            code: "NOT_FOUND",
            message: "You cannot add people to that organisation's caseload",
          },
        };
  }
  if (allowed.length > 1 || !allowed[0]) {
    return {
      error: {
        field: "organisationId",
        code: "REQUIRED",
        message: "Choose which of your organisations will hold this person on its caseload",
      },
    };
  }
  return { id: allowed[0] };
}

export async function createPerson(
  ctx: Context,
  input: NewPersonInput & { organisationId: string | null },
): Promise<CreatePersonResult> {
  const { organisationId, ...details } = input;
  const organisation = await caseloadOrganisation(ctx, organisationId);
  const checked = validateNewPerson(details, ctx.now);
  const errors = [
    ...("error" in organisation ? [organisation.error] : []),
    ...(checked.ok ? [] : checked.errors),
  ];
  if (!checked.ok || "error" in organisation) return { person: null, errors };
  const { dateOfBirth, ...rest } = checked.value;
  try {
    const person = await ctx.db.prisma.$transaction(async (tx) => {
      const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
      const created = await tx.person.create({
        data: { ...rest, dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`) },
      });
      await tx.caseloadAssignment.create({
        data: {
          personId: created.id,
          organisationId: org.id,
          responsibility: CASELOAD_FOR_KIND[org.kind],
          startedOn: new Date(`${ctx.now.toISOString().slice(0, 10)}T00:00:00Z`),
        },
      });
      return created;
    });
    ctx.audit.changed(
      { personId: person.id, type: "Person", id: person.id },
      "createPerson",
      ctx.viewer.kind === "partner" ? "PARTNER" : "STAFF",
    );
    return { person, errors: [] };
  } catch (error) {
    // The unique index, not a prior lookup, decides: two requests may race.
    if (isUniqueViolation(error)) {
      return {
        person: null,
        errors: [
          {
            field: "nhsNumber",
            code: "NHS_NUMBER_TAKEN",
            message:
              "Another person already has this NHS number: check it, or find them in the list",
          },
        ],
      };
    }
    throw error;
  }
}

type PersonKey = [name: string, id: string];

const decodePersonKey = keyDecoder<PersonKey>(cursorPart.text, cursorPart.uuid);

/** A person row read with the viewer's basis for them (BASIS_SQL), for Access.primeGrants. */
type PersonWithBasis = Person & { basis?: Basis; total?: number };

/**
 * Person rows without the extra columns a list read with them, after priming
 * the viewer's grants from their basis: checking the list then costs no statement.
 */
export async function primedPeople(ctx: Context, rows: PersonWithBasis[]): Promise<Person[]> {
  const people: Person[] = [];
  const bases: (Basis & { id: string })[] = [];
  for (const { basis, total: _total, ...person } of rows) {
    people.push(person);
    if (basis) bases.push({ ...basis, id: person.id });
  }
  await ctx.access.primeGrants(bases);
  return people;
}

/**
 * The people the viewer may see, alphabetically (then by id, so cursors are
 * stable). One statement (ADR 0017): the page, each person's basis (user
 * viewers), and the total when `withTotal` (the query asked for totalCount).
 */
export async function listPeople(ctx: Context, args: ConnectionArgs, withTotal = false) {
  const page = pageFromArgs(args, decodePersonKey);
  const order = page.backwards ? "DESC" : "ASC";
  const visible = await ctx.access.visiblePeopleSql("PROFILE");
  const withBasis = ctx.viewer.kind === "user";
  const rows = await ctx.db.query<PersonWithBasis>(
    `WITH ${VIEWER_CTE} SELECT p.*
       ${withBasis ? `, ${BASIS_SQL} AS basis` : ""}
       ${withTotal ? `, (SELECT count(*)::int FROM "Person" p WHERE ${visible.where}) AS total` : ""}
     FROM "Person" p, viewer v WHERE ${visible.where}
     ${page.cursor ? `AND (p.name, p.id) ${page.backwards ? "<" : ">"} ($5::text, $6::uuid)` : ""}
     ORDER BY p.name ${order}, p.id ${order} LIMIT $4::int`,
    [...visible.params, page.take, ...(page.cursor ?? [])],
  );
  const totalCount = rows[0]?.total;
  const readable = await PersonGuard.readable(ctx, await primedPeople(ctx, rows));
  return {
    ...toConnection(readable, page, (row): PersonKey => [row.name, row.id]),
    // Absent when not asked for, or when the page is empty: countPeople then answers.
    totalCount,
  };
}

export async function countPeople(ctx: Context): Promise<number> {
  const visible = await ctx.access.visiblePeopleSql("PROFILE");
  const [row] = await ctx.db.query<{ count: number }>(
    `WITH ${VIEWER_CTE} SELECT count(*)::int AS count FROM "Person" p, viewer v WHERE ${visible.where}`,
    visible.params,
  );
  return row?.count ?? 0;
}
