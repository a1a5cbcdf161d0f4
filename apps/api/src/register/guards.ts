import type { RegisterEntry, ReviewRequest, SettingEvent } from "@cetr/db";
import { defineGuard } from "../schema/guard.js";

/** A register entry, its ratings and risk factors are the REGISTER area (staff and partners only). */
export const RegisterEntryGuard = defineGuard<RegisterEntry>("RegisterEntry", {
  area: "REGISTER",
  personId: (entry) => entry.personId,
  load: (db, ids) => db.prisma.registerEntry.findMany({ where: { id: { in: ids } } }),
});

/** Admissions, transfers and discharges are the SETTING area. */
export const SettingEventGuard = defineGuard<SettingEvent>("SettingEvent", {
  area: "SETTING",
  personId: (event) => event.personId,
  load: (db, ids) => db.prisma.settingEvent.findMany({ where: { id: { in: ids } } }),
});

/** A request for a review is the REQUEST area; it belongs to the review convened in answer, if any. */
export const ReviewRequestGuard = defineGuard<ReviewRequest>("ReviewRequest", {
  area: "REQUEST",
  personId: (request) => request.personId,
  reviewId: (request) => request.reviewId,
  load: (db, ids) => db.prisma.reviewRequest.findMany({ where: { id: { in: ids } } }),
});
