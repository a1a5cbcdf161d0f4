import { describe, expect, it } from "vitest";
import { plannerAnswers, plannerAnswerTo } from "../app/lib/planner-answers";
import { reportRecipients } from "../app/lib/report-recipients";
import { reviewPeople } from "../app/lib/review-people";

const grace = { id: "u-grace", displayName: "Grace Holt" };
const joy = { id: "u-joy", displayName: "Joy Okafor" };
const sam = { id: "u-sam", displayName: "Sam Patel" };

describe("reviewPeople (who can own an action or tell the family about progress)", () => {
  it("lists the panel, then everyone invited with an account, then you, each once", () => {
    expect(
      reviewPeople({
        panel: [{ role: "CHAIR", user: grace }],
        invitations: [
          { invitee: "PERSON", user: null },
          { invitee: "FAMILY", user: joy },
          { invitee: "CPA_CARE_COORDINATOR", user: sam },
        ],
        viewer: grace,
      }),
    ).toEqual([
      { id: "u-grace", name: "Grace Holt", role: "chair of the panel" },
      { id: "u-joy", name: "Joy Okafor", role: "family" },
      { id: "u-sam", name: "Sam Patel", role: "care coordinator" },
    ]);
  });
});

describe("reportRecipients (§7.2.18 circulation)", () => {
  it("names the person from their record, and gives roles the API counts as person, family and care team", () => {
    const recipients = reportRecipients("Bethany Okafor", [
      { invitee: "PERSON", user: null },
      { invitee: "FAMILY", user: joy },
      { invitee: "CPA_CARE_COORDINATOR", user: sam },
      { invitee: "SEN_TEAM", name: null, user: null },
    ]);
    expect(recipients).toEqual([
      { key: "0", name: "Bethany Okafor", role: "person", recipientId: null, isFamily: true },
      { key: "1", name: "Joy Okafor", role: "family", recipientId: "u-joy", isFamily: true },
      {
        key: "2",
        name: "Sam Patel",
        role: "care coordinator",
        recipientId: "u-sam",
        isFamily: false,
      },
    ]);
  });
});

describe("plannerAnswers (the planner at hand during the review)", () => {
  const by = { displayName: "Joy Okafor" };
  const answers = plannerAnswers([
    { questionKey: "progress.talk", answer: "done", author: by },
    { questionKey: "fourQuestions.SAFE", answer: "I feel safe at home", author: by },
    { questionKey: "whoIWantThere", answer: "Mum", author: by },
    { questionKey: "where.other", answer: " ", author: by },
  ]);

  it("leaves out the portal's bookkeeping and empty answers, in the planner's order, with its questions", () => {
    expect(answers.map((a) => [a.question, a.answer])).toEqual([
      ["Who do you want at your review?", "Mum"],
      ["Am I safe?", "I feel safe at home"],
    ]);
  });

  it("finds what they said to one of the four questions", () => {
    expect(plannerAnswerTo(answers, "SAFE")?.answer).toBe("I feel safe at home");
    expect(plannerAnswerTo(answers, "NEED_HOSPITAL")).toBeNull();
  });
});
