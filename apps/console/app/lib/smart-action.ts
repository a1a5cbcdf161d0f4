import { parseCalendarDate, validateAction } from "@cetr/domain";
import { readDateParts } from "./date-of-birth";
import { datesInWords } from "./format";

/**
 * A SMART action's form (Figure 6, §13), checked by the domain's own rules —
 * in the browser as people type, and on the server when they send it (with
 * or without JavaScript). The API checks the same rules again before saving.
 */

export const ACTION_FIELDS = ["what", "ownerId", "howWeWillKnow", "dueOn", "findingId"] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface ActionFormValues {
  what: string;
  plainWhat: string;
  ownerId: string;
  howWeWillKnow: string;
  "dueOn-day": string;
  "dueOn-month": string;
  "dueOn-year": string;
  findingId: string;
}

export function readActionForm(text: (key: string) => string): ActionFormValues {
  return {
    what: text("what"),
    plainWhat: text("plainWhat"),
    ownerId: text("ownerId"),
    howWeWillKnow: text("howWeWillKnow"),
    "dueOn-day": text("dueOn-day"),
    "dueOn-month": text("dueOn-month"),
    "dueOn-year": text("dueOn-year"),
    findingId: text("findingId"),
  };
}

/** The domain names fields after its own shape; the form names them after the API's input. */
const FORM_FIELD: Record<string, ActionField> = {
  what: "what",
  owner: "ownerId",
  howWeWillKnow: "howWeWillKnow",
  dueDate: "dueOn",
};

export interface ActionCheck {
  errors: Partial<Record<ActionField, string>>;
  /** "YYYY-MM-DD" when the three boxes make a date. */
  dueOn: string | null;
}

/**
 * Every reason the action is not SMART, by field. `ownerName` is the chosen
 * owner's name ("" if nobody is chosen): one named person is the rule.
 */
export function checkAction(
  values: ActionFormValues,
  ownerName: string,
  /** "YYYY-MM-DD": the review's date, which due dates may not come before. */
  reviewDate: string,
): ActionCheck {
  const measuredFrom = parseCalendarDate(reviewDate);
  if (!measuredFrom) throw new Error(`Not a calendar date: ${reviewDate}`);
  const errors: Partial<Record<ActionField, string>> = {};
  const date = readDateParts(
    { day: values["dueOn-day"], month: values["dueOn-month"], year: values["dueOn-year"] },
    "The due date",
  );
  if (date.kind === "incomplete") errors.dueOn = date.message;
  const dueOn = date.kind === "date" ? date.value : null;
  const reasons = validateAction(
    {
      what: values.what,
      owner: ownerName,
      howWeWillKnow: values.howWeWillKnow,
      dueDate: dueOn ?? "",
    },
    measuredFrom,
  );
  for (const reason of reasons) {
    const field = FORM_FIELD[reason.field ?? ""];
    if (!field || errors[field]) continue;
    errors[field] =
      field === "ownerId" && reason.code === "ACTION_WITHOUT_OWNER"
        ? "Choose the one person responsible"
        : datesInWords(reason.message);
  }
  return { errors, dueOn };
}
