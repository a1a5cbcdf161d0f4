import { Prisma } from "./generated/prisma/client.js";

/**
 * True when a write failed on a unique index. Prisma reports P2002 through
 * @prisma/adapter-pg; pglite-prisma-adapter 0.6 passes PostgreSQL's own
 * SQLSTATE (23505) through instead, so check both.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause;
  return cause?.code === "23505" || cause?.originalCode === "23505";
}
