import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so it works from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

export const defaultDataDir = path.join(repoRoot, ".data", "pglite");
