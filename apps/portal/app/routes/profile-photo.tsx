import { GraphQLRequestError, graphql } from "@cetr/graphql";
import { ErrorMessage, FileUpload, Link } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { type FieldProblem, fieldId } from "../lib/planner";
import { PROFILE_PHOTO_MAX_ALT, PROFILE_PHOTO_MAX_BYTES, profilePath } from "../lib/profile";
import { loadProfile, profileView } from "../lib/profile.server";
import type { Route } from "./+types/profile-photo";
import { PageTitle, PlannerProblems, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

const SetProfilePhoto = graphql(`
  mutation PortalSetProfilePhoto($input: SetProfilePhotoInput!) {
    setProfilePhoto(input: $input) { errors { field code } }
  }
`);
const RemoveProfilePhoto = graphql(`
  mutation PortalRemoveProfilePhoto($input: RemoveProfilePhotoInput!) {
    removeProfilePhoto(input: $input) { errors { field code } }
  }
`);

/**
 * A body this big is not a 1 MB photo and a sentence: refused unread, so a
 * mistaken video does not tie up the server (the message says "too large").
 */
const MAX_REQUEST_BYTES = 10 * PROFILE_PHOTO_MAX_BYTES;

const TEXT = "profile.photo.errors.";
/** Easy read's picture beside the page's idea: a photo of you. */
const introPictures = { intro: "person" } as const;
const max = { max: PROFILE_PHOTO_MAX_ALT };

/** The API's codes, field by field, as the page's words. */
function apiProblem(field: string, code: string): FieldProblem {
  if (field === "altText")
    return code === "TOO_LONG"
      ? { key: "altText", message: `${TEXT}altTooLong`, values: max }
      : { key: "altText", message: `${TEXT}altRequired` };
  if (field === "imageBase64") {
    const message = {
      REQUIRED: "fileRequired",
      PHOTO_TOO_LARGE: "tooLarge",
      PHOTO_NOT_JPEG_OR_PNG: "notImage",
    }[code];
    if (message) return { key: "photo", message: `${TEXT}${message}` };
  }
  return { key: "save", message: `${TEXT}notSaved` };
}

/** What the form checks before asking the API (which checks again, by the file's bytes). */
function formProblems(file: File | null, altText: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!file || file.size === 0) problems.push({ key: "photo", message: `${TEXT}fileRequired` });
  else if (file.size > PROFILE_PHOTO_MAX_BYTES)
    problems.push({ key: "photo", message: `${TEXT}tooLarge` });
  if (!altText) problems.push({ key: "altText", message: `${TEXT}altRequired` });
  else if (altText.length > PROFILE_PHOTO_MAX_ALT)
    problems.push({ key: "altText", message: `${TEXT}altTooLong`, values: max });
  return problems;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadProfile(request, params.personId);
  return profileView(page);
}

type ActionResult = { altText: string; problems: FieldProblem[] };

export async function action({ request, params }: Route.ActionArgs) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES)
    return data<ActionResult>(
      { altText: "", problems: [{ key: "photo", message: `${TEXT}tooLarge` }] },
      { status: 413 },
    );
  const form = await request.formData();
  const { api, page } = await loadProfile(request, params.personId);
  const altText = String(form.get("altText") ?? "").trim();
  const failed = (problems: FieldProblem[], status: number) =>
    data<ActionResult>({ altText, problems }, { status });
  try {
    if (form.get("intent") === "remove") {
      const { removeProfilePhoto } = await api.request(RemoveProfilePhoto, {
        input: { personId: page.personId },
      });
      if (removeProfilePhoto.errors.length) return failed([apiProblem("", "")], 503);
    } else {
      const upload = form.get("photo");
      const file = upload instanceof File ? upload : null;
      const problems = formProblems(file, altText);
      if (problems.length || !file) return failed(problems, 400);
      const imageBase64 = Buffer.from(await file.arrayBuffer()).toString("base64");
      const { setProfilePhoto } = await api.request(SetProfilePhoto, {
        input: { personId: page.personId, imageBase64, altText },
      });
      if (setProfilePhoto.errors.length)
        return failed(
          setProfilePhoto.errors.map((e) => apiProblem(e.field, e.code)),
          400,
        );
    }
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return failed([apiProblem("", "")], 503);
  }
  throw redirect(profilePath(page.personId), 303);
}

/**
 * The profile's photo: a native file input in a multipart form, so it works
 * without JavaScript, and alt text for people who cannot see it (ADR 0022).
 */
export default function ProfilePhotoPage({ loaderData: view, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const problems = actionData?.problems ?? [];
  const problemFor = (key: string) => problems.find((p) => p.key === key);
  const title = tx(view.photo ? "profile.photo.changeLink" : "profile.photo.link");
  const fileProblem = problemFor("photo");
  const altProblem = problemFor("altText");
  const fileId = fieldId("photo");
  const altId = fieldId("altText");
  const described = (id: string, problem: FieldProblem | undefined) =>
    [`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <div className="cetr-readable">
      <PageTitle title={title} hasError={problems.length > 0} />
      <p>
        <Link href={profilePath(view.personId)} variant="back">
          {tx("profile.backToProfile")}
        </Link>
      </p>
      <PlannerProblems problems={problems} buttonId="profile-photo-save" />
      <span className="cetr-hint">{tx("profile.about", { name: view.name })}</span>
      <h1>{title}</h1>
      <Ideas pictures={introPictures} text={(id) => tx(`profile.photo.${id}`)} />
      {view.photo?.dataUrl ? (
        <section aria-labelledby="photo-current">
          <h2 id="photo-current">{tx("profile.photo.current")}</h2>
          <img
            className="profile-photo-preview"
            src={view.photo.dataUrl}
            alt={view.photo.altText}
          />
          <form method="post" noValidate>
            <button
              type="submit"
              name="intent"
              value="remove"
              className="cetr-button cetr-button--secondary"
            >
              {tx("profile.photo.remove")}
            </button>
          </form>
        </section>
      ) : null}
      <form method="post" encType="multipart/form-data" className="cetr-form" noValidate>
        <FileUpload
          id={fileId}
          name="photo"
          label={tx("profile.photo.fileLabel")}
          hint={tx("profile.photo.rules")}
          accept="image/jpeg,image/png"
          errorMessage={fileProblem ? tx(fileProblem.message, fileProblem.values) : undefined}
          errorPrefix={tx("common.errorPrefix")}
        />
        <div className={`cetr-form-group${altProblem ? " cetr-form-group--error" : ""}`}>
          <label className="cetr-label" htmlFor={altId}>
            {tx("profile.photo.altLabel")}
          </label>
          <div id={`${altId}-hint`} className="cetr-hint">
            {tx("profile.photo.altHint", max)}
          </div>
          {altProblem ? (
            <ErrorMessage id={`${altId}-error`} prefix={tx("common.errorPrefix")}>
              {tx(altProblem.message, altProblem.values)}
            </ErrorMessage>
          ) : null}
          <input
            id={altId}
            name="altText"
            type="text"
            className={`cetr-input${altProblem ? " cetr-input--error" : ""}`}
            defaultValue={actionData?.altText ?? view.photo?.altText ?? ""}
            aria-describedby={described(altId, altProblem)}
            aria-invalid={altProblem ? true : undefined}
          />
        </div>
        <button id="profile-photo-save" type="submit" className="cetr-button">
          {tx("profile.photo.save")}
        </button>
      </form>
    </div>
  );
}
