import type { Person } from "@cetr/db";
import { defineGuard } from "../schema/guard.js";
import { rowsWhereIn } from "../schema/rows.js";

/** A person's profile is the PROFILE area of their own record. */
export const PersonGuard = defineGuard<Person>("Person", {
  area: "PROFILE",
  personId: (person) => person.id,
  load: (db, ids) => rowsWhereIn<Person>(db, "Person", "id", ids),
});
