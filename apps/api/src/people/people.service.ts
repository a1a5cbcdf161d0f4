import { type Database, isUniqueViolation, type Person } from "@cetr/db";
import { type FieldError, type NewPersonInput, validateNewPerson } from "@cetr/domain";
import { type ConnectionArgs, pageFromArgs, toConnection } from "../schema/pagination.js";

/** Use cases for people. Resolvers call these; these call @cetr/domain and Prisma. */

export type CreatePersonResult =
  | { person: Person; errors: [] }
  | { person: null; errors: FieldError[] };

export async function createPerson(
  db: Database,
  input: NewPersonInput,
  now: Date,
): Promise<CreatePersonResult> {
  const checked = validateNewPerson(input, now);
  if (!checked.ok) return { person: null, errors: checked.errors };
  const { dateOfBirth, ...rest } = checked.value;
  try {
    const person = await db.prisma.person.create({
      data: { ...rest, dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`) },
    });
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads people by id in the order asked; unknown or malformed ids give null, never an error. */
export async function loadPeople(db: Database, ids: readonly string[]): Promise<(Person | null)[]> {
  const valid = ids.filter((id) => UUID.test(id));
  const rows = valid.length
    ? await db.prisma.person.findMany({ where: { id: { in: valid } } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

type PersonKey = [name: string, id: string];

const decodePersonKey = (raw: unknown): PersonKey | null =>
  Array.isArray(raw) &&
  raw.length === 2 &&
  typeof raw[0] === "string" &&
  typeof raw[1] === "string" &&
  UUID.test(raw[1])
    ? [raw[0], raw[1]]
    : null;

/** People in alphabetical order (then by id, so the order is total and cursors are stable). */
export async function listPeople(db: Database, args: ConnectionArgs) {
  const page = pageFromArgs(args, decodePersonKey);
  const direction = page.backwards ? "desc" : "asc";
  const beyond = page.backwards ? "lt" : "gt";
  const rows = await db.prisma.person.findMany({
    where: page.cursor
      ? {
          OR: [
            { name: { [beyond]: page.cursor[0] } },
            { name: page.cursor[0], id: { [beyond]: page.cursor[1] } },
          ],
        }
      : {},
    orderBy: [{ name: direction }, { id: direction }],
    take: page.take,
  });
  return toConnection(rows, page, (row): PersonKey => [row.name, row.id]);
}

export async function countPeople(db: Database): Promise<number> {
  return db.prisma.person.count();
}
