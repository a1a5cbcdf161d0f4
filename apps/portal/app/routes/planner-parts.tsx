import { ErrorMessage, ErrorSummary, Link, type PictogramName, Tag } from "@cetr/ui";
import {
  type AuthorRole,
  type FieldProblem,
  fieldId,
  type PlannerAnswer,
  type PlannerField,
  parseChoices,
  plannerPath,
  type SectionId,
  type SectionStatus,
} from "../lib/planner";
import plannerStyles from "./planner.css?url";

/** Pieces every planner page shares (not a route: routes.ts does not list it). */

export const plannerLinks = () => [{ rel: "stylesheet", href: plannerStyles }];

/** The picture beside each section in easy read. */
export const sectionPictures = {
  about: "meeting",
  consent: "yes",
  people: "family",
  where: "home",
  communication: "listen",
  talk: "talk",
  questions: "question",
  panel: "chair",
} satisfies Record<SectionId, PictogramName>;

import { PageTitle, type Text, usePlannerText } from "./page-text";

export { PageTitle, type Text, usePlannerText };

/**
 * The error summary for a planner form: each problem links to its question;
 * a problem saving (key "save") links to the button that sends the form.
 */
export function PlannerProblems({
  problems,
  buttonId,
}: {
  problems: readonly FieldProblem[];
  buttonId: string;
}) {
  const tx = usePlannerText();
  if (!problems.length) return null;
  return (
    <ErrorSummary
      title={tx("common.errorSummaryTitle")}
      errors={problems.map((p) => ({
        fieldId: p.key === "save" ? buttonId : fieldId(p.key),
        message: tx(p.message, p.values),
      }))}
    />
  );
}

export function BackToPlanner({ personId }: { personId: string }) {
  const tx = usePlannerText();
  return (
    <p>
      <Link href={plannerPath(personId)} variant="back">
        {tx("planner.backToPlanner")}
      </Link>
    </p>
  );
}

const statusColour = { notStarted: "grey", inProgress: "blue", completed: "green" } as const;

export function StatusTag({ status }: { status: SectionStatus }) {
  const tx = usePlannerText();
  return <Tag colour={statusColour[status]}>{tx(`planner.status.${status}`)}</Tag>;
}

/** "Written by Sarah Morgan (parent carer)": a parent carer may write for the young person. */
export function WrittenBy({
  answer,
  roles,
}: {
  answer: PlannerAnswer | undefined;
  roles: Record<string, AuthorRole>;
}) {
  const tx = usePlannerText();
  if (!answer) return null;
  const role = roles[answer.authorId];
  return (
    <span className="planner-written-by">
      {role
        ? tx("planner.writtenByRole", {
            name: answer.authorName,
            role: tx(`planner.roles.${role}`),
          })
        : tx("planner.writtenBy", { name: answer.authorName })}
    </span>
  );
}

/** One question as a native control, so it posts without JavaScript. */
export function QuestionField({
  field,
  value,
  problem,
  writtenBy,
}: {
  field: PlannerField;
  /** What to show: what was typed (after an error) or what is saved. */
  value: string;
  problem: FieldProblem | undefined;
  writtenBy?: React.ReactNode;
}) {
  const tx = usePlannerText();
  const id = fieldId(field.key);
  const hasHint = field.type !== "radios";
  const hintText = hasHint ? tx(`${field.text}.hint`) : "";
  // A key with no hint in the text comes back as itself: then there is no hint.
  const hint = hintText && !hintText.endsWith(".hint") ? hintText : null;
  const errorText = problem ? tx(problem.message, problem.values) : null;
  const describedBy =
    [hint ? `${id}-hint` : null, errorText ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  const groupClass = `cetr-form-group${errorText ? " cetr-form-group--error" : ""}`;
  const label = tx(`${field.text}.label`);
  const hintElement = hint ? (
    <div id={`${id}-hint`} className="cetr-hint">
      {hint}
    </div>
  ) : null;
  const errorElement = errorText ? (
    <ErrorMessage id={`${id}-error`} prefix={tx("common.errorPrefix")}>
      {errorText}
    </ErrorMessage>
  ) : null;

  if (field.type === "radios" || field.type === "checkboxes") {
    const chosen = parseChoices(field, value);
    const isCheckbox = field.type === "checkboxes";
    // Checkboxes and radios share one layout in @cetr/ui; only the box differs.
    const kind = isCheckbox ? "cetr-checkboxes" : "cetr-radios";
    return (
      <div className={groupClass}>
        <fieldset className="cetr-fieldset" aria-describedby={describedBy}>
          <legend className="cetr-fieldset__legend">{label}</legend>
          {hintElement}
          {errorElement}
          {writtenBy}
          <div className={kind}>
            {field.options.map((option, index) => {
              const inputId = index === 0 ? id : `${id}-${option}`;
              return (
                <div key={option} className={`${kind}__item`}>
                  <input
                    id={inputId}
                    name={field.key}
                    type={isCheckbox ? "checkbox" : "radio"}
                    value={option}
                    defaultChecked={chosen.includes(option)}
                    className={`${kind}__input`}
                  />
                  <label htmlFor={inputId} className={`cetr-label ${kind}__label`}>
                    {tx(`${field.text}.${option}`)}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }
  const common = {
    id,
    name: field.key,
    defaultValue: value,
    "aria-describedby": describedBy,
    "aria-invalid": errorText ? true : undefined,
  } as const;
  return (
    <div className={groupClass}>
      <label className="cetr-label" htmlFor={id}>
        {label}
      </label>
      {hintElement}
      {errorElement}
      {writtenBy}
      {field.type === "textarea" ? (
        <textarea {...common} rows={5} className="cetr-input" />
      ) : (
        <input
          {...common}
          type="text"
          spellCheck={false}
          className="cetr-input cetr-input--width-20"
        />
      )}
    </div>
  );
}

/** A saved answer in words: the chosen options' labels, or the text as written. */
export function AnswerValue({ field, answer }: { field: PlannerField; answer: string }) {
  const tx = usePlannerText();
  if (field.type === "radios") {
    const [choice] = parseChoices(field, answer);
    return <p>{choice ? tx(`${field.text}.${choice}`) : answer}</p>;
  }
  if (field.type === "checkboxes") {
    const chosen = parseChoices(field, answer);
    return (
      <ul>
        {chosen.map((option) => (
          <li key={option}>{tx(`${field.text}.${option}`)}</li>
        ))}
      </ul>
    );
  }
  return <p>{answer}</p>;
}
