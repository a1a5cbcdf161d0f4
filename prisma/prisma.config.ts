import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrationAdapterFactory } from "@cetr/db/cli";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

// The Prisma CLI runs on its WASM schema engine through a driver adapter, so
// `migrate dev` / `migrate deploy` need no downloaded binary. The adapter is
// PGlite (under .data/pglite, or CETR_DATA_DIR) unless DATABASE_URL is set.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  adapter: migrationAdapterFactory,
});
