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
