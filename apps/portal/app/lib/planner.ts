/**
 * My CETR Planner: the sections, their questions and the rules that turn
 * stored answers into page state. Pure functions, so they are tested without
 * a server; the routes and planner.server.ts do the talking to the API.
 *
 * Answers are stored with the API's savePlannerAnswer, one per question key.
 * Keys shared with staff tools and the demo data ("whoIWantThere",
 * "fourQuestions.SAFE") keep their names; checkbox answers are stored as
 * comma-separated option values; a section's progress is stored under
 * "progress.<section>" so "Save and come back later" is remembered.
 */

export const FOUR_QUESTIONS = ["SAFE", "CURRENT_CARE", "FUTURE_PLAN", "NEED_HOSPITAL"] as const;
export type FourQuestion = (typeof FOUR_QUESTIONS)[number];

/** The API's limit on one answer (MAX_LONG_TEXT), checked here first so the message is ours. */
export const MAX_ANSWER = 5000;
const MAX_SHORT_ANSWER = 100;

export type PlannerField =
  | { type: "textarea"; key: string; text: string; max: number }
  | { type: "text"; key: string; text: string; max: number }
  | { type: "radios"; key: string; text: string; options: readonly string[] }
  | { type: "checkboxes"; key: string; text: string; options: readonly string[] };

export interface PlannerSection {
  id: SectionId;
  /** Text keys live under `planner.sections.<id>`; fields name their own group. */
  fields: readonly PlannerField[];
  /** Information to read, nothing to answer: done once the person says they have read it. */
  isInformation: boolean;
}

export const SECTION_IDS = [
  "about",
  "consent",
  "people",
  "where",
  "communication",
  "talk",
  "questions",
  "panel",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

const textarea = (key: string, text: string): PlannerField => ({
  type: "textarea",
  key,
  text,
  max: MAX_ANSWER,
});

export const SECTIONS: readonly PlannerSection[] = [
  { id: "about", isInformation: true, fields: [] },
  {
    id: "consent",
    isInformation: false,
    fields: [
      {
        type: "radios",
        key: "consent.share",
        text: "planner.sections.consent.share",
        options: ["yes", "no", "notSure"],
      },
      textarea("consent.notes", "planner.sections.consent.notes"),
    ],
  },
  {
    id: "people",
    isInformation: false,
    fields: [
      textarea("whoIWantThere", "planner.sections.people.want"),
      textarea("whoIDoNotWantThere", "planner.sections.people.notWant"),
    ],
  },
  {
    id: "where",
    isInformation: false,
    fields: [
      {
        type: "radios",
        key: "where.how",
        text: "planner.sections.where.how",
        options: ["inPerson", "video", "phone", "notSure"],
      },
      {
        type: "checkboxes",
        key: "where.needs",
        text: "planner.sections.where.needs",
        options: ["breaks", "quietRoom", "someoneWithMe", "shortMeeting"],
      },
      textarea("where.other", "planner.sections.where.other"),
    ],
  },
  {
    id: "communication",
    isInformation: false,
    fields: [
      {
        type: "checkboxes",
        key: "communication.support",
        text: "planner.sections.communication.support",
        options: ["interpreter", "bsl", "easyRead", "extraTime", "pictures", "writtenDown"],
      },
      {
        type: "text",
        key: "communication.language",
        text: "planner.sections.communication.language",
        max: MAX_SHORT_ANSWER,
      },
      textarea("communication.adjustments", "planner.sections.communication.adjustments"),
    ],
  },
  {
    id: "talk",
    isInformation: false,
    fields: FOUR_QUESTIONS.map((q) => ({
      type: "textarea" as const,
      key: `fourQuestions.${q}`,
      text: `planner.fourQuestions.${q}`,
      max: MAX_ANSWER,
    })),
  },
  {
    id: "questions",
    isInformation: false,
    fields: [textarea("questionsForPanel", "planner.sections.questions.panelQuestions")],
  },
  { id: "panel", isInformation: true, fields: [] },
];

export function sectionById(id: string | undefined): PlannerSection | undefined {
  return SECTIONS.find((s) => s.id === id);
}

/** The section after this one, or undefined after the last. */
export function nextSection(id: SectionId): PlannerSection | undefined {
  return SECTIONS[SECTIONS.findIndex((s) => s.id === id) + 1];
}

/** An HTML id for a field: question keys have dots, which CSS selectors would misread. */
export const fieldId = (key: string) => `planner-${key.replace(/\./g, "-")}`;

export const progressKey = (id: SectionId) => `progress.${id}`;
export const isFeedbackKey = (key: string) => key.startsWith("feedback.");
const isProgressKey = (key: string) => key.startsWith("progress.");

export interface PlannerAnswer {
  questionKey: string;
  answer: string;
  authorId: string;
  authorName: string;
  writtenAt: string;
}

export interface PlannerDocument {
  id: string;
  status: "DRAFT" | "SUBMITTED";
  version: number;
  submittedAt: string | null;
  reviewId: string | null;
  answers: readonly PlannerAnswer[];
}

export type SectionStatus = "notStarted" | "inProgress" | "completed";

export type AnswerMap = ReadonlyMap<string, PlannerAnswer>;

export function answerMap(answers: readonly PlannerAnswer[]): AnswerMap {
  return new Map(answers.map((a) => [a.questionKey, a]));
}

/**
 * Completed when the person chose "Save and continue" (they said they are
 * done, even if they left questions empty: every question is optional);
 * In progress once anything is saved; otherwise Not started.
 */
export function sectionStatus(section: PlannerSection, answers: AnswerMap): SectionStatus {
  const progress = answers.get(progressKey(section.id))?.answer;
  if (progress === "completed") return "completed";
  if (progress || section.fields.some((f) => answers.has(f.key))) return "inProgress";
  return "notStarted";
}

/** The answers a person wrote (not progress marks or feedback). */
export function plannerAnswers(answers: readonly PlannerAnswer[]): PlannerAnswer[] {
  return answers.filter((a) => !isProgressKey(a.questionKey) && !isFeedbackKey(a.questionKey));
}

/** Checkbox answers back to their options, ignoring anything no longer offered. */
export function parseChoices(field: PlannerField, answer: string | undefined): string[] {
  if (!answer || (field.type !== "checkboxes" && field.type !== "radios")) return [];
  const chosen = answer.split(",").map((v) => v.trim());
  return field.options.filter((option) => chosen.includes(option));
}

export interface FieldProblem {
  key: string;
  /** The text key of the message, and its values. */
  message: string;
  values?: Record<string, string | number>;
}

export interface SectionForm {
  /** What the person sent, as it would be stored ("" for nothing), keyed by question. */
  values: Record<string, string>;
  problems: FieldProblem[];
}

/**
 * Reads and checks a form's questions (the planner's and the one-page
 * profile's): checked options kept only when offered, text trimmed and
 * length-checked. Nothing is required: every answer is optional.
 */
export function readFields(fields: readonly PlannerField[], form: FormData): SectionForm {
  const values: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    if (field.type === "checkboxes") {
      const chosen = form.getAll(field.key).map(String);
      values[field.key] = field.options.filter((o) => chosen.includes(o)).join(",");
    } else if (field.type === "radios") {
      const chosen = String(form.get(field.key) ?? "");
      values[field.key] = field.options.includes(chosen) ? chosen : "";
    } else {
      // Line endings normalised so a length check matches what the API counts.
      const text = String(form.get(field.key) ?? "")
        .replace(/\r\n?/g, "\n")
        .trim();
      values[field.key] = text;
      if (text.length > field.max)
        problems.push({
          key: field.key,
          message: "planner.errors.tooLong",
          values: { max: field.max, length: text.length },
        });
    }
  }
  return { values, problems };
}

/** Reads and checks one section's form. */
export function readSectionForm(section: PlannerSection, form: FormData): SectionForm {
  const { values, problems } = readFields(section.fields, form);
  if (
    section.id === "communication" &&
    values["communication.support"]?.split(",").includes("interpreter") &&
    !values["communication.language"]
  )
    problems.push({ key: "communication.language", message: "planner.errors.languageRequired" });
  return { values, problems };
}

export interface AnswerChanges {
  save: { questionKey: string; answer: string }[];
  clear: string[];
}

/**
 * Only what changed is written, so opening a section someone else answered and
 * saving it unchanged keeps them as the author.
 */
export function answerChanges(values: Record<string, string>, existing: AnswerMap): AnswerChanges {
  const changes: AnswerChanges = { save: [], clear: [] };
  for (const [questionKey, answer] of Object.entries(values)) {
    const before = existing.get(questionKey)?.answer;
    if (answer && answer !== before) changes.save.push({ questionKey, answer });
    else if (!answer && before !== undefined) changes.clear.push(questionKey);
  }
  return changes;
}

export type PlannerMode = "new" | "editing" | "sent";

export interface PlannerState {
  mode: PlannerMode;
  /** The draft answers go into, if there is one. */
  draft: PlannerDocument | null;
  /** The version last sent for this review, if any. */
  sent: PlannerDocument | null;
  /** What the pages show: the draft's answers, or what was sent. */
  answers: AnswerMap;
}

const hasPlannerAnswers = (doc: PlannerDocument) =>
  doc.answers.some((a) => !isFeedbackKey(a.questionKey));

/**
 * Which planner the pages are about. Feedback after a review is sent as its
 * own small version (the API opens a new draft after a submission), so it is
 * left out when deciding what the planner itself holds. A sent planner for an
 * earlier review does not stop a new one for the next.
 */
export function plannerState(
  documents: readonly PlannerDocument[],
  upcomingReviewId: string | null,
): PlannerState {
  const draft = documents.find((d) => d.status === "DRAFT") ?? null;
  const sent =
    documents
      .filter((d) => d.status === "SUBMITTED" && hasPlannerAnswers(d))
      .sort((a, b) => b.version - a.version)[0] ?? null;
  if (draft && hasPlannerAnswers(draft))
    return { mode: "editing", draft, sent, answers: answerMap(draft.answers) };
  if (sent && (!upcomingReviewId || !sent.reviewId || sent.reviewId === upcomingReviewId))
    return { mode: "sent", draft, sent, answers: answerMap(sent.answers) };
  return { mode: "new", draft, sent: null, answers: new Map() };
}

/** Feedback already given about a review, from any version (draft or sent). */
export function feedbackFor(
  documents: readonly PlannerDocument[],
  reviewId: string,
): PlannerAnswer[] {
  return documents
    .filter((d) => d.reviewId === reviewId)
    .flatMap((d) => d.answers.filter((a) => isFeedbackKey(a.questionKey)));
}

export const FEEDBACK_FIELDS = [
  {
    type: "radios",
    key: "feedback.howWasIt",
    text: "planner.feedback.howWasIt",
    options: ["good", "ok", "notGood"],
  },
  {
    type: "radios",
    key: "feedback.listened",
    text: "planner.feedback.listened",
    options: ["yes", "partly", "no"],
  },
  { type: "textarea", key: "feedback.better", text: "planner.feedback.better", max: MAX_ANSWER },
] as const satisfies readonly PlannerField[];

/** The feedback form: how it went is needed, the rest is optional. */
export function readFeedbackForm(form: FormData): SectionForm {
  const { values, problems } = readFields(FEEDBACK_FIELDS, form);
  if (!values["feedback.howWasIt"])
    problems.unshift({ key: "feedback.howWasIt", message: "planner.feedback.required" });
  return { values, problems };
}

export interface ReviewSummary {
  id: string;
  status: string;
  scheduledOn: string | null;
  heldOn: string | null;
}

const UPCOMING = new Set(["REQUESTED", "CONSENT_PENDING", "PLANNED", "SCHEDULED"]);
const HELD = new Set(["HELD", "REPORT_DRAFTED", "REPORT_SENT", "FOLLOW_UP", "CLOSED"]);

/** The review the planner prepares for: the soonest dated one ahead, else one not yet dated. */
export function upcomingReview(
  reviews: readonly ReviewSummary[],
  today: string,
): ReviewSummary | null {
  const ahead = reviews.filter(
    (r) => UPCOMING.has(r.status) && (!r.scheduledOn || r.scheduledOn.slice(0, 10) >= today),
  );
  const dated = ahead
    .filter((r) => r.scheduledOn)
    .sort((a, b) => String(a.scheduledOn).localeCompare(String(b.scheduledOn)));
  return dated[0] ?? ahead[0] ?? null;
}

/** The most recent review that has happened, for "after the review" and feedback. */
export function latestHeldReview(reviews: readonly ReviewSummary[]): ReviewSummary | null {
  return (
    reviews
      .filter((r) => HELD.has(r.status) && r.heldOn)
      .sort((a, b) => String(b.heldOn).localeCompare(String(a.heldOn)))[0] ?? null
  );
}

export type AuthorRole = "self" | "parentCarer" | "family" | "advocate" | "staff" | "professional";

/** The viewer's own role, from Person.yourRoles ("PARENT_CARER", "STAFF:…"). */
export function roleFromYourRoles(roles: readonly string[]): AuthorRole | null {
  if (roles.includes("SELF")) return "self";
  if (roles.includes("PARENT_CARER")) return "parentCarer";
  if (roles.includes("OTHER_FAMILY")) return "family";
  if (roles.includes("ADVOCATE")) return "advocate";
  if (roles.some((r) => r.startsWith("STAFF:"))) return "staff";
  return null;
}

/** Someone else's role, from the review invitation that names them. */
export function roleFromInvitee(invitee: string): AuthorRole {
  switch (invitee) {
    case "PERSON":
      return "self";
    case "PARENT_CARERS":
      return "parentCarer";
    case "FAMILY":
    case "SIBLINGS":
      return "family";
    case "ADVOCATE":
      return "advocate";
    default:
      return "professional";
  }
}

/** The planner's pages for one person. */
export const plannerPath = (personId: string, rest = "") =>
  `/people/${encodeURIComponent(personId)}/planner${rest}`;
