import {
  ageOn,
  FOUR_QUESTIONS,
  type LineOfEnquiry,
  linesOfEnquiryFor,
  londonCalendarDate,
  parseCalendarDate,
} from "@cetr/domain";
import { graphql } from "@cetr/graphql";
import { Button, Link, Notice, RadioGroup, Tag, TextArea } from "@cetr/ui";
import { data, Form, redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { SummaryList } from "../lib/fields";
import { errorSummaryItems, FormProblems, hasProblems } from "../lib/form-problems";
import { pageTitle } from "../lib/format";
import { plannerAnswers } from "../lib/planner-answers";
import { latestSentProfile, PROFILE_SECTIONS, sentOn } from "../lib/profile";
import { type Api, ReviewPageNav, reviewNotFound, reviewPath } from "../lib/review-conduct";
import reviewStyles from "../lib/review-conduct.css?url";
import { type ApiError, attempt, formText, lines } from "../lib/review-forms.server";
import type { Route } from "./+types/review-enquiry";

/**
 * During the review (§8, Figure 2, standard 5.4): the person's one-page
 * profile and planner answers at hand, then each key line of enquiry with
 * what the panel found, the evidence, the person's and family's own words,
 * concerns, and each panel member's view where they do not agree.
 */

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reviewStyles }];

const EnquiryPage = graphql(`
  query ConsoleReviewEnquiry($id: ID!) {
    node(id: $id) {
      __typename
      ... on Review {
        id kind heldOn scheduledOn enquirySetting
        panel { user { id } }
        person {
          id name dateOfBirth
          profiles: plannerDocuments(kind: ONE_PAGE_PROFILE) {
            status version submittedAt
            answers { questionKey answer author { displayName } }
          }
          planners: plannerDocuments(kind: CETR_PLANNER) {
            status version submittedAt
            answers { questionKey answer author { displayName } }
          }
        }
        findings {
          id kloeId findings evidence concerns
          quotes { source text }
          differingOpinions { view member { id displayName } }
        }
      }
    }
    viewer { user { id } }
  }
`);

const RecordFinding = graphql(`
  mutation ConsoleRecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) { finding { id } errors { field code message } }
  }
`);
const AddQuote = graphql(`
  mutation ConsoleAddQuote($input: AddQuoteInput!) {
    addQuote(input: $input) { errors { field code message } }
  }
`);
const RecordOpinion = graphql(`
  mutation ConsoleRecordDifferingOpinion($input: RecordDifferingOpinionInput!) {
    recordDifferingOpinion(input: $input) { errors { field code message } }
  }
`);

type Intent = "finding" | "quote" | "opinion";
const FIELDS: Record<Intent, readonly string[]> = {
  finding: ["findings", "evidence", "concerns"],
  quote: ["source", "text"],
  opinion: ["view"],
};
const DONE: Record<Intent, string> = {
  finding: "What the panel found is saved.",
  quote: "The quote is saved.",
  opinion: "Your view is saved.",
};
/** Field ids are per line of enquiry, so an error link lands in the right form. */
const fieldId = (kloeId: string, field: string) => `${kloeId}-${field}`;

async function loadReview(api: Api, id: string) {
  const { node, viewer } = await api.request(EnquiryPage, { id });
  if (node?.__typename !== "Review") return reviewNotFound();
  const on =
    parseCalendarDate(((node.heldOn ?? node.scheduledOn) as string | null) ?? "") ??
    londonCalendarDate(new Date());
  const dateOfBirth = parseCalendarDate(node.person.dateOfBirth as string);
  // The API offers the same lines for this setting and age (recordFinding checks it).
  const enquiryLines = linesOfEnquiryFor(
    node.enquirySetting,
    dateOfBirth ? ageOn(dateOfBirth, on) : 18,
  );
  const onPanel = node.panel.some((seat) => seat.user.id === viewer.user?.id);
  return { review: node, enquiryLines, onPanel, viewerId: viewer.user?.id ?? null };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { review, enquiryLines, onPanel, viewerId } = await loadReview(
    await requireApi(request),
    params.id,
  );
  const profile = latestSentProfile(review.person.profiles);
  const planner = latestSentProfile(review.person.planners);
  const url = new URL(request.url);
  const done = url.searchParams.get("done") as Intent | null;
  const line = url.searchParams.get("line");
  return {
    review: { ...review, person: { id: review.person.id, name: review.person.name } },
    enquiryLines,
    onPanel,
    viewerId,
    profile: profile
      ? {
          version: profile.version,
          sentOn: sentOn(profile.submittedAt as string),
          answers: Object.fromEntries(profile.answers.map((a) => [a.questionKey, a])),
        }
      : null,
    planner: planner
      ? {
          version: planner.version,
          sentOn: sentOn(planner.submittedAt as string),
          answers: plannerAnswers(planner.answers),
        }
      : null,
    done: done && done in DONE ? { message: DONE[done], line } : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const { review, enquiryLines } = await loadReview(api, params.id);
  const posted = await request.formData();
  const text = formText(posted);
  const intent = (["finding", "quote", "opinion"] as const).find((i) => i === text("intent"));
  const kloeId = text("kloeId");
  const line = enquiryLines.find((k) => k.id === kloeId);
  const values = Object.fromEntries(
    (intent ? FIELDS[intent] : []).map((f) => [f, text(fieldId(kloeId, f))]),
  );
  const refused = (errors: Record<string, string>, formErrors: string[], unavailable = false) =>
    data(
      { intent, kloeId, values, errors, formErrors, unavailable },
      { status: unavailable ? 503 : 400 },
    );
  if (!intent || !line)
    return refused({}, ["This page changed meanwhile: look again and try once more."]);
  const existing = review.findings.find((f) => f.kloeId === kloeId);
  const errors: Record<string, string> = {};
  if (intent === "quote") {
    if (!values.source) errors.source = "Choose whose words these are";
    if (!values.text?.trim()) errors.text = "Write the words as they were said";
  }
  if (intent === "opinion" && !values.view?.trim()) errors.view = "Write your view";
  if (
    intent === "finding" &&
    ![values.findings, values.evidence, values.concerns].some((v) => v?.trim())
  )
    errors.findings = "Write at least one finding, piece of evidence or concern";
  if (Object.keys(errors).length) return refused(prefix(kloeId, errors), []);

  const result = await attempt(async (): Promise<readonly ApiError[]> => {
    if (intent === "finding") {
      return (
        await api.request(RecordFinding, {
          input: {
            reviewId: review.id,
            kloeId,
            findings: lines(values.findings ?? ""),
            evidence: lines(values.evidence ?? ""),
            concerns: lines(values.concerns ?? ""),
          },
        })
      ).recordFinding.errors;
    }
    // Quotes and views hang on the line's record: start an empty one if the panel has not yet.
    let findingId = existing?.id;
    if (!findingId) {
      const started = (
        await api.request(RecordFinding, {
          input: { reviewId: review.id, kloeId, findings: [], evidence: [], concerns: [] },
        })
      ).recordFinding;
      if (!started.finding) return started.errors;
      findingId = started.finding.id;
    }
    if (intent === "quote")
      return (
        await api.request(AddQuote, {
          input: { findingId, source: values.source as never, text: values.text ?? "" },
        })
      ).addQuote.errors;
    return (await api.request(RecordOpinion, { input: { findingId, view: values.view ?? "" } }))
      .recordDifferingOpinion.errors;
  });
  if (result.unavailable) return refused({}, [], true);
  const formErrors: string[] = [];
  for (const e of result.errors) {
    if (FIELDS[intent].includes(e.field)) errors[e.field] ??= e.message;
    else formErrors.push(e.message);
  }
  if (result.errors.length) return refused(prefix(kloeId, errors), formErrors);
  throw redirect(
    `${reviewPath(review.id, "enquiry")}?done=${intent}&line=${encodeURIComponent(kloeId)}#${kloeId}`,
    { status: 303 },
  );
}

const prefix = (kloeId: string, errors: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors).map(([f, m]) => [fieldId(kloeId, f), m]));

type LoaderData = Route.ComponentProps["loaderData"];
type ActionData = Route.ComponentProps["actionData"];

export default function ReviewEnquiryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { review, enquiryLines, onPanel, viewerId, profile, planner, done } = loaderData;
  const failed = actionData?.intent ? actionData : undefined;
  const problems = {
    unavailable: Boolean(actionData?.unavailable),
    formErrors: actionData?.formErrors ?? [],
    summary: errorSummaryItems(
      failed?.intent ? FIELDS[failed.intent].map((f) => fieldId(failed.kloeId, f)) : [],
      actionData?.errors ?? {},
    ),
  };
  const heading = "Lines of enquiry";
  const findings = new Map(review.findings.map((f) => [f.kloeId, f]));
  return (
    <div className="cetr-readable cetr-review-wrap">
      <title>{pageTitle(`${heading}: ${review.person.name}`, hasProblems(problems))}</title>
      <ReviewPageNav review={review} current="enquiry" />
      <FormProblems
        {...problems}
        unavailableTitle="Sorry, we could not save that"
        unavailableText="Nothing has been saved."
        formErrorsTitle="Sorry, that could not be saved"
      />
      {done && !actionData ? (
        <Notice title="Saved" variant="success" role="status">
          <p>
            {done.message}{" "}
            {done.line ? (
              <a className="cetr-link" href={`#${done.line}`}>
                Back to the line of enquiry
              </a>
            ) : null}
          </p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">{heading}</h1>
      <AboutThePerson
        name={review.person.name}
        personId={review.person.id}
        profile={profile}
        planner={planner}
      />
      <nav aria-labelledby="lines-heading" className="cetr-contents">
        <h2 id="lines-heading" className="cetr-contents__title">
          The lines of enquiry for this review
        </h2>
        <ol className="cetr-contents__list">
          {enquiryLines.map((line) => (
            <li key={line.id}>
              <a className="cetr-link" href={`#${line.id}`}>
                {line.keyQuestion}
              </a>
              {findings.has(line.id) ? " (recorded)" : ""}
            </li>
          ))}
        </ol>
      </nav>
      {enquiryLines.map((line) => (
        <LineSection
          key={line.id}
          line={line}
          finding={findings.get(line.id)}
          onPanel={onPanel}
          viewerId={viewerId}
          failed={failed?.kloeId === line.id ? failed : undefined}
        />
      ))}
    </div>
  );
}

function AboutThePerson({
  name,
  personId,
  profile,
  planner,
}: {
  name: string;
  personId: string;
  profile: LoaderData["profile"];
  planner: LoaderData["planner"];
}) {
  return (
    <section aria-labelledby="person-heading">
      <h2 id="person-heading" className="cetr-heading-l">
        About {name}, in their words
      </h2>
      {profile ? (
        <>
          <h3 className="cetr-heading-m">One-page profile</h3>
          <p className="cetr-hint">
            Version {profile.version}, sent by the family on {profile.sentOn}.{" "}
            <Link href={`/people/${encodeURIComponent(personId)}/profile`}>Printable profile</Link>
          </p>
          <SummaryList
            rows={PROFILE_SECTIONS.map((s) => {
              const answer = profile.answers[s.key];
              return {
                key: s.title,
                value: answer ? (
                  <>
                    <p className="cetr-pre-line">{answer.answer}</p>
                    <p className="cetr-hint">Written by {answer.author.displayName}</p>
                  </>
                ) : (
                  <span className="cetr-hint">Not written</span>
                ),
              };
            })}
          />
        </>
      ) : (
        <p>{name} and their family have not sent a one-page profile.</p>
      )}
      {planner && planner.answers.length > 0 ? (
        <details className="cetr-details">
          <summary>
            Their planner answers (version {planner.version}, sent {planner.sentOn})
          </summary>
          <SummaryList
            rows={planner.answers.map((a) => ({
              key: a.question,
              value: (
                <>
                  <p className="cetr-pre-line">{a.answer}</p>
                  <p className="cetr-hint">Written by {a.author}</p>
                </>
              ),
            }))}
          />
        </details>
      ) : (
        <p>They have not sent a planner.</p>
      )}
    </section>
  );
}

type Finding = LoaderData["review"]["findings"][number];

function LineSection({
  line,
  finding,
  onPanel,
  viewerId,
  failed,
}: {
  line: LineOfEnquiry;
  finding: Finding | undefined;
  onPanel: boolean;
  viewerId: string | null;
  failed: ActionData;
}) {
  const question = FOUR_QUESTIONS.find((q) => q.id === line.question)?.text;
  const mine = (intent: Intent) => (failed?.intent === intent ? failed : undefined);
  const id = (field: string) => fieldId(line.id, field);
  const postedValue = (intent: Intent, field: string) => mine(intent)?.values[field];
  const errorOf = (intent: Intent, field: string) => mine(intent)?.errors[id(field)];
  const list = (label: string, items: readonly string[]) =>
    items.length ? (
      <>
        <h4 className="cetr-heading-s">{label}</h4>
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </>
    ) : null;
  const recorded =
    finding &&
    finding.findings.length +
      finding.evidence.length +
      finding.concerns.length +
      finding.quotes.length +
      finding.differingOpinions.length >
      0;
  return (
    <section id={line.id} className="cetr-enquiry-line" aria-labelledby={`${line.id}-heading`}>
      <h2 id={`${line.id}-heading`} className="cetr-heading-l">
        {line.keyQuestion}
      </h2>
      <p>
        <Tag colour="grey">{question}</Tag> <span className="cetr-hint">{line.section}</span>
      </p>
      <details className="cetr-details">
        <summary>Questions to ask and where to look</summary>
        <div>
          <h3 className="cetr-heading-s">Questions to ask</h3>
          <ul>
            {line.probes.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <h3 className="cetr-heading-s">Where to look</h3>
          <ul>
            {line.evidenceSources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      </details>
      <h3 className="cetr-heading-m">What the panel recorded</h3>
      {recorded && finding ? (
        <>
          {finding.quotes.length ? (
            <>
              <h4 className="cetr-heading-s">In their own words</h4>
              {finding.quotes.map((q, i) => (
                <blockquote key={i}>
                  <p>“{q.text}”</p>
                  <footer className="cetr-hint">
                    {q.source === "PERSON" ? "The person" : "Their family"}
                  </footer>
                </blockquote>
              ))}
            </>
          ) : null}
          {list("Findings", finding.findings)}
          {list("Evidence seen", finding.evidence)}
          {list("Concerns", finding.concerns)}
          {finding.differingOpinions.length ? (
            <>
              <h4 className="cetr-heading-s">Where the panel does not agree</h4>
              <ul>
                {finding.differingOpinions.map((o) => (
                  <li key={o.member.id}>
                    <strong>{o.member.displayName}:</strong> {o.view}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p>Nothing recorded yet.</p>
      )}
      <details className="cetr-details" open={Boolean(mine("finding"))}>
        <summary>
          {recorded
            ? "Change the findings, evidence and concerns"
            : "Record findings, evidence and concerns"}
        </summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="finding" />
          <input type="hidden" name="kloeId" value={line.id} />
          <TextArea
            id={id("findings")}
            label="Findings"
            hint="One on each line."
            defaultValue={postedValue("finding", "findings") ?? finding?.findings.join("\n") ?? ""}
            errorMessage={errorOf("finding", "findings")}
            rows={4}
          />
          <TextArea
            id={id("evidence")}
            label="Evidence seen"
            hint="One on each line, for example: Care plan dated 1 November 2026."
            defaultValue={postedValue("finding", "evidence") ?? finding?.evidence.join("\n") ?? ""}
            errorMessage={errorOf("finding", "evidence")}
            rows={3}
          />
          <TextArea
            id={id("concerns")}
            label="Concerns"
            hint="One on each line. Escalate serious concerns from the Concerns escalated page."
            defaultValue={postedValue("finding", "concerns") ?? finding?.concerns.join("\n") ?? ""}
            errorMessage={errorOf("finding", "concerns")}
            rows={3}
          />
          <Button type="submit" variant="secondary">
            Save findings
          </Button>
        </Form>
      </details>
      <details className="cetr-details" open={Boolean(mine("quote"))}>
        <summary>Add a quote from the person or their family</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="quote" />
          <input type="hidden" name="kloeId" value={line.id} />
          <RadioGroup
            id={id("source")}
            name={id("source")}
            legend="Whose words are these?"
            options={[
              { value: "PERSON", label: "The person" },
              { value: "FAMILY", label: "Their family" },
            ]}
            defaultValue={postedValue("quote", "source")}
            isInvalid={Boolean(errorOf("quote", "source"))}
            errorMessage={errorOf("quote", "source")}
          />
          <TextArea
            id={id("text")}
            label="What they said"
            hint="Their words as they said them."
            defaultValue={postedValue("quote", "text") ?? ""}
            errorMessage={errorOf("quote", "text")}
            rows={3}
          />
          <Button type="submit" variant="secondary">
            Add the quote
          </Button>
        </Form>
      </details>
      {onPanel ? (
        <details className="cetr-details" open={Boolean(mine("opinion"))}>
          <summary>Record your view, where you do not agree with the panel</summary>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="opinion" />
            <input type="hidden" name="kloeId" value={line.id} />
            <TextArea
              id={id("view")}
              label="Your view"
              hint="Standard 5.4: each panel member's view is noted where the panel does not agree."
              defaultValue={
                postedValue("opinion", "view") ??
                finding?.differingOpinions.find((o) => o.member.id === viewerId)?.view ??
                ""
              }
              errorMessage={errorOf("opinion", "view")}
              rows={3}
            />
            <Button type="submit" variant="secondary">
              Save my view
            </Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
