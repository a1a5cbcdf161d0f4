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

export interface PersonTasks {
  nextReview: string | null;
  planner: SectionStatus;
  profile: SectionStatus;
  next: NextStep;
}

const PLANNER_STATUS = { new: "notStarted", editing: "inProgress", sent: "completed" } as const;

export function personTasks(
  person: {
    reviews: readonly ReviewSummary[];
    planners: readonly PlannerDocument[];
    profiles: readonly ProfileDocument[];
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
  return { nextReview: nextReviewDate(person.reviews, now), planner, profile, next };
}
