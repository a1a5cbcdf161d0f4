import { describe, expect, it } from "vitest";
import { leavingTaskStatus, personTasks } from "./home";
import type { PlannerDocument, ReviewSummary } from "./planner";
import type { ProfileDocument } from "./profile";

const now = new Date("2026-11-23T10:00:00Z");
const review: ReviewSummary = {
  id: "r1",
  status: "SCHEDULED",
  scheduledOn: "2026-12-02",
  heldOn: null,
};
const answer = (questionKey: string, text = "Yes") => ({
  questionKey,
  answer: text,
  authorId: "u1",
  authorName: "Sarah Morgan",
  writtenAt: "2026-11-20T10:00:00.000Z",
});
const doc = (
  status: "DRAFT" | "SUBMITTED",
  version: number,
  answers: ReturnType<typeof answer>[],
  reviewId: string | null = null,
): ProfileDocument => ({
  id: `d${version}`,
  status,
  version,
  submittedAt: status === "SUBMITTED" ? "2026-11-21T10:00:00.000Z" : null,
  reviewId,
  answers,
  updatedAt: "2026-11-21T10:00:00.000Z",
  photo: null,
});

describe("personTasks", () => {
  it("nothing done, a review ahead: both Not started, the planner first", () => {
    expect(personTasks({ reviews: [review], planners: [], profiles: [] }, now)).toEqual({
      nextReview: "2026-12-02",
      planner: "notStarted",
      profile: "notStarted",
      leaving: null,
      next: "planner",
    });
  });

  it("planner sent: the profile is next; a draft profile is In progress and waits to be sent", () => {
    const planners: PlannerDocument[] = [doc("SUBMITTED", 1, [answer("whoIWantThere")], "r1")];
    expect(personTasks({ reviews: [review], planners, profiles: [] }, now)).toMatchObject({
      planner: "completed",
      profile: "notStarted",
      next: "profileStart",
    });
    const profiles = [doc("DRAFT", 1, [answer("importantToMe")])];
    expect(personTasks({ reviews: [review], planners, profiles }, now)).toMatchObject({
      profile: "inProgress",
      next: "profileSend",
    });
  });

  it("a sent profile whose new draft is still the same counts as Completed", () => {
    const sent = doc("SUBMITTED", 1, [answer("importantToMe")]);
    const profiles = [doc("DRAFT", 2, [answer("importantToMe")]), sent];
    expect(personTasks({ reviews: [], planners: [], profiles }, now)).toMatchObject({
      nextReview: null,
      planner: "notStarted",
      profile: "completed",
      // No review ahead: the planner can wait.
      next: "done",
    });
    const changed = [doc("DRAFT", 2, [answer("importantToMe", "My cat")]), sent];
    expect(personTasks({ reviews: [], planners: [], profiles: changed }, now).profile).toBe(
      "inProgress",
    );
  });

  it("a planner being filled in is In progress", () => {
    const planners = [doc("DRAFT", 1, [answer("progress.people", "inProgress")], "r1")];
    expect(personTasks({ reviews: [review], planners, profiles: [] }, now).planner).toBe(
      "inProgress",
    );
  });
});

describe("the leaving-hospital task", () => {
  const plan = (...steps: string[]) => ({
    steps: steps.map((trackerStatus) => ({ trackerStatus })),
  });

  it("is shown only to people with a discharge plan, from the newest plan", () => {
    expect(personTasks({ reviews: [], planners: [], profiles: [] }, now).leaving).toBeNull();
    const plans = [plan("DONE", "DONE"), plan("LATE")];
    expect(
      personTasks({ reviews: [], planners: [], profiles: [], dischargePlans: plans }, now).leaving,
    ).toBe("completed");
  });

  it("says Late when any step is late, before anything else", () => {
    expect(leavingTaskStatus(plan("DONE", "LATE", "NOT_STARTED"))).toBe("late");
    expect(leavingTaskStatus(plan("DONE", "NOT_NEEDED"))).toBe("completed");
    expect(leavingTaskStatus(plan("DONE", "CANNOT_START_YET"))).toBe("inProgress");
    expect(leavingTaskStatus(plan("NOT_STARTED", "CANNOT_START_YET"))).toBe("notStarted");
  });
});
