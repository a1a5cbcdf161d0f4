import type { Database, EmergencyProtocolMeeting, PlannerDocument, Prisma } from "@cetr/db";
import { defineGuard } from "../schema/guard.js";

/**
 * Guards for this folder's node types: which area of whose record each row
 * is, and the review it belongs to where panel access is per review.
 */

/** The admission date drives the Appendix 3 clocks, so every plan row carries it. */
export const PLAN_INCLUDE = {
  admissionEvent: { select: { id: true, occurredOn: true } },
} as const satisfies Prisma.DischargePlanInclude;
export type PlanRow = Prisma.DischargePlanGetPayload<{ include: typeof PLAN_INCLUDE }>;

/** Plans by id, unchecked: for the guard, and for finding whose record a plan is. */
export const loadPlans = (db: Database, ids: string[]) =>
  db.prisma.dischargePlan.findMany({ where: { id: { in: ids } }, include: PLAN_INCLUDE });

export const DischargePlanGuard = defineGuard<PlanRow>("DischargePlan", {
  area: "DISCHARGE",
  personId: (plan) => plan.personId,
  load: loadPlans,
});

/** A draft is the family's own until they send it: panel members see submitted versions only. */
export const PlannerDocumentGuard = defineGuard<PlannerDocument>("PlannerDocument", {
  area: (doc) => (doc.status === "SUBMITTED" ? "PLANNER" : "PLANNER_DRAFT"),
  personId: (doc) => doc.personId,
  reviewId: (doc) => doc.reviewId,
  load: (db, ids) => db.prisma.plannerDocument.findMany({ where: { id: { in: ids } } }),
});

export const EmergencyMeetingGuard = defineGuard<EmergencyProtocolMeeting>(
  "EmergencyProtocolMeeting",
  {
    area: "EMERGENCY",
    personId: (meeting) => meeting.personId,
    load: (db, ids) => db.prisma.emergencyProtocolMeeting.findMany({ where: { id: { in: ids } } }),
  },
);

/** The linked review's outcome decides whether the Appendix 6 MoJ clock runs. */
export const MONITORING_INCLUDE = {
  review: { select: { outcome: true } },
} as const satisfies Prisma.RestrictedPatientMonitoringInclude;
export type MonitoringRow = Prisma.RestrictedPatientMonitoringGetPayload<{
  include: typeof MONITORING_INCLUDE;
}>;

export const RestrictedMonitoringGuard = defineGuard<MonitoringRow>("RestrictedPatientMonitoring", {
  area: "RESTRICTED",
  personId: (row) => row.personId,
  reviewId: (row) => row.reviewId,
  load: (db, ids) =>
    db.prisma.restrictedPatientMonitoring.findMany({
      where: { id: { in: ids } },
      include: MONITORING_INCLUDE,
    }),
});
