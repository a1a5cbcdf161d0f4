import { GraphQLRequestError } from "@cetr/graphql";
import { EasyReadList, type PictogramName } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import {
  answerChanges,
  answerMap,
  type FieldProblem,
  FOUR_QUESTIONS,
  nextSection,
  type PlannerSection,
  plannerPath,
  progressKey,
  readSectionForm,
  type SectionId,
  sectionById,
} from "../lib/planner";
import {
  loadPlanner,
  type PanelPhoto,
  type PlannerView,
  panelPhotos,
  plannerView,
  saveChanges,
} from "../lib/planner.server";
import { usePreferences } from "../lib/preferences";
import type { Route } from "./+types/planner-section";
import {
  BackToPlanner,
  PageTitle,
  PlannerProblems,
  plannerLinks,
  QuestionField,
  usePlannerText,
  WrittenBy,
} from "./planner-parts";

export const links = plannerLinks;

function sectionOr404(id: string): PlannerSection {
  const section = sectionById(id);
  if (!section) throw data(null, { status: 404 });
  return section;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const section = sectionOr404(params.section);
  const { page } = await loadPlanner(request, params.personId);
  // A sent planner is kept as sent: its pages are read on the check page.
  if (page.mode === "sent") throw redirect(plannerPath(page.personId));
  const photos =
    section.id === "panel" && page.review ? await panelPhotos(request, page.review.id) : {};
  return { sectionId: section.id, view: plannerView(page), photos };
}

type ActionResult = { values: Record<string, string>; problems: FieldProblem[] };

export async function action({ request, params }: Route.ActionArgs) {
  const section = sectionOr404(params.section);
  const form = await request.formData();
  const { api, page } = await loadPlanner(request, params.personId);
  if (page.mode === "sent") throw redirect(plannerPath(page.personId));
  const { values, problems } = readSectionForm(section, form);
  if (problems.length) return data<ActionResult>({ values, problems }, { status: 400 });

  const finished = form.get("intent") !== "later";
  const typedSomething = Object.values(values).some(Boolean);
  // "Save and continue" says the section is done; "come back later" that it is started.
  const progress: Record<string, string> =
    finished || typedSomething || section.isInformation
      ? { [progressKey(section.id)]: finished ? "completed" : "inProgress" }
      : {};
  const changes = answerChanges({ ...values, ...progress }, page.answers);
  let saved = false;
  try {
    saved = (await saveChanges(api, page, changes)).ok;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
  }
  if (!saved)
    return data<ActionResult>(
      { values, problems: [{ key: "save", message: "planner.errors.notSaved" }] },
      { status: 503 },
    );
  if (!finished) throw redirect(plannerPath(page.personId), 303);
  const next = nextSection(section.id);
  throw redirect(plannerPath(page.personId, next ? `/${next.id}` : "/check"), 303);
}

/** Easy-read pictures for each section's introduction, one per idea. */
const introPictures: Record<SectionId, Record<string, PictogramName>> = {
  about: { meeting: "meeting", why: "hospitalOrHome", panel: "chair", listen: "listen" },
  consent: { who: "team", what: "planner", choice: "yes", care: "care", ask: "talk" },
  people: { choose: "family", notWant: "handRaised" },
  where: { ways: "meeting", breaks: "clock", quiet: "home" },
  communication: { talk: "talk", adjustments: "listen" },
  talk: {},
  questions: { ask: "question" },
  panel: { intro: "meeting" },
};

const questionPictures = {
  SAFE: "safe",
  CURRENT_CARE: "care",
  FUTURE_PLAN: "future",
  NEED_HOSPITAL: "hospitalOrHome",
} as const;

const panelPictures = {
  CHAIR: "chair",
  EXPERT_BY_EXPERIENCE: "expert",
  CLINICAL_EXPERT: "clinician",
} as const;

/** One planner section: what it is about, its questions, and the two save buttons. */
export default function PlannerSectionPage({ loaderData, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { view, sectionId } = loaderData;
  const section = sectionOr404(sectionId);
  const answers = answerMap(view.answers);
  const problems = actionData?.problems ?? [];
  const title = tx(`planner.sections.${section.id}.title`);

  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={problems.length > 0} />
      <BackToPlanner personId={view.personId} />
      <PlannerProblems problems={problems} buttonId="planner-save" />
      <span className="cetr-hint">{tx("planner.title")}</span>
      <h1>{title}</h1>
      <SectionIntro section={section} view={view} photos={loaderData.photos} />
      <form method="post" className="cetr-form" noValidate>
        {section.fields.map((field) => (
          <QuestionField
            key={field.key}
            field={field}
            value={actionData?.values[field.key] ?? answers.get(field.key)?.answer ?? ""}
            problem={problems.find((p) => p.key === field.key)}
            writtenBy={<WrittenBy answer={answers.get(field.key)} roles={view.roles} />}
          />
        ))}
        {section.isInformation ? <p>{tx(`planner.sections.${section.id}.confirm`)}</p> : null}
        <div className="planner-actions">
          <button
            id="planner-save"
            type="submit"
            name="intent"
            value="continue"
            className="cetr-button"
          >
            {tx("planner.saveAndContinue")}
          </button>
          <button
            type="submit"
            name="intent"
            value="later"
            className="cetr-button cetr-button--secondary"
          >
            {tx("planner.saveForLater")}
          </button>
        </div>
      </form>
    </div>
  );
}

function SectionIntro({
  section,
  view,
  photos,
}: {
  section: PlannerSection;
  view: PlannerView;
  photos: Partial<Record<string, PanelPhoto>>;
}) {
  const tx = usePlannerText();
  const { register, pictures } = usePreferences();
  const isEasyRead = register === "easyRead";
  const points = introPictures[section.id];
  return (
    <>
      {section.id === "talk" ? (
        isEasyRead ? (
          <EasyReadList
            showPictures={pictures}
            items={[
              {
                id: "intro",
                picture: "talk",
                children: <p>{tx("planner.sections.talk.intro")}</p>,
              },
            ]}
          />
        ) : (
          <p>{tx("planner.sections.talk.intro")}</p>
        )
      ) : (
        <Ideas pictures={points} text={(id) => tx(`planner.sections.${section.id}.points.${id}`)} />
      )}
      {section.id === "about" ? (
        <>
          <h2>{tx("planner.sections.about.questionsIntro")}</h2>
          <FourQuestions />
        </>
      ) : null}
      {section.id === "panel" ? <Panel view={view} photos={photos} /> : null}
    </>
  );
}

function FourQuestions() {
  const tx = usePlannerText();
  const { register, pictures } = usePreferences();
  if (register === "easyRead")
    return (
      <EasyReadList
        isOrdered
        showPictures={pictures}
        items={FOUR_QUESTIONS.map((q) => ({
          id: q,
          picture: questionPictures[q],
          children: <p>{tx(`planner.fourQuestions.${q}.label`)}</p>,
        }))}
      />
    );
  return (
    <ol>
      {FOUR_QUESTIONS.map((q) => (
        <li key={q}>{tx(`planner.fourQuestions.${q}.label`)}</li>
      ))}
    </ol>
  );
}

/** Names and roles when staff have added the panel; otherwise the roles, and who will tell them. */
function Panel({
  view,
  photos,
}: {
  view: PlannerView;
  photos: Partial<Record<string, PanelPhoto>>;
}) {
  const tx = usePlannerText();
  const { register, pictures } = usePreferences();
  const seats = view.review?.panel ?? [];
  const roles = (["CHAIR", "EXPERT_BY_EXPERIENCE", "CLINICAL_EXPERT"] as const).map((role) => ({
    role,
    names: seats.filter((s) => s.role === role).map((s) => s.name),
  }));
  const describe = (role: (typeof roles)[number]) => (
    <>
      {photos[role.role] ? (
        <img
          className="planner-panel-photo"
          src={photos[role.role]?.dataUrl}
          alt={photos[role.role]?.altText}
        />
      ) : null}
      <p>
        <strong>
          {role.names.length
            ? `${role.names.join(", ")}: ${tx(`planner.sections.panel.roles.${role.role}.term`)}`
            : tx(`planner.sections.panel.roles.${role.role}.term`)}
        </strong>
      </p>
      <p>{tx(`planner.sections.panel.roles.${role.role}.detail`)}</p>
    </>
  );
  const intro = seats.length
    ? tx("planner.sections.panel.namedIntro")
    : tx("planner.sections.panel.unnamed");
  return (
    <>
      {register === "easyRead" ? (
        <EasyReadList
          showPictures={pictures}
          items={[{ id: "names", picture: "nameBadge", children: <p>{intro}</p> }]}
        />
      ) : (
        <p>{intro}</p>
      )}
      {register === "easyRead" ? (
        <EasyReadList
          showPictures={pictures}
          items={roles.map((role) => ({
            id: role.role,
            picture: panelPictures[role.role],
            children: describe(role),
          }))}
        />
      ) : (
        <ul className="planner-panel-list">
          {roles.map((role) => (
            <li key={role.role}>{describe(role)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
