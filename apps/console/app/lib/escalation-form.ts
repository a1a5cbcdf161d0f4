import type { DatePart } from "@cetr/ui";
import { readDateParts } from "./date-of-birth";

/** Where a concern goes (§20.3), in words. */
export const ESCALATION_ROUTE_LABELS: Record<string, string> = {
  LOCAL_AUTHORITY_SAFEGUARDING: "Local authority safeguarding team",
  CQC: "Care Quality Commission (CQC)",
  OFSTED: "Ofsted",
  QUALITY_SURVEILLANCE_GROUP: "Quality surveillance group",
  CONTRACTING: "Contract management (the commissioner's contracts team)",
  NHS_ENGLAND: "NHS England",
  OTHER: "Somewhere else (say where in the concern)",
};

export type DateAnswer =
  | { kind: "empty" }
  | { kind: "date"; value: string }
  | { kind: "error"; message: string; parts: DatePart[] };

/** A three-field date posted as `<name>-day` etc., read with the console's usual messages. */
export function postedDate(text: (key: string) => string, name: string, label: string): DateAnswer {
  const read = readDateParts(
    { day: text(`${name}-day`), month: text(`${name}-month`), year: text(`${name}-year`) },
    label,
  );
  if (read.kind === "incomplete")
    return { kind: "error", message: read.message, parts: read.parts };
  return read;
}

export const dateParts = (text: (key: string) => string, name: string) => ({
  day: text(`${name}-day`),
  month: text(`${name}-month`),
  year: text(`${name}-year`),
});
