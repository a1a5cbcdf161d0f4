export { type Database, type OpenDatabaseOptions, openDatabase } from "./client.js";
export {
  DatabaseConfigError,
  type DatabaseTarget,
  describePostgresUrl,
  resolveDatabaseTarget,
} from "./config.js";
export { DatabaseUnavailableError } from "./errors.js";
export type { Person } from "./generated/prisma/client.js";
export { Prisma, PrismaClient } from "./generated/prisma/client.js";
export { applyMigrations, MigrationError, pendingMigrations, readMigrations } from "./migrate.js";
export { DataDirectoryInUseError } from "./pglite-lock.js";
export { DEMO_PEOPLE_COUNT, seedDemoData } from "./seed.js";
export { isUniqueViolation } from "./unique.js";
