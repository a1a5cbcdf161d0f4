import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./schema/index.js";

/**
 * Prints the schema to packages/graphql/schema.graphql, which is committed:
 * the apps type-check against it. With --check, fails if the file is stale.
 */
const target = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../packages/graphql/schema.graphql",
);
const printed = `${printSchema(schema)}\n`;

if (process.argv.includes("--check")) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (committed !== printed) {
    console.error(
      "packages/graphql/schema.graphql is stale: run `pnpm generate` and commit the result",
    );
    process.exit(1);
  }
} else if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== printed) {
  fs.writeFileSync(target, printed);
}
