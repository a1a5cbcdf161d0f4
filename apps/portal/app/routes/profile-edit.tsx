import { GraphQLRequestError } from "@cetr/graphql";
import { Link, Pictogram } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import {
  type AnswerChanges,
  answerChanges,
  answerMap,
  type FieldProblem,
  readFields,
} from "../lib/planner";
import { saveDraftAnswers } from "../lib/planner.server";
import { usePreferences } from "../lib/preferences";
import {
  PROFILE_FIELDS,
  PROFILE_MAX_ANSWER,
  type ProfileSectionId,
  profilePath,
} from "../lib/profile";
import { loadProfile, type ProfilePage, profileView } from "../lib/profile.server";
import type { Route } from "./+types/profile-edit";
import {
  PageTitle,
  PlannerProblems,
  plannerLinks,
  QuestionField,
  usePlannerText,
  WrittenBy,
} from "./planner-parts";
import { profilePictures } from "./profile-parts";

export const links = plannerLinks;

const introPictures = { intro: "yes", limit: "profile" } as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadProfile(request, params.personId);
  return profileView(page);
}

type ActionResult = { values: Record<string, string>; problems: FieldProblem[] };

/**
 * What the form's answers change. A sent profile with no draft yet: the API
 * opens the draft as a copy of what was sent, so only emptied answers need
 * one written first, which the clear then takes out again (ADR 0018).
 */
function profileChanges(page: ProfilePage, values: Record<string, string>): AnswerChanges {
  const changes = answerChanges(values, answerMap(page.answers));
  const [firstCleared] = changes.clear;
  if (!page.draft && changes.save.length === 0 && firstCleared) {
    const answer = answerMap(page.answers).get(firstCleared)?.answer ?? "";
    return { save: [{ questionKey: firstCleared, answer }], clear: changes.clear };
  }
  return changes;
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  const { api, page } = await loadProfile(request, params.personId);
  const { values, problems } = readFields(PROFILE_FIELDS, form);
  if (problems.length) return data<ActionResult>({ values, problems }, { status: 400 });
  let saved = false;
  try {
    saved = (
      await saveDraftAnswers(
        api,
        { personId: page.personId, kind: "ONE_PAGE_PROFILE", reviewId: null, draft: page.draft },
        profileChanges(page, values),
      )
    ).ok;
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
  }
  if (!saved)
    return data<ActionResult>(
      { values, problems: [{ key: "save", message: "profile.errors.notSaved" }] },
      { status: 503 },
    );
  // "Come back later" ends here for now; "continue" goes on to read, send and print it.
  throw redirect(form.get("intent") === "later" ? "/home" : profilePath(page.personId), 303);
}

/** All five questions on one page: short answers, so the whole profile is in view while writing. */
export default function ProfileEdit({ loaderData: view, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const { register, pictures } = usePreferences();
  const showPictures = register === "easyRead" && pictures;
  const answers = answerMap(view.answers);
  const problems = actionData?.problems ?? [];
  const title = tx("profile.edit.title");

  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={problems.length > 0} />
      <p>
        <Link href={profilePath(view.personId)} variant="back">
          {tx("profile.backToProfile")}
        </Link>
      </p>
      <PlannerProblems problems={problems} buttonId="profile-save" />
      <span className="cetr-hint">{tx("profile.about", { name: view.name })}</span>
      <h1>{title}</h1>
      <Ideas
        pictures={introPictures}
        text={(id) => tx(`profile.edit.${id}`, { max: PROFILE_MAX_ANSWER })}
      />
      <p>
        <Link href={profilePath(view.personId, "/photo")}>
          {tx(view.photo ? "profile.photo.changeLink" : "profile.photo.link")}
        </Link>
      </p>
      <form method="post" className="cetr-form" noValidate>
        {PROFILE_FIELDS.map((field) => (
          <div key={field.key} className={showPictures ? "profile-question" : undefined}>
            {showPictures ? (
              <Pictogram name={profilePictures[field.key as ProfileSectionId]} size={64} />
            ) : null}
            <QuestionField
              field={field}
              value={actionData?.values[field.key] ?? answers.get(field.key)?.answer ?? ""}
              problem={problems.find((p) => p.key === field.key)}
              writtenBy={<WrittenBy answer={answers.get(field.key)} roles={view.roles} />}
            />
          </div>
        ))}
        <div className="planner-actions">
          <button
            id="profile-save"
            type="submit"
            name="intent"
            value="continue"
            className="cetr-button"
          >
            {tx("profile.saveAndContinue")}
          </button>
          <button
            type="submit"
            name="intent"
            value="later"
            className="cetr-button cetr-button--secondary"
          >
            {tx("profile.saveForLater")}
          </button>
        </div>
      </form>
    </div>
  );
}
