import { resources } from "@cetr/i18n/resources";
import { describe, expect, it } from "vitest";
import {
  answerChanges,
  answerMap,
  FEEDBACK_FIELDS,
  latestHeldReview,
  type PlannerAnswer,
  type PlannerDocument,
  plannerState,
  readFeedbackForm,
  readSectionForm,
  SECTIONS,
  sectionById,
  sectionStatus,
  upcomingReview,
} from "./planner";

const answer = (questionKey: string, text: string, authorId = "u-sarah"): PlannerAnswer => ({
  questionKey,
  answer: text,
  authorId,
  authorName: authorId === "u-sarah" ? "Sarah Morgan" : "Jo Adebayo",
  writtenAt: "2026-11-20T10:00:00.000Z",
});

const doc = (over: Partial<PlannerDocument>): PlannerDocument => ({
  id: "d1",
  status: "DRAFT",
  version: 1,
  submittedAt: null,
  reviewId: "r1",
  answers: [],
  ...over,
});

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

const section = (id: string) => {
  const found = sectionById(id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};

describe("sectionStatus", () => {
  const people = section("people");

  it("is Not started with nothing saved", () => {
    expect(sectionStatus(people, answerMap([]))).toBe("notStarted");
  });

  it("is In progress once an answer is saved (the demo draft has no progress marks)", () => {
    expect(sectionStatus(people, answerMap([answer("whoIWantThere", "Mum")]))).toBe("inProgress");
  });

  it("is In progress after 'come back later', even before any answer", () => {
    expect(sectionStatus(people, answerMap([answer("progress.people", "inProgress")]))).toBe(
      "inProgress",
    );
  });

  it("is Completed after 'Save and continue', answered or not", () => {
    expect(sectionStatus(people, answerMap([answer("progress.people", "completed")]))).toBe(
      "completed",
    );
    expect(
      sectionStatus(section("about"), answerMap([answer("progress.about", "completed")])),
    ).toBe("completed");
  });

  it("does not count another section's answers", () => {
    expect(sectionStatus(people, answerMap([answer("progress.where", "completed")]))).toBe(
      "notStarted",
    );
  });
});

describe("readSectionForm", () => {
  it("keeps only offered choices, joins checkboxes, trims text", () => {
    const { values, problems } = readSectionForm(
      section("where"),
      form([
        ["where.how", "video"],
        ["where.needs", "quietRoom"],
        ["where.needs", "breaks"],
        ["where.needs", "teleport"],
        ["where.other", "  Afternoons,\r\nplease  "],
      ]),
    );
    expect(problems).toEqual([]);
    expect(values).toEqual({
      "where.how": "video",
      // In the order offered, whatever order the browser sent.
      "where.needs": "breaks,quietRoom",
      "where.other": "Afternoons,\nplease",
    });
  });

  it("treats an unknown radio value as no answer", () => {
    const { values } = readSectionForm(section("consent"), form([["consent.share", "maybe"]]));
    expect(values["consent.share"]).toBe("");
  });

  it("says an answer is too long, with the limit and the length, and keeps it", () => {
    const long = "a".repeat(5001);
    const { values, problems } = readSectionForm(
      section("questions"),
      form([["questionsForPanel", long]]),
    );
    expect(values.questionsForPanel).toBe(long);
    expect(problems).toEqual([
      {
        key: "questionsForPanel",
        message: "planner.errors.tooLong",
        values: { max: 5000, length: 5001 },
      },
    ]);
  });

  it("asks which language when an interpreter is needed, keeping the other answers", () => {
    const { values, problems } = readSectionForm(
      section("communication"),
      form([
        ["communication.support", "interpreter"],
        ["communication.support", "extraTime"],
        ["communication.adjustments", "No bright lights"],
      ]),
    );
    expect(problems.map((p) => [p.key, p.message])).toEqual([
      ["communication.language", "planner.errors.languageRequired"],
    ]);
    expect(values["communication.adjustments"]).toBe("No bright lights");
    expect(values["communication.support"]).toBe("interpreter,extraTime");
  });

  it("needs no language for a BSL interpreter", () => {
    const { problems } = readSectionForm(
      section("communication"),
      form([["communication.support", "bsl"]]),
    );
    expect(problems).toEqual([]);
  });
});

describe("answerChanges", () => {
  it("writes only what changed, so unchanged answers keep their author", () => {
    const existing = answerMap([
      answer("whoIWantThere", "Mum, Jo", "u-jo"),
      answer("whoIDoNotWantThere", "My uncle"),
    ]);
    expect(
      answerChanges(
        { whoIWantThere: "Mum, Jo", whoIDoNotWantThere: "", "progress.people": "completed" },
        existing,
      ),
    ).toEqual({
      save: [{ questionKey: "progress.people", answer: "completed" }],
      clear: ["whoIDoNotWantThere"],
    });
  });

  it("does not clear what was never there", () => {
    expect(answerChanges({ whoIWantThere: "" }, answerMap([]))).toEqual({ save: [], clear: [] });
  });
});

describe("plannerState", () => {
  const draft = doc({ answers: [answer("whoIWantThere", "Mum")] });
  const sent = doc({
    id: "d0",
    status: "SUBMITTED",
    submittedAt: "2026-11-20T10:00:00.000Z",
    answers: [answer("whoIWantThere", "Dad")],
  });

  it("is new with no documents", () => {
    expect(plannerState([], "r1")).toMatchObject({ mode: "new", draft: null, sent: null });
  });

  it("edits the open draft", () => {
    const state = plannerState([draft], "r1");
    expect(state.mode).toBe("editing");
    expect(state.answers.get("whoIWantThere")?.answer).toBe("Mum");
  });

  it("shows what was sent for this review, and a feedback-only draft does not hide it", () => {
    const feedbackDraft = doc({
      id: "d2",
      version: 2,
      answers: [answer("feedback.howWasIt", "good")],
    });
    const state = plannerState([feedbackDraft, { ...sent, version: 1 }], "r1");
    expect(state.mode).toBe("sent");
    expect(state.answers.get("whoIWantThere")?.answer).toBe("Dad");
  });

  it("a feedback-only sent version is not the planner", () => {
    const feedbackSent = doc({
      id: "d2",
      version: 2,
      status: "SUBMITTED",
      answers: [answer("feedback.howWasIt", "good")],
    });
    expect(plannerState([feedbackSent, sent], null).sent?.id).toBe("d0");
  });

  it("starts a new planner when what was sent was for an earlier review", () => {
    expect(plannerState([sent], "r2").mode).toBe("new");
    // With no review planned yet, the last one sent is still what the family sees.
    expect(plannerState([sent], null).mode).toBe("sent");
  });
});

describe("reviews", () => {
  const today = "2026-11-23";
  it("prepares for the soonest dated review ahead, else one with no date yet", () => {
    const reviews = [
      { id: "past", status: "SCHEDULED", scheduledOn: "2026-11-01", heldOn: null },
      { id: "later", status: "SCHEDULED", scheduledOn: "2027-01-10", heldOn: null },
      { id: "undated", status: "CONSENT_PENDING", scheduledOn: null, heldOn: null },
      { id: "soon", status: "PLANNED", scheduledOn: "2026-12-02", heldOn: null },
      { id: "stopped", status: "WITHDRAWN", scheduledOn: "2026-11-30", heldOn: null },
    ];
    expect(upcomingReview(reviews, today)?.id).toBe("soon");
    expect(upcomingReview(reviews.slice(2, 3), today)?.id).toBe("undated");
    expect(upcomingReview([], today)).toBeNull();
  });

  it("finds the most recent review that has happened", () => {
    expect(
      latestHeldReview([
        { id: "a", status: "CLOSED", scheduledOn: null, heldOn: "2025-01-01" },
        { id: "b", status: "FOLLOW_UP", scheduledOn: null, heldOn: "2026-08-19" },
        { id: "c", status: "SCHEDULED", scheduledOn: "2026-12-01", heldOn: null },
      ])?.id,
    ).toBe("b");
  });
});

describe("readFeedbackForm", () => {
  it("needs to know how it went, and keeps what else was typed", () => {
    const { values, problems } = readFeedbackForm(form([["feedback.better", "Shorter"]]));
    expect(problems.map((p) => p.key)).toEqual(["feedback.howWasIt"]);
    expect(values["feedback.better"]).toBe("Shorter");
  });
});

/** The section definitions build text keys at run time: check each exists in both registers. */
describe("planner text", () => {
  const lookup = (tree: unknown, key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
  const keys = [...SECTIONS.flatMap((s) => s.fields), ...FEEDBACK_FIELDS].flatMap((field) => [
    `${field.text}.label`,
    ...(field.type === "radios" ? [] : [`${field.text}.hint`]),
    ...("options" in field ? field.options.map((o) => `${field.text}.${o}`) : []),
  ]);
  it.each(["plain", "easyRead"] as const)("%s has every question, hint and option", (register) => {
    const missing = keys.filter((key) => typeof lookup(resources.en[register], key) !== "string");
    expect(missing).toEqual([]);
  });
});
