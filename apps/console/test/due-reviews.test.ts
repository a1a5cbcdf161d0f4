import { describe, expect, it } from "vitest";
import {
  bookedReviewFor,
  type DueLike,
  planKindFor,
  planningHint,
  reviewDueLine,
  undatedDueWords,
} from "../app/lib/due-reviews";

/** Due reviews in the dashboard's, the person page's and the review page's words. */

const onRequest: DueLike = {
  kind: "REVIEW_ON_REQUEST",
  dueOn: null,
  dueCondition: "AS_AGREED_LOCALLY",
  overdue: false,
  rule: "REQUEST",
  section: "§14; §25; Figure 9",
  request: { review: { id: "community-1", status: "PLANNED" } },
};
const beforeAdmission: DueLike = {
  kind: "COMMUNITY_REVIEW",
  dueOn: null,
  dueCondition: "BEFORE_ADMISSION",
  rule: "COMMUNITY_BEFORE_ADMISSION",
  section: "§10",
};
const postAdmission: DueLike = {
  kind: "POST_ADMISSION_REVIEW",
  dueOn: "2026-12-01",
  dueCondition: "BY_DATE",
  overdue: true,
  rule: "POST_ADMISSION_CHILD",
  section: "§11; §27",
};

describe("when a review is due, in words", () => {
  it.each([
    ["AS_AGREED_LOCALLY", "Now, by the date the local policy sets"],
    ["BEFORE_ADMISSION", "Before they go into hospital"],
    ["BEFORE_TRANSFER", "Before they move hospital"],
  ])("%s: %s", (condition, words) => {
    expect(undatedDueWords(condition)).toBe(words);
  });

  it("says a review someone asked for is due now, by the local policy's date, with its §", () => {
    expect(planningHint(onRequest)).toBe(
      "Due now because someone asked for a review and the commissioner agreed, by the date the local policy sets (§14; §25; Figure 9).",
    );
    expect(planningHint(beforeAdmission)).toBe("Due before anyone goes into hospital (§10).");
    expect(planningHint(postAdmission)).toBe(
      "Overdue: was due 1 December 2026: after a child goes into hospital (§11; §27).",
    );
  });
});

describe("the review booked to meet a due review", () => {
  const reviews = [
    { id: "community-1", kind: "COMMUNITY", status: "PLANNED" },
    { id: "held-1", kind: "ON_REQUEST", status: "HELD" },
    { id: "post-1", kind: "POST_ADMISSION", status: "SCHEDULED" },
  ];

  it("is the review convened in answer to the request, whatever its kind (§14)", () => {
    expect(bookedReviewFor(onRequest, reviews)).toEqual({ id: "community-1", status: "PLANNED" });
  });

  it("is none once the review convened in answer is held, unless another of its kind is booked", () => {
    const held = { ...onRequest, request: { review: { id: "held-1", status: "HELD" } } };
    expect(bookedReviewFor(held, reviews)).toBeNull();
    expect(
      bookedReviewFor(held, [...reviews, { id: "asked-2", kind: "ON_REQUEST", status: "PLANNED" }]),
    ).toMatchObject({ id: "asked-2" });
  });

  it("is one of the same kind, not yet held, for other rules", () => {
    expect(bookedReviewFor(postAdmission, reviews)).toMatchObject({ id: "post-1" });
    expect(bookedReviewFor(beforeAdmission, [])).toBeNull();
  });

  it("plans the matching kind when none is booked", () => {
    expect(planKindFor("REVIEW_ON_REQUEST")).toBe("ON_REQUEST");
    expect(planKindFor("COMMUNITY_REVIEW")).toBe("COMMUNITY");
  });
});

describe("the review page's due line", () => {
  it("names the request a review was convened in answer to, when that is why it is due", () => {
    const review = { kind: "COMMUNITY", dueOn: null, request: { id: "rq-1" } };
    expect(reviewDueLine(review, [onRequest])).toBe(
      "Due now because someone asked for a review and the commissioner agreed, by the date the local policy sets (§14; §25; Figure 9)",
    );
    // Its own kind first: the community review before admission (§10) it also meets.
    expect(reviewDueLine(review, [onRequest, beforeAdmission])).toBe(
      "Due before anyone goes into hospital (§10)",
    );
  });

  it("does not claim a request's due item for a review that answers none", () => {
    expect(reviewDueLine({ kind: "COMMUNITY", dueOn: null }, [onRequest])).toBe(
      "No due date worked out",
    );
  });

  it("gives the review's own due date with the rule behind it", () => {
    expect(reviewDueLine({ kind: "POST_ADMISSION", dueOn: "2026-12-01" }, [postAdmission])).toBe(
      "1 December 2026: after a child goes into hospital (§11; §27)",
    );
  });
});
