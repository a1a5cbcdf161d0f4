import { openDatabase } from "./client.js";
import { seedDemoData } from "./seed.js";

// `pnpm db:seed`: seeds the fictional demo people into an empty, migrated database.
const db = await openDatabase();
try {
  const pending = await db.pending();
  if (pending.length > 0) {
    console.error(
      `The database has ${pending.length} pending migration(s): run \`pnpm db:migrate\` first`,
    );
    process.exitCode = 1;
  } else {
    const { seeded } = await seedDemoData(db.prisma);
    console.warn(
      seeded
        ? "Seeded the fictional demo people."
        : "The database already has people: nothing seeded.",
    );
  }
} finally {
  await db.close();
}
