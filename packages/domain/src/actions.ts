import {
  type CalendarDate,
  compareCalendarDates,
  daysBetween,
  parseCalendarDate,
} from "./calendar-date.js";
import type { ErrorCode, RuleReason } from "./errors.js";

/**
 * SMART recommendations (Figure 6, §13, §7.2.18–19, standard 7.2): what
 * exactly, one named person responsible, how we will know it is done, and a
 * date by which it is done or reviewed.
 */
export const ACTION_STATUSES = ["OPEN", "DONE", "NOT_DONE"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionInput {
  id?: string;
  /** Specific: what exactly should happen. */
  what: string;
  /** Specific / action-focused: the one named person responsible. */
  owner: string;
  /** Measurable: how people will know it has been done. */
  howWeWillKnow: string;
  /** Time-framed: the date it is done or reviewed by. */
  dueDate: string;
  status?: ActionStatus;
  completedOn?: string | null;
  /** Standard 5.11 / 7.6: why an action was not carried out. */
  notDoneReason?: string | null;
}

// Words that name a group or a placeholder rather than a person.
const NOT_A_PERSON =
  /\b(team|teams|service|services|everyone|all|staff|tbc|tba|n\/a|unknown|someone)\b/i;
// Separators that mean more than one person was named.
const MANY = /(\band\b|&|\/|,|;|\+)/i;

const reason = (code: ErrorCode, rule: string, message: string, field: string): RuleReason => ({
  code,
  rule,
  section: "Figure 6; §13",
  message,
  field,
});

/** Every field-addressed reason an action is not SMART; empty when it is. */
export function validateAction(
  action: ActionInput,
  reviewDate: CalendarDate,
  fieldPrefix = "",
): RuleReason[] {
  const f = (name: string) => `${fieldPrefix}${name}`;
  const out: RuleReason[] = [];
  if (action.what.trim() === "")
    out.push(reason("REQUIRED", "SMART_SPECIFIC", "Say exactly what will happen", f("what")));
  const owner = action.owner.trim();
  if (owner === "")
    out.push(
      reason(
        "ACTION_WITHOUT_OWNER",
        "SMART_NAMED_OWNER",
        "Name the one person responsible",
        f("owner"),
      ),
    );
  else if (MANY.test(owner) || NOT_A_PERSON.test(owner))
    out.push(
      reason(
        "ACTION_OWNER_NOT_ONE_PERSON",
        "SMART_NAMED_OWNER",
        "Name one person responsible, not a team or a list",
        f("owner"),
      ),
    );
  if (action.howWeWillKnow.trim() === "")
    out.push(
      reason(
        "REQUIRED",
        "SMART_MEASURABLE",
        "Say how everyone will know it has been done",
        f("howWeWillKnow"),
      ),
    );
  const due = parseCalendarDate(action.dueDate.trim());
  if (action.dueDate.trim() === "")
    out.push(
      reason(
        "ACTION_WITHOUT_DUE_DATE",
        "SMART_TIME_FRAMED",
        "Give the date it will be done by",
        f("dueDate"),
      ),
    );
  else if (!due)
    out.push(
      reason("DATE_INVALID", "SMART_TIME_FRAMED", "The due date must be a real date", f("dueDate")),
    );
  else if (compareCalendarDates(due, reviewDate) < 0)
    out.push(
      reason(
        "ACTION_DUE_BEFORE_REVIEW",
        "SMART_TIME_FRAMED",
        `The due date must be on or after the review date (${reviewDate})`,
        f("dueDate"),
      ),
    );
  if (action.status === "DONE" && action.completedOn && !parseCalendarDate(action.completedOn))
    out.push(
      reason(
        "DATE_INVALID",
        "ACTION_COMPLETED_ON",
        "The completion date must be a real date",
        f("completedOn"),
      ),
    );
  return out;
}

/** Validates a list, addressing each reason as "actions.<index>.<field>". */
export function validateActions(
  actions: readonly ActionInput[],
  reviewDate: CalendarDate,
): RuleReason[] {
  return actions.flatMap((a, i) => validateAction(a, reviewDate, `actions.${i}.`));
}

export type ActionProgressStatus = "DONE" | "NOT_DONE" | "OPEN" | "OVERDUE";

export interface ActionProgressItem {
  id: string | null;
  index: number;
  status: ActionProgressStatus;
  dueDate: CalendarDate | null;
  daysOverdue: number;
  /** Standard 5.11: a follow-up review asks why; missing explanations are flagged. */
  needsExplanation: boolean;
}

export interface ActionProgress {
  total: number;
  done: number;
  notDone: number;
  open: number;
  overdue: number;
  /** Whole percent of actions done (0 when there are none). */
  percentDone: number;
  items: ActionProgressItem[];
}

/** Progress and overdue status as of `now` (a London calendar date). */
export function actionProgress(actions: readonly ActionInput[], now: CalendarDate): ActionProgress {
  const items = actions.map((a, index): ActionProgressItem => {
    const due = parseCalendarDate(a.dueDate.trim());
    const status = a.status ?? "OPEN";
    const late =
      status === "OPEN" && due && compareCalendarDates(now, due) > 0 ? daysBetween(due, now) : 0;
    return {
      id: a.id ?? null,
      index,
      status: status === "OPEN" && late > 0 ? "OVERDUE" : status,
      dueDate: due,
      daysOverdue: late,
      needsExplanation: (status === "NOT_DONE" || late > 0) && !a.notDoneReason?.trim(),
    };
  });
  const count = (s: ActionProgressStatus) => items.filter((i) => i.status === s).length;
  const done = count("DONE");
  return {
    total: items.length,
    done,
    notDone: count("NOT_DONE"),
    open: count("OPEN"),
    overdue: count("OVERDUE"),
    percentDone: items.length === 0 ? 0 : Math.floor((done / items.length) * 100),
    items,
  };
}
