import { graphql } from "@cetr/graphql";
import { Notice, Pagination } from "@cetr/ui";
import { data, redirect } from "react-router";
import {
  ActionQuestionList,
  ANSWER_INTENT,
  AnswerErrorSummary,
  type AnswerProblem,
  answerQuestion,
} from "../lib/action-questions";
import { requireApi } from "../lib/api.server";
import { listQuery, listView, oneOf, pageHrefs, readListParams } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { ChoiceField, CountLine, FilterForm, WorklistHeading } from "../lib/worklist-ui";
import type { Route } from "./+types/dashboard-questions";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

const QuestionsList = graphql(`
  query DashboardActionQuestions(
    $first: Int, $after: String, $last: Int, $before: String, $organisationId: ID,
    $open: Boolean, $ownerId: ID, $descending: Boolean
  ) {
    actionQuestions(
      first: $first, after: $after, last: $last, before: $before, organisationId: $organisationId,
      open: $open, ownerId: $ownerId, descending: $descending
    ) {
      totalCount
      edges {
        node {
          id question askedAt askedBy { displayName } isOpen answer answeredAt
          answeredBy { displayName }
          action { id what isOverdue owner { displayName } review { id person { id } } context { personName } }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { user { id } memberships { organisation { id name } } }
  }
`);

const Me = graphql(`
  query DashboardQuestionsMe { viewer { user { id } } }
`);

const SHOW = ["open", "answered"] as const;
const OWNER = ["anyone", "me"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const params = readListParams(request);
  const show = oneOf(params.url.searchParams.get("show"), SHOW, "open");
  const owner = oneOf(params.url.searchParams.get("owner"), OWNER, "anyone");
  const saved = params.url.searchParams.get("saved") === "1";
  const me = owner === "me" ? ((await api.request(Me)).viewer.user?.id ?? null) : null;
  const { actionQuestions, viewer } = await api.request(QuestionsList, {
    ...listQuery(params),
    open: show === "open",
    ownerId: me,
  });
  return {
    questions: actionQuestions,
    ...listView(params, viewer.memberships),
    show,
    owner,
    saved,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const api = await requireApi(request);
  const form = await request.formData();
  if (form.get("intent") !== ANSWER_INTENT) throw new Response("Bad request", { status: 400 });
  const problem = await answerQuestion(api, form);
  if (problem)
    return data<{ problem: AnswerProblem }>(
      { problem },
      { status: problem.unavailable ? 503 : 400 },
    );
  const back = new URL(request.url);
  back.searchParams.set("saved", "1");
  throw redirect(`${back.pathname}${back.search}`, 303);
}

const HEADINGS = { open: "Questions from families", answered: "Answered questions" } as const;

export default function DashboardQuestions({ loaderData, actionData }: Route.ComponentProps) {
  const { questions, organisations, organisationId, direction, show, owner, href, saved } =
    loaderData;
  const url = new URL(href);
  const rows = questions.edges.map(({ node }) => node);
  const problem = actionData?.problem ?? null;
  return (
    <>
      <AnswerErrorSummary problem={problem} />
      <WorklistHeading title={HEADINGS[show]} hasError={Boolean(problem)}>
        Questions the young person, their family or advocate asked about an action agreed at a
        review, for example because they think it has not happened. The person responsible for the
        action and the commissioner both see them here. Contact the person who asked, then record
        your answer to close the question.
      </WorklistHeading>
      {saved && !problem ? (
        <Notice title="Answer saved" variant="success" role="status">
          <p>The question is closed. The family can see your answer on their actions page.</p>
        </Notice>
      ) : null}
      <FilterForm
        action="/dashboard/questions"
        organisations={organisations}
        organisationId={organisationId}
        order={{ value: direction, ascending: "Oldest first", descending: "Newest first" }}
      >
        <ChoiceField
          name="show"
          label="Show"
          value={show}
          options={[
            { value: "open", label: "Waiting for an answer" },
            { value: "answered", label: "Answered" },
          ]}
        />
        <ChoiceField
          name="owner"
          label="About actions"
          value={owner}
          options={[
            { value: "anyone", label: "Anyone is responsible for" },
            { value: "me", label: "I am responsible for" },
          ]}
        />
      </FilterForm>
      <CountLine
        shown={rows.length}
        total={questions.totalCount}
        noun={["question", "questions"]}
      />
      <ActionQuestionList questions={rows} problem={problem} />
      <Pagination label="Pages of questions" {...pageHrefs(url, questions.pageInfo)} />
    </>
  );
}
