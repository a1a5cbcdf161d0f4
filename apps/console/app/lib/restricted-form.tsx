import { GraphQLRequestError } from "@cetr/graphql";
import { Button, DateInput, type DatePart, RadioGroup, TextArea, TextField } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { readDateParts } from "./date-of-birth";
import { errorSummaryItems } from "./form-problems";
import { formatCalendarDate } from "./format";
import { REVIEW_KIND_LABELS } from "./person-labels";
import type { ApiError } from "./register-errors";

/**
 * One row of the Ministry of Justice monitoring table (Appendix 6 §47.2), as
 * a form: adding a row from a person's page and changing one share it. The
 * columns are the table's own; the one-week clock is the API's.
 */

export type RestrictedField =
  | "reference"
  | "reviewId"
  | "reviewDate"
  | "outcome"
  | "providerId"
  | "responsibleClinician"
  | "referredToMojOn"
  | "requestType"
  | "mojResponseOn"
  | "narrative"
  | "escalation";

export const RESTRICTED_FIELDS: readonly RestrictedField[] = [
  "reference",
  "reviewId",
  "reviewDate",
  "outcome",
  "providerId",
  "responsibleClinician",
  "referredToMojOn",
  "requestType",
  "mojResponseOn",
  "narrative",
  "escalation",
];

const DATE_FIELDS = ["reviewDate", "referredToMojOn", "mojResponseOn"] as const;
type DateField = (typeof DATE_FIELDS)[number];

const DATE_LABELS: Record<DateField, string> = {
  reviewDate: "The date of the review",
  referredToMojOn: "The date of the referral to the MoJ",
  mojResponseOn: "The date of the MoJ's response",
};

export const REQUEST_TYPE_LABELS: Record<string, string> = {
  LEAVE: "Leave",
  TRANSFER: "Transfer",
  DISCHARGE: "Discharge",
};

/** What was typed, exactly, so a refused form comes back as it was sent. */
export type RestrictedValues = Record<string, string>;

/** The API's input for the row (empty optional answers are null: "not recorded"). */
export interface RestrictedInput {
  reference: string;
  reviewId: string | null;
  reviewDate: string;
  outcome: string;
  providerId: string;
  responsibleClinician: string;
  referredToMojOn: string | null;
  requestType: "LEAVE" | "TRANSFER" | "DISCHARGE" | null;
  mojResponseOn: string | null;
  narrative: string | null;
  escalation: string | null;
}

export interface RestrictedFormResult {
  values: RestrictedValues;
  errors: Partial<Record<RestrictedField, string>>;
  invalidParts: Partial<Record<DateField, DatePart[]>>;
  input: RestrictedInput | null;
}

const REQUIRED: Partial<Record<RestrictedField, string>> = {
  reference: "Enter the table's reference for this row",
  outcome: "Enter the outcome of the review",
  providerId: "Choose the hospital provider",
  responsibleClinician: "Enter the responsible clinician's name",
};

/** Reads and checks the posted form; `input` is set only when it can go to the API. */
export function readRestrictedForm(form: FormData): RestrictedFormResult {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  const values: RestrictedValues = {};
  for (const field of RESTRICTED_FIELDS) {
    if ((DATE_FIELDS as readonly string[]).includes(field)) {
      for (const part of ["day", "month", "year"])
        values[`${field}-${part}`] = text(`${field}-${part}`);
    } else values[field] = text(field);
  }
  const errors: Partial<Record<RestrictedField, string>> = {};
  const invalidParts: Partial<Record<DateField, DatePart[]>> = {};
  const dates: Partial<Record<DateField, string | null>> = {};
  for (const field of DATE_FIELDS) {
    const read = readDateParts(
      {
        day: values[`${field}-day`] ?? "",
        month: values[`${field}-month`] ?? "",
        year: values[`${field}-year`] ?? "",
      },
      DATE_LABELS[field],
    );
    if (read.kind === "incomplete") {
      errors[field] = read.message;
      invalidParts[field] = read.parts;
    } else dates[field] = read.kind === "date" ? read.value : null;
  }
  if (!errors.reviewDate && !dates.reviewDate) {
    errors.reviewDate = "Enter the date of the review";
    invalidParts.reviewDate = ["day", "month", "year"];
  }
  for (const [field, message] of Object.entries(REQUIRED) as [RestrictedField, string][]) {
    if (!values[field]?.trim()) errors[field] = message;
  }
  const requestType = values.requestType;
  if (requestType && !(requestType in REQUEST_TYPE_LABELS))
    errors.requestType = "Choose leave, transfer or discharge";
  if (Object.keys(errors).length > 0) return { values, errors, invalidParts, input: null };
  const optional = (field: string) => values[field]?.trim() || null;
  return {
    values,
    errors,
    invalidParts,
    input: {
      reference: values.reference?.trim() ?? "",
      reviewId: optional("reviewId"),
      reviewDate: dates.reviewDate ?? "",
      outcome: values.outcome?.trim() ?? "",
      providerId: values.providerId ?? "",
      responsibleClinician: values.responsibleClinician?.trim() ?? "",
      referredToMojOn: dates.referredToMojOn ?? null,
      requestType: (requestType || null) as RestrictedInput["requestType"],
      mojResponseOn: dates.mojResponseOn ?? null,
      narrative: optional("narrative"),
      escalation: optional("escalation"),
    },
  };
}

/** The console's words for the API's refusals; its own message where that already says what to do. */
const API_MESSAGES: Partial<Record<RestrictedField, Partial<Record<string, string>>>> = {
  reviewDate: {
    DATE_INVALID: "The date of the review must be a real date",
    DATE_IN_FUTURE: "The date of the review must be today or in the past",
  },
  referredToMojOn: {
    DATE_INVALID: "The date of the referral to the MoJ must be a real date",
    DATE_IN_FUTURE: "The date of the referral to the MoJ must be today or in the past",
  },
  mojResponseOn: {
    DATE_INVALID: "The date of the MoJ's response must be a real date",
    DATE_IN_FUTURE: "The date of the MoJ's response must be today or in the past",
  },
  providerId: { NOT_FOUND: "Choose the hospital provider" },
  reviewId: { NOT_FOUND: "Choose one of this person's reviews, or none" },
};

/** Sorts the API's errors onto the form's fields; anything else is about the form as a whole. */
export function restrictedApiErrors(apiErrors: readonly ApiError[]) {
  const fieldErrors: Partial<Record<RestrictedField, string>> = {};
  const formErrors: string[] = [];
  for (const error of apiErrors) {
    const field = RESTRICTED_FIELDS.find((f) => f === error.field);
    if (field) {
      const words = API_MESSAGES[field]?.[error.code];
      fieldErrors[field] ??=
        words ?? (error.code === "REQUIRED" ? (REQUIRED[field] ?? error.message) : error.message);
    } else formErrors.push(error.message);
  }
  return { fieldErrors, formErrors };
}

/** What a refused post gives back to the page: everything typed, and why. */
export type RestrictedRefusal = Omit<RestrictedFormResult, "input"> & {
  formErrors: string[];
  unavailable: boolean;
};

/**
 * Adding and changing a row post the same form: read and check it, send it
 * (`send` returns the API's errors), then go to the table with `done` said
 * there, or come back with the answers kept and each problem on its field.
 */
export async function submitRestrictedRow(
  form: FormData,
  send: (input: RestrictedInput) => Promise<readonly ApiError[]>,
  done: "added" | "changed",
) {
  const { input, ...read } = readRestrictedForm(form);
  const refused = (status: number, extra: Partial<RestrictedRefusal> = {}) =>
    data<RestrictedRefusal>({ ...read, formErrors: [], unavailable: false, ...extra }, { status });
  if (!input) return refused(400);
  let errors: readonly ApiError[];
  try {
    errors = await send(input);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    console.error(error);
    return refused(503, { unavailable: true });
  }
  if (errors.length === 0)
    throw redirect(`/restricted?${done}=${encodeURIComponent(input.reference)}`, 303);
  const mapped = restrictedApiErrors(errors);
  return refused(400, { errors: mapped.fieldErrors, formErrors: mapped.formErrors });
}

/** Form values from a stored row, for the change page. */
export function valuesFromRow(row: {
  reference: string;
  review: { id: string } | null;
  reviewDate: unknown;
  outcome: string;
  provider: { id: string };
  responsibleClinician: string;
  referredToMojOn: unknown;
  requestType: string | null;
  mojResponseOn: unknown;
  narrative: string | null;
  escalation: string | null;
}): RestrictedValues {
  const dateParts = (field: DateField, value: unknown) => {
    const [year = "", month = "", day = ""] = typeof value === "string" ? value.split("-") : [];
    return {
      [`${field}-day`]: day.replace(/^0/, ""),
      [`${field}-month`]: month.replace(/^0/, ""),
      [`${field}-year`]: year,
    };
  };
  return {
    reference: row.reference,
    reviewId: row.review?.id ?? "",
    ...dateParts("reviewDate", row.reviewDate),
    outcome: row.outcome,
    providerId: row.provider.id,
    responsibleClinician: row.responsibleClinician,
    ...dateParts("referredToMojOn", row.referredToMojOn),
    requestType: row.requestType ?? "",
    ...dateParts("mojResponseOn", row.mojResponseOn),
    narrative: row.narrative ?? "",
    escalation: row.escalation ?? "",
  };
}

/** The hospitals in someone's setting history, once each: the table's "provider" choices. */
export function providersOf(
  history: readonly { provider: { id: string; name: string } | null }[],
): { id: string; name: string }[] {
  return [
    ...new Map(
      history.flatMap((e) => (e.provider ? [[e.provider.id, e.provider] as const] : [])),
    ).values(),
  ];
}

export function restrictedSummary(errors: Partial<Record<RestrictedField, string>>) {
  return errorSummaryItems(RESTRICTED_FIELDS, errors);
}

export interface RestrictedRowFormProps {
  values: RestrictedValues;
  errors: Partial<Record<RestrictedField, string>>;
  invalidParts: Partial<Record<DateField, DatePart[]>>;
  reviews: readonly { id: string; kind: string; heldOn: unknown; scheduledOn: unknown }[];
  providers: readonly { id: string; name: string }[];
  submitLabel: string;
}

export function RestrictedRowForm({
  values,
  errors,
  invalidParts,
  reviews,
  providers,
  submitLabel,
}: RestrictedRowFormProps) {
  const date = (field: DateField, legend: string, hint: string) => (
    <DateInput
      id={field}
      name={field}
      legend={legend}
      hint={hint}
      defaultValue={{
        day: values[`${field}-day`] ?? "",
        month: values[`${field}-month`] ?? "",
        year: values[`${field}-year`] ?? "",
      }}
      errorMessage={errors[field]}
      invalidParts={invalidParts[field] ?? (errors[field] ? ["day", "month", "year"] : [])}
    />
  );
  const reviewLabel = (r: RestrictedRowFormProps["reviews"][number]) => {
    const on = (r.heldOn ?? r.scheduledOn) as string | null;
    const kind = REVIEW_KIND_LABELS[r.kind] ?? r.kind;
    return on ? `${kind}, ${r.heldOn ? "held" : "planned for"} ${formatCalendarDate(on)}` : kind;
  };
  return (
    <Form method="post" noValidate>
      <TextField
        id="reference"
        name="reference"
        label="Reference"
        hint="The reference this row has on your monitoring table, for example MOJ-2026-014"
        defaultValue={values.reference ?? ""}
        isInvalid={Boolean(errors.reference)}
        errorMessage={errors.reference}
      />
      <RadioGroup
        id="reviewId"
        name="reviewId"
        legend="Which review is this row about?"
        hint="The outcome of a linked review decides whether the one-week clock runs."
        options={[
          ...reviews.map((r) => ({ value: r.id, label: reviewLabel(r) })),
          { value: "", label: "None of these" },
        ]}
        defaultValue={values.reviewId ?? ""}
        isInvalid={Boolean(errors.reviewId)}
        errorMessage={errors.reviewId}
      />
      {date("reviewDate", "Date of the review", "For example, 27 3 2027")}
      <TextField
        id="outcome"
        name="outcome"
        label="Outcome of the review"
        hint="For example, ready for discharge with the right support in the community"
        defaultValue={values.outcome ?? ""}
        isInvalid={Boolean(errors.outcome)}
        errorMessage={errors.outcome}
      />
      <RadioGroup
        id="providerId"
        name="providerId"
        legend="Hospital provider"
        hint={
          providers.length === 0
            ? "No hospital is recorded in their setting history yet: record the admission first."
            : "From their setting history."
        }
        options={providers.map((p) => ({ value: p.id, label: p.name }))}
        defaultValue={values.providerId || (providers.length === 1 ? providers[0]?.id : "")}
        isInvalid={Boolean(errors.providerId)}
        errorMessage={errors.providerId}
      />
      <TextField
        id="responsibleClinician"
        name="responsibleClinician"
        label="Responsible clinician"
        defaultValue={values.responsibleClinician ?? ""}
        isInvalid={Boolean(errors.responsibleClinician)}
        errorMessage={errors.responsibleClinician}
      />
      {date(
        "referredToMojOn",
        "Date the responsible clinician referred to the MoJ (if they have)",
        "Leave blank if there has been no referral yet. It is due within one week of the review.",
      )}
      <RadioGroup
        id="requestType"
        name="requestType"
        legend="What was asked of the MoJ?"
        options={[
          ...Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => ({ value, label })),
          { value: "", label: "Nothing asked yet" },
        ]}
        defaultValue={values.requestType ?? ""}
        isInvalid={Boolean(errors.requestType)}
        errorMessage={errors.requestType}
      />
      {date(
        "mojResponseOn",
        "Date of the MoJ's response (if there is one)",
        "Leave blank until the MoJ has answered.",
      )}
      <TextArea
        id="narrative"
        name="narrative"
        label="Narrative (optional)"
        hint="What has happened since the review, in a few sentences."
        defaultValue={values.narrative ?? ""}
        errorMessage={errors.narrative}
      />
      <TextArea
        id="escalation"
        name="escalation"
        label="Escalation (optional)"
        hint="Who it was escalated to, when, and why, if the referral or the response is late."
        defaultValue={values.escalation ?? ""}
        errorMessage={errors.escalation}
      />
      <Button type="submit">{submitLabel}</Button>
    </Form>
  );
}
