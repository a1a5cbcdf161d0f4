import { readDateParts } from "./date-of-birth";
import { MINIMUM_DATASET } from "./register-labels";

/**
 * The minimum dataset form (Figure 11) read from a plain post: each answer
 * becomes what the API stores (true/false, "YYYY-MM-DD", a choice's code,
 * text) or null to clear it. Pure, so it is tested without a server.
 */

export type DatasetValue = string | boolean | null;

/** What the form shows for each field: its stored answer as form values ("yes"/"no", date parts, text). */
export function datasetFormValues(stored: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of MINIMUM_DATASET) {
    const value = stored[spec.field];
    if (value === null || value === undefined) continue;
    if (spec.kind === "yesNo")
      values[spec.field] = value === true ? "yes" : value === false ? "no" : "";
    else if (spec.kind === "date" && typeof value === "string") {
      const [year = "", month = "", day = ""] = value.split("-");
      values[`${spec.field}-day`] = day ? String(Number(day)) : "";
      values[`${spec.field}-month`] = month ? String(Number(month)) : "";
      values[`${spec.field}-year`] = year;
    } else values[spec.field] = String(value);
  }
  return values;
}

export interface ReadDataset {
  /** Everything posted, to show again after an error. */
  values: Record<string, string>;
  /** The API's `values`: every field, so an answer taken away is cleared. */
  answers: Record<string, DatasetValue>;
  errors: Record<string, string>;
}

export function readDatasetForm(form: FormData): ReadDataset {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values: Record<string, string> = {};
  const answers: Record<string, DatasetValue> = {};
  const errors: Record<string, string> = {};
  for (const spec of MINIMUM_DATASET) {
    const { field } = spec;
    if (spec.kind === "date") {
      const parts = {
        day: text(`${field}-day`),
        month: text(`${field}-month`),
        year: text(`${field}-year`),
      };
      values[`${field}-day`] = parts.day;
      values[`${field}-month`] = parts.month;
      values[`${field}-year`] = parts.year;
      const read = readDateParts(parts, spec.label.replace(/^Date of /, "The date of "));
      if (read.kind === "incomplete") errors[field] = read.message;
      answers[field] = read.kind === "date" ? read.value : null;
      continue;
    }
    const value = text(field);
    values[field] = value;
    if (spec.kind === "yesNo")
      answers[field] = value === "yes" ? true : value === "no" ? false : null;
    else if (spec.kind === "choice")
      answers[field] = spec.options.some((o) => o.value === value) ? value : null;
    else answers[field] = value.trim() || null;
  }
  return { values, answers, errors };
}
