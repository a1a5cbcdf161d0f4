import { describe, expect, it } from "vitest";
import { readFields } from "./planner";
import {
  PROFILE_FIELDS,
  PROFILE_MAX_ANSWER,
  type ProfileDocument,
  profileState,
  versionDate,
} from "./profile";

const answer = (questionKey: string, text: string, writtenAt = "2026-11-20T10:00:00.000Z") => ({
  questionKey,
  answer: text,
  authorId: "u1",
  authorName: "Sarah Morgan",
  writtenAt,
});
const doc = (
  status: "DRAFT" | "SUBMITTED",
  version: number,
  answers: ReturnType<typeof answer>[],
): ProfileDocument => ({
  id: `d${version}`,
  status,
  version,
  submittedAt: status === "SUBMITTED" ? "2026-11-21T09:00:00.000Z" : null,
  reviewId: null,
  answers,
  updatedAt: "2026-11-19T10:00:00.000Z",
  photo: null,
});
const photo = {
  altText: "Alex smiling",
  uploadedAt: "2026-11-20T10:00:00.000Z",
  dataUrl: "data:image/png;base64,iVBORw0KGgo=",
};

describe("profileState", () => {
  it("is new with nothing written, and an empty draft is still new", () => {
    expect(profileState([]).mode).toBe("new");
    expect(profileState([doc("DRAFT", 1, [])]).mode).toBe("new");
  });

  it("shows the newest sent version when the draft is the same as it", () => {
    const sent = doc("SUBMITTED", 2, [answer("importantToMe", "My cat")]);
    const older = doc("SUBMITTED", 1, [answer("importantToMe", "My dog")]);
    const same = doc("DRAFT", 3, [answer("importantToMe", "My cat")]);
    const state = profileState([same, older, sent]);
    expect(state.mode).toBe("sent");
    expect(state.sent?.version).toBe(2);
    expect(state.answers.map((a) => a.answer)).toEqual(["My cat"]);
  });

  it("shows the draft when it differs, including an answer taken out", () => {
    const sent = doc("SUBMITTED", 1, [
      answer("importantToMe", "My cat"),
      answer("howICommunicate", "I talk"),
    ]);
    const fewer = doc("DRAFT", 2, [answer("importantToMe", "My cat")]);
    expect(profileState([fewer, sent]).mode).toBe("draft");
  });

  it("a new or removed photo is a change to send; the same photo is not", () => {
    const sent = { ...doc("SUBMITTED", 1, [answer("importantToMe", "My cat")]), photo };
    const same = { ...doc("DRAFT", 2, [answer("importantToMe", "My cat")]), photo: { ...photo } };
    expect(profileState([same, sent])).toMatchObject({ mode: "sent", photo });
    const replaced = { ...same, photo: { ...photo, uploadedAt: "2026-11-22T10:00:00.000Z" } };
    expect(profileState([replaced, sent]).mode).toBe("draft");
    const removed = doc("DRAFT", 2, [answer("importantToMe", "My cat")]);
    expect(profileState([removed, sent])).toMatchObject({ mode: "draft", photo: null });
    const described = { ...same, photo: { ...photo, altText: "Alex at the beach" } };
    expect(profileState([described, sent]).mode).toBe("draft");
    // A photo alone is already a profile being written.
    expect(profileState([{ ...doc("DRAFT", 1, []), photo }]).mode).toBe("draft");
  });

  it("leaves out answers that are not profile questions", () => {
    const draft = doc("DRAFT", 1, [answer("progress.whatever", "x"), answer("importantToMe", "A")]);
    expect(profileState([draft]).answers.map((a) => a.questionKey)).toEqual(["importantToMe"]);
  });
});

describe("versionDate", () => {
  it("is the day it was sent, or the draft's latest change", () => {
    const sent = doc("SUBMITTED", 1, [answer("importantToMe", "My cat")]);
    expect(versionDate(profileState([sent]))).toEqual({
      sent: true,
      date: "2026-11-21T09:00:00.000Z",
    });
    const draft = doc("DRAFT", 2, [
      answer("importantToMe", "My cat", "2026-11-22T18:00:00.000Z"),
      answer("likeAndAdmire", "Kind", "2026-11-20T08:00:00.000Z"),
    ]);
    expect(versionDate(profileState([draft, sent]))).toEqual({
      sent: false,
      date: "2026-11-22T18:00:00.000Z",
    });
    expect(versionDate(profileState([]))).toBeNull();
  });
});

describe("the profile form", () => {
  it("refuses an answer over the limit, keeping every answer as typed", () => {
    const form = new FormData();
    form.set("likeAndAdmire", "  Funny\r\nand kind  ");
    form.set("howICommunicate", "x".repeat(PROFILE_MAX_ANSWER + 1));
    const { values, problems } = readFields(PROFILE_FIELDS, form);
    expect(values.likeAndAdmire).toBe("Funny\nand kind");
    expect(values.howICommunicate).toHaveLength(PROFILE_MAX_ANSWER + 1);
    expect(problems).toEqual([
      {
        key: "howICommunicate",
        message: "planner.errors.tooLong",
        values: { max: PROFILE_MAX_ANSWER, length: PROFILE_MAX_ANSWER + 1 },
      },
    ]);
  });
});
