import { graphql } from "@cetr/graphql";
import { Button, Link, Notice, RadioGroup, Table, Tag, TextArea, VisuallyHidden } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { sentOn } from "../lib/profile";
import {
  type AssessmentValues,
  assessmentsToSend,
  fieldId,
  formFieldOf,
  readAssessments,
} from "../lib/quality-assessment-form";
import {
  answeredInWords,
  assessGroupId,
  countsInWords,
  principleGroups,
  statusCounts,
} from "../lib/quality-groups";
import {
  evidenceLinks,
  PRINCIPLE_NAMES,
  reasonInWords,
  STANDARD_STATUS_COLOURS,
  STANDARD_STATUS_LABELS,
} from "../lib/quality-labels";
import {
  type Api,
  ReviewPageNav,
  reviewDescription,
  reviewNotFound,
  reviewPath,
} from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { attempt, formText } from "../lib/review-forms.server";
import type { Route } from "./+types/review-quality";

/**
 * The review against the Appendix 1 standards (§42, issue 8 item 8): each
 * standard met, not met or not known, why, and where in the console the
 * evidence is. The API works the results out from what is recorded; for the
 * standards the record has no facts for, staff record an assessment here
 * (ADR 0037), and the page says which answers came from where.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const QualityPage = graphql(`
  query ConsoleReviewQuality($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn
        person { id name }
        qualityStandards {
          id principle title status reason section source
          assessment { met evidence followUp recordedByName recordedAt }
        }
      }
    }
  }
`);

const RecordAssessments = graphql(`
  mutation ConsoleRecordQualityAssessments($input: RecordQualityAssessmentsInput!) {
    recordQualityAssessments(input: $input) { errors { field code message } }
  }
`);

type Standard = Awaited<ReturnType<typeof loadReview>>["qualityStandards"][number];

async function loadReview(api: Api, id: string) {
  const { node } = await api.request(QualityPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  return node;
}

/** Standards the form offers: every one whose answer does not come from the record. */
const assessable = (standards: readonly Standard[]) =>
  principleGroups(standards).flatMap((g) => g.toAssess);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const review = await loadReview(api, params.id);
  const done = new URL(request.url).searchParams.get("done");
  return { review, saved: done === "saved" };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const review = await loadReview(api, params.id);
  const ids = assessable(review.qualityStandards).map((s) => s.id);
  const values = readAssessments(ids, formText(await request.formData()));
  const { send, errors } = assessmentsToSend(values);
  const refuse = (status: number, formErrors: string[] = [], unavailable = false) =>
    data({ values, errors, formErrors, unavailable }, { status });
  if (Object.keys(errors).length > 0) return refuse(400);
  if (send.length === 0)
    return refuse(400, ["Choose met or not met for at least one standard, then save."]);
  const result = await attempt(async () => {
    const { recordQualityAssessments } = await api.request(RecordAssessments, {
      input: { reviewId: review.id, assessments: send },
    });
    return recordQualityAssessments.errors;
  });
  if (result.unavailable) return refuse(503, [], true);
  const formErrors: string[] = [];
  for (const e of result.errors) {
    const field = formFieldOf(e.field, send);
    if (field) errors[field] ??= e.message;
    else formErrors.push(e.message);
  }
  if (Object.keys(errors).length > 0 || formErrors.length > 0) return refuse(400, formErrors);
  throw redirect(`${reviewPath(review.id, "quality")}?done=saved#assess`, { status: 303 });
}

function Source({ standard }: { standard: Standard }) {
  const a = standard.assessment;
  if (standard.source === "RECORD")
    return <div className="cetr-hint cetr-quality-source">From the record</div>;
  if (!a) return null;
  return (
    <>
      {a.followUp ? (
        <div className="cetr-quality-source">What will be done: {a.followUp}</div>
      ) : null}
      <div className="cetr-hint cetr-quality-source">
        Recorded by {a.recordedByName} on {sentOn(a.recordedAt)}
      </div>
    </>
  );
}

function AssessmentFields({
  standard,
  values,
  errors,
}: {
  standard: Standard;
  values: AssessmentValues | undefined;
  errors: Record<string, string>;
}) {
  const a = standard.assessment;
  const choice = values?.choice ?? (a ? (a.met ? "MET" : "UNMET") : "");
  const id = (field: "choice" | "evidence" | "followUp") => fieldId(standard.id, field);
  return (
    <div className="cetr-assessment">
      <RadioGroup
        id={id("choice")}
        name={id("choice")}
        legend={
          <strong>
            {standard.id} {standard.title}
          </strong>
        }
        hint={
          a
            ? `Recorded by ${a.recordedByName} on ${sentOn(a.recordedAt)}. Change it, or remove it if it was recorded by mistake.`
            : undefined
        }
        options={[
          ...(a ? [] : [{ value: "", label: "Not assessed yet" }]),
          { value: "MET", label: "Met" },
          { value: "UNMET", label: "Not met" },
          ...(a ? [{ value: "CLEAR", label: "Remove this answer" }] : []),
        ]}
        defaultValue={choice}
        isInline
        isInvalid={Boolean(errors[id("choice")])}
        errorMessage={errors[id("choice")]}
      />
      <TextArea
        id={id("evidence")}
        label={
          <>
            What shows this<VisuallyHidden> for standard {standard.id}</VisuallyHidden>
          </>
        }
        hint="For example where it is written down, or who saw it. Needed for met and not met."
        defaultValue={values?.evidence ?? a?.evidence ?? ""}
        errorMessage={errors[id("evidence")]}
        rows={2}
      />
      <TextArea
        id={id("followUp")}
        label={
          <>
            If not met, what will be done
            <VisuallyHidden> for standard {standard.id}</VisuallyHidden>
          </>
        }
        defaultValue={values?.followUp ?? a?.followUp ?? ""}
        errorMessage={errors[id("followUp")]}
        rows={2}
      />
    </div>
  );
}

export default function ReviewQualityPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, saved } = loaderData;
  const standards = review.qualityStandards;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const groups = principleGroups(standards, errors);
  const toAssess = groups.flatMap((g) => g.toAssess);
  const fieldOrder = toAssess.flatMap((s) =>
    (["choice", "evidence", "followUp"] as const).map((f) => fieldId(s.id, f)),
  );
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: fieldOrder.flatMap((f) => {
      const message = errors[f];
      return message ? [{ fieldId: f, message }] : [];
    }),
  };
  const unanswered = toAssess.length - groups.reduce((n, g) => n + g.answered, 0);
  const heading = "Quality standards";
  return (
    <>
      <title>{pageTitle(`${heading}: ${reviewDescription(review)}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="quality" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save the assessments"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, the assessments could not be saved"
      />
      {saved && !actionData ? (
        <Notice title="Assessments saved" variant="success" role="status">
          <p>The checklist below now shows them, with your name and today's date.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      <div className="cetr-readable">
        <p>
          How this review measures up to the {standards.length} standards in Appendix 1 of the
          policy (§42), grouped under its eight principles. Where the record holds the facts
          (consent, panel, findings, actions, report), the answer comes from the record. For the
          other standards, staff record whether each was met, in the form after the checklist. A
          standard is “not known” until one of these shows whether it was met.
        </p>
        <p>
          <strong>{countsInWords(statusCounts(standards))}.</strong>
        </p>
        <nav aria-labelledby="principles-heading" className="cetr-quality-contents">
          <h2 className="cetr-heading-m" id="principles-heading">
            Principles
          </h2>
          <ul className="cetr-list-plain">
            {groups.map((g) => (
              <li key={g.principle}>
                <Link href={`#principle-${g.principle}`}>{g.title}</Link>
                <span className="cetr-quality-contents__counts">: {countsInWords(g.counts)}</span>
              </li>
            ))}
            {toAssess.length > 0 ? (
              <li>
                <Link href="#assess">Record whether standards were met</Link>
                <span className="cetr-quality-contents__counts">
                  {": "}
                  {unanswered === 0
                    ? `all ${toAssess.length} answered`
                    : `${unanswered} of ${toAssess.length} not answered yet`}
                </span>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
      {groups.map((g) => (
        <section key={g.principle} aria-labelledby={`principle-${g.principle}`}>
          <h2 className="cetr-heading-l" id={`principle-${g.principle}`}>
            {g.title}
          </h2>
          <p>{countsInWords(g.counts)}.</p>
          <Table
            caption={`Standards under principle ${g.principle}: ${PRINCIPLE_NAMES[g.principle] ?? ""}`}
            firstCellIsHeader
            head={["Standard", "What it asks", "Result", "Why", "Evidence"]}
            rows={g.standards.map((s) => ({
              key: s.id,
              cells: [
                <span key="id" className="cetr-nowrap">
                  {s.id}
                </span>,
                s.title,
                <span key="status" className="cetr-quality-status">
                  <Tag colour={STANDARD_STATUS_COLOURS[s.status]}>
                    {STANDARD_STATUS_LABELS[s.status]}
                  </Tag>
                </span>,
                <div key="why">
                  <div>
                    {s.source === "NONE" ? "Nothing recorded yet" : reasonInWords(s.reason)}
                  </div>
                  <Source standard={s} />
                </div>,
                <ul key="evidence" className="cetr-list-plain">
                  {evidenceLinks(s.id, review).map((link) => (
                    <li key={link.href}>
                      <Link href={link.href}>
                        {link.label}
                        <VisuallyHidden> for standard {s.id}</VisuallyHidden>
                      </Link>
                    </li>
                  ))}
                </ul>,
              ],
            }))}
          />
          {g.toAssess.length > 0 ? (
            <p>
              <Link href={`#${assessGroupId(g.principle)}`}>
                Record whether these were met
                <VisuallyHidden> (principle {g.principle})</VisuallyHidden>
              </Link>
            </p>
          ) : null}
        </section>
      ))}
      {toAssess.length > 0 ? (
        <section aria-labelledby="assess" className="cetr-readable">
          <h2 className="cetr-heading-l" id="assess" tabIndex={-1}>
            Record whether standards were met
          </h2>
          <p>
            The record has no facts for these {toAssess.length} standards. For each one you can
            judge, choose met or not met and say what shows it. If it was not met, say what will be
            done. Leave the others as they are and save: you can come back to them.
          </p>
          <p>
            Principles with a standard not answered yet are open; open the others to change an
            answer. Your name and today's date are saved with each answer you change.
          </p>
          <Form method="post" noValidate>
            {groups
              .filter((g) => g.toAssess.length > 0)
              .map((g) => (
                <details
                  key={g.principle}
                  id={assessGroupId(g.principle)}
                  className="cetr-quality-group"
                  open={g.open}
                >
                  <summary className="cetr-quality-group__summary">
                    {g.title}: {answeredInWords(g)}
                  </summary>
                  {g.toAssess.map((s) => (
                    <AssessmentFields
                      key={s.id}
                      standard={s}
                      values={actionData?.values[s.id]}
                      errors={errors}
                    />
                  ))}
                </details>
              ))}
            <Button type="submit">Save assessments</Button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
