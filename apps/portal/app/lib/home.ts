import { londonDate, nextReviewDate } from "./dates";
import {
  type PlannerDocument,
  plannerState,
  type ReviewSummary,
  type SectionStatus,
  upcomingReview,
} from "./planner";
import { type ProfileDocument, profileState, profileStatus } from "./profile";

/**
 * The home page's task list for one young person: how far the planner and the
 * one-page profile are, and the one thing to do next. Pure, so it is tested
 * without a server.
 */

export type NextStep = "planner" | "profileStart" | "profileSend" | "done";

/** The leaving-hospital task: a section status, or "late" when any step is (red, the one problem). */
export type LeavingTaskStatus = SectionStatus | "late";

export interface PersonTasks {
  nextReview: string | null;
  planner: SectionStatus;
  profile: SectionStatus;
  /** Null when the person has no discharge plan: the task is shown only to those who have one. */
  leaving: LeavingTaskStatus | null;
  next: NextStep;
}

/** One word for a whole discharge plan, from its steps' tracker statuses. */
export function leavingTaskStatus(
  plan: { steps: readonly { trackerStatus: string }[] } | undefined,
): LeavingTaskStatus | null {
  if (!plan) return null;
  const steps = plan.steps.map((s) => s.trackerStatus);
  if (steps.includes("LATE")) return "late";
  if (steps.every((s) => s === "DONE" || s === "NOT_NEEDED")) return "completed";
  if (steps.some((s) => s === "DONE" || s === "IN_PROGRESS")) return "inProgress";
  return "notStarted";
}

const PLANNER_STATUS = { new: "notStarted", editing: "inProgress", sent: "completed" } as const;

export function personTasks(
  person: {
    reviews: readonly ReviewSummary[];
    planners: readonly PlannerDocument[];
    profiles: readonly ProfileDocument[];
    /** Newest first, as the API lists them. */
    dischargePlans?: readonly { steps: readonly { trackerStatus: string }[] }[];
  },
  now = new Date(),
): PersonTasks {
  const upcoming = upcomingReview(person.reviews, londonDate(now));
  const planner = PLANNER_STATUS[plannerState(person.planners, upcoming?.id ?? null).mode];
  const profile = profileStatus(profileState(person.profiles).mode);
  // The planner first while a review is ahead and it is not sent: it is what the panel reads first.
  const next: NextStep =
    upcoming && planner !== "completed"
      ? "planner"
      : profile === "notStarted"
        ? "profileStart"
        : profile === "inProgress"
          ? "profileSend"
          : "done";
  return {
    nextReview: nextReviewDate(person.reviews, now),
    planner,
    profile,
    leaving: leavingTaskStatus(person.dischargePlans?.[0]),
    next,
  };
}
