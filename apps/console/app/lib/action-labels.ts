import type { TagProps } from "@cetr/ui";

/** An action's status in words, with its colour; overdue is worked out by the API. */
export function actionStatus(a: { status: string; isOverdue: boolean; daysOverdue: number }): {
  label: string;
  colour: NonNullable<TagProps["colour"]>;
} {
  if (a.status === "DONE") return { label: "Done", colour: "green" };
  if (a.status === "NOT_DONE") return { label: "Not done", colour: "grey" };
  if (a.isOverdue)
    return {
      label: `Overdue by ${a.daysOverdue} ${a.daysOverdue === 1 ? "day" : "days"}`,
      colour: "red",
    };
  return { label: "Open", colour: "blue" };
}

/**
 * Whose action it is, from the API's `Action.context`: staff read the name
 * through the caseload or because they own the action (ADR 0041).
 */
export function whoseAction(context: { personName: string | null }): string {
  return context.personName ?? "Name not shown";
}

/** The console page of one action (the owner's email links here too). */
export const actionPath = (id: string): string => `/actions/${encodeURIComponent(id)}`;
