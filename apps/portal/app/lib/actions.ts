import { londonDate } from "./dates";

/**
 * The family's action tracker and the review report, as plain data the pages
 * render. Pure, so the lateness and every date are tested without a server,
 * including across the clock changes (actions.test.ts).
 */

export type ActionStatus = "OPEN" | "DONE" | "NOT_DONE";

export interface ActionInput {
  id: string;
  what: string;
  plainWhat: string | null;
  howWeWillKnow: string;
  ownerName: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
  status: ActionStatus;
  completedOn: string | null;
  notDoneReason: string | null;
  isOverdue: boolean;
  daysOverdue: number;
  /** Newest first, as the API gives them. */
  updates: readonly { at: string; note: string; authorName: string }[];
  /** Questions the family (or staff) asked about it, newest first. */
  questions?: readonly {
    id: string;
    question: string;
    askedAt: string;
    askedBy: string;
    answer: string | null;
    answeredAt: string | null;
    answeredBy: string | null;
  }[];
  review: {
    id: string;
    heldOn: string | null;
    scheduledOn: string | null;
    progressContactName: string | null;
  };
}

/** Where an action stands, as the page says it: "late" only while it is still open. */
export type ActionState = "done" | "notDone" | "late" | "open";

export interface ActionView {
  id: string;
  reviewId: string;
  /** Easy read shows the family's words when staff wrote them; plain English shows both. */
  what: string;
  plainWhat: string | null;
  howWeWillKnow: string;
  ownerName: string;
  dueOn: string;
  state: ActionState;
  daysLate: number;
  completedOn: string | null;
  notDoneReason: string | null;
  latestUpdate: { on: string; note: string; authorName: string } | null;
  /** Who to ask when it is late: the person responsible, and who tells the family about progress. */
  contacts: string[];
  questions: {
    id: string;
    question: string;
    askedOn: string;
    askedBy: string;
    answer: { text: string; on: string; by: string } | null;
  }[];
}

export interface ReviewActions {
  reviewId: string;
  /** The day of the review: held, or planned when it has not happened yet. */
  reviewOn: string | null;
  actions: ActionView[];
}

/** The London calendar day an instant falls on: 23:30 UTC in summer is already tomorrow. */
export function londonDay(instant: string): string {
  return londonDate(new Date(instant));
}

function stateOf(action: ActionInput): ActionState {
  if (action.status === "DONE") return "done";
  if (action.status === "NOT_DONE") return "notDone";
  return action.isOverdue ? "late" : "open";
}

export function actionView(action: ActionInput): ActionView {
  const latest = action.updates[0];
  const state = stateOf(action);
  const contacts = [action.ownerName];
  const progress = action.review.progressContactName;
  if (progress && progress !== action.ownerName) contacts.push(progress);
  return {
    id: action.id,
    reviewId: action.review.id,
    what: action.what,
    plainWhat: action.plainWhat,
    howWeWillKnow: action.howWeWillKnow,
    ownerName: action.ownerName,
    dueOn: action.dueOn.slice(0, 10),
    state,
    daysLate: state === "late" ? action.daysOverdue : 0,
    completedOn: action.completedOn?.slice(0, 10) ?? null,
    notDoneReason: action.notDoneReason,
    latestUpdate: latest
      ? { on: londonDay(latest.at), note: latest.note, authorName: latest.authorName }
      : null,
    contacts,
    questions: (action.questions ?? []).map((q) => ({
      id: q.id,
      question: q.question,
      askedOn: londonDay(q.askedAt),
      askedBy: q.askedBy,
      answer:
        q.answer && q.answeredAt
          ? { text: q.answer, on: londonDay(q.answeredAt), by: q.answeredBy ?? "" }
          : null,
    })),
  };
}

const reviewDay = (r: ActionInput["review"]) => (r.heldOn ?? r.scheduledOn)?.slice(0, 10) ?? null;

/**
 * Every action grouped by the review that agreed it, newest review first;
 * within a review, late ones first (what the family most needs to see), then
 * soonest due.
 */
export function actionsByReview(actions: readonly ActionInput[]): ReviewActions[] {
  const groups = new Map<string, ReviewActions>();
  for (const action of actions) {
    let group = groups.get(action.review.id);
    if (!group) {
      group = { reviewId: action.review.id, reviewOn: reviewDay(action.review), actions: [] };
      groups.set(action.review.id, group);
    }
    group.actions.push(actionView(action));
  }
  const rank = (a: ActionView) => (a.state === "late" ? 0 : 1);
  for (const group of groups.values()) {
    group.actions.sort(
      (a, b) => rank(a) - rank(b) || a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id),
    );
  }
  return [...groups.values()].sort((a, b) => (b.reviewOn ?? "").localeCompare(a.reviewOn ?? ""));
}

/** How many actions are still open past their date: the home page's task list says so. */
export function lateCount(actions: readonly { isOverdue: boolean; status: string }[]): number {
  return actions.filter((a) => a.status === "OPEN" && a.isOverdue).length;
}

/** Whole days from one calendar date to another ("YYYY-MM-DD"); no clock change can skew it. */
export function daysBetween(from: string, to: string): number {
  const ms =
    Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export type ReportTiming =
  | { kind: "notSent"; dueOn: string | null; daysLate: number }
  | { kind: "onTime"; dueOn: string | null; sentOn: string }
  | { kind: "late"; dueOn: string; sentOn: string; daysLate: number };

/**
 * Whether the report came when it should (within 2 weeks of the review):
 * compared as London calendar days, so a report sent at 00:30 on the day
 * after it was due, in summer time, is a day late even though it is 23:30
 * UTC on the due date.
 */
export function reportTiming(
  report: { dueOn: string | null; sentAt: string | null },
  now = new Date(),
): ReportTiming {
  const dueOn = report.dueOn?.slice(0, 10) ?? null;
  if (!report.sentAt) {
    const late = dueOn ? daysBetween(dueOn, londonDate(now)) : 0;
    return { kind: "notSent", dueOn, daysLate: Math.max(0, late) };
  }
  const sentOn = londonDay(report.sentAt);
  if (!dueOn) return { kind: "onTime", dueOn, sentOn };
  const late = daysBetween(dueOn, sentOn);
  return late > 0
    ? { kind: "late", dueOn, sentOn, daysLate: late }
    : { kind: "onTime", dueOn, sentOn };
}

/** The API's own limit on a question: the page checks it before sending, so nothing typed is lost. */
export const QUESTION_MAX = 2000;

export type AskProblem = "blank" | "tooLong" | "notSent";

export const actionsPath = (personId: string) => `/people/${encodeURIComponent(personId)}/actions`;
export const askPath = (personId: string, actionId: string, rest = "") =>
  `${actionsPath(personId)}/${encodeURIComponent(actionId)}/ask${rest}`;
export const reportPath = (personId: string, reviewId: string) =>
  `/people/${encodeURIComponent(personId)}/reviews/${encodeURIComponent(reviewId)}/report`;
