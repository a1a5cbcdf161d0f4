import { Tag } from "@cetr/ui";
import { dateInWords } from "../lib/dates";
import { STATUS_COLOUR, type TrackerStatus } from "../lib/leaving-hospital";
import type { LeavingItem } from "../lib/leaving-hospital.server";
import { usePreferences } from "../lib/preferences";
import leavingStyles from "./leaving-hospital.css?url";
import { type Text, usePlannerText } from "./page-text";

/** Pieces the Leaving Hospital Planner and the tracker share (not a route). */

export const leavingLinks = () => [{ rel: "stylesheet", href: leavingStyles }];

/** The picture beside each step's items in easy read. */
export const stepPictures = {
  1: "hospital",
  2: "planner",
  3: "question",
  4: "team",
  5: "home",
  6: "calendar",
  7: "hospitalOrHome",
} as const;

export function TrackerTag({ status }: { status: TrackerStatus }) {
  const tx = usePlannerText();
  return <Tag colour={STATUS_COLOUR[status]}>{tx(`leaving.status.${status}`)}</Tag>;
}

export const itemText = (tx: Text, itemId: string) =>
  tx(`leaving.items.i${itemId.replace(".", "_")}`);

/** "by Tuesday 3 March (within 4 weeks of going into hospital)", or the rule alone. */
export function useWhen() {
  const tx = usePlannerText();
  const { language } = usePreferences();
  return (item: Pick<LeavingItem, "byWhenKind" | "effectiveDueOn">) => {
    const rule = tx(`leaving.byWhen.${item.byWhenKind}`);
    if (!item.effectiveDueOn) return rule;
    const date = dateInWords(item.effectiveDueOn, language.locale);
    return item.byWhenKind === "TO_BE_AGREED"
      ? tx("leaving.byWhen.date", { date })
      : tx("leaving.byWhen.dateWithRule", { date, rule });
  };
}

/** "This can start once these are done: 6.1 My leaving hospital plan is under way…". */
export function waitingText(tx: Text, waitingFor: readonly string[]) {
  const items = waitingFor
    .map((id) => tx("leaving.itemRef", { id, text: itemText(tx, id) }))
    .join(" ");
  return tx("leaving.waitingFor", { items });
}
