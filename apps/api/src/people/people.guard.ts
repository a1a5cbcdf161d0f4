import type { Person } from "@cetr/db";
import { defineGuard } from "../schema/guard.js";

/** A person's profile is the PROFILE area of their own record. */
export const PersonGuard = defineGuard<Person>("Person", {
  area: "PROFILE",
  personId: (person) => person.id,
  load: (db, ids) => db.prisma.person.findMany({ where: { id: { in: ids } } }),
});
