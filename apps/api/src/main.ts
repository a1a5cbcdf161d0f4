import { createServer } from "node:http";
import {
  DatabaseConfigError,
  DatabaseUnavailableError,
  DataDirectoryInUseError,
  MigrationError,
  openDatabase,
  seedDemoData,
} from "@cetr/db";
import { createMailer } from "./email/create-mailer.js";
import { readEnv } from "./env.js";
import { createApp } from "./http/app.js";
import { createJobRunner } from "./jobs/runner.js";
import { taskList } from "./jobs/tasks.js";
import { createLogger } from "./logger.js";
import { scheduleDailyJobs } from "./notifications/tasks.js";
import { schema } from "./schema/index.js";

/**
 * Starts the API. Embedded mode migrates and seeds itself so that one
 * command gives a working service; PostgreSQL mode never changes the schema
 * on its own (migrations are an explicit `pnpm db:migrate`).
 */
const KNOWN_START_ERRORS = [
  DatabaseConfigError,
  DatabaseUnavailableError,
  DataDirectoryInUseError,
  MigrationError,
];

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  // Before the database: a missing SMTP configuration in production stops the start in one line.
  const mailer = createMailer();
  const db = await openDatabase();

  if (db.target.kind === "pglite") {
    const applied = await db.migrate();
    if (applied.length) logger.info({ applied }, "applied migrations to the embedded database");
    if (env.CETR_DEMO_DATA === "true" && (await seedDemoData(db.prisma)).seeded) {
      logger.info("seeded the fictional demo people");
    }
  } else {
    const pending = await db.pending();
    if (pending.length > 0) {
      await db.close();
      throw new MigrationError(
        `The PostgreSQL database at ${db.target.label} has ${pending.length} pending migration(s) (${pending.join(", ")}): run \`pnpm db:migrate\``,
      );
    }
  }

  const { app, apollo } = await createApp({
    db,
    schema,
    logger,
    production: env.NODE_ENV === "production",
    bodyLimit: env.BODY_LIMIT,
    mailer,
    portalUrl: env.PORTAL_URL.replace(/\/$/, ""),
  });
  // Every instance runs jobs (ADR 0026): SKIP LOCKED shares them out.
  const jobs = createJobRunner({
    db,
    tasks: taskList,
    mailer,
    portalUrl: env.PORTAL_URL.replace(/\/$/, ""),
    consoleUrl: env.CONSOLE_URL.replace(/\/$/, ""),
    logger,
  });
  await db.prisma.$transaction((tx) => scheduleDailyJobs(tx, new Date()));
  jobs.start();
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const apiUrl = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${port}/graphql`;
  logger.info({ url: apiUrl, database: db.target.kind }, "API ready");
  // One plain paragraph for the person who ran `pnpm start`, among the JSON logs.
  console.warn(
    [
      "",
      `CETR is running (${db.target.kind === "pglite" ? `embedded database in ${db.target.dataDir}` : `PostgreSQL at ${db.target.label}`}). Open:`,
      `  Family portal   ${env.PORTAL_URL}`,
      `  Staff console   ${env.CONSOLE_URL}`,
      `  GraphQL API     ${apiUrl}`,
      mailer.kind === "outbox"
        ? `Emails (sign-in codes, invitations) are written to ${mailer.outboxDir}, not sent.`
        : "Emails are sent by SMTP.",
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close();
    await apollo.stop();
    await jobs.stop();
    mailer.close();
    // Closing PGlite flushes it to disk; skipping this risks losing the last writes.
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  const configError = error instanceof Error && error.message.startsWith("Email:");
  if (configError || KNOWN_START_ERRORS.some((kind) => error instanceof kind)) {
    console.error(`cetr api: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
