import { GraphQLRequestError } from "@cetr/graphql";
import { ErrorSummary, Link, Notice, PrintButton } from "@cetr/ui";
import { data, redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { SubmitPlanner } from "../lib/planner.server";
import { profilePath } from "../lib/profile";
import { loadProfile, profileView } from "../lib/profile.server";
import type { Route } from "./+types/profile";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";
import { ProfileSheetFor } from "./profile-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadProfile(request, params.personId);
  return profileView(page);
}

type SendError = "profile.send.nothing" | "profile.errors.notSaved";

/** "Send to my review team": the draft becomes a numbered version staff can read. */
export async function action({ request, params }: Route.ActionArgs) {
  const { api, page } = await loadProfile(request, params.personId);
  // Nothing new to send (a second click, another tab): the confirmation is the truthful answer.
  if (page.mode === "sent") throw redirect(profilePath(page.personId, "/sent"), 303);
  const failed = (error: SendError, status: number) => data({ error }, { status });
  if (!page.draft || page.answers.length === 0) return failed("profile.send.nothing", 400);
  try {
    const { submitPlanner } = await api.request(SubmitPlanner, {
      input: { documentId: page.draft.id },
    });
    const [first] = submitPlanner.errors;
    if (first && first.code !== "TRANSITION_NOT_ALLOWED")
      return failed("profile.errors.notSaved", 503);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return failed("profile.errors.notSaved", 503);
  }
  throw redirect(profilePath(page.personId, "/sent"), 303);
}

const howPictures = { together: "family", saved: "yes", print: "profile" } as const;

/** The profile: where it stands, the sheet itself (printable on one A4 page), change and send. */
export default function Profile({ loaderData: view, actionData }: Route.ComponentProps) {
  const tx = usePlannerText();
  const title = tx("profile.title");
  const error = actionData?.error;
  const state = {
    new: { heading: "profile.state.newHeading", body: null },
    draft: { heading: "profile.state.draftHeading", body: "profile.state.draftBody" },
    sent: { heading: "profile.state.sentHeading", body: "profile.state.sentBody" },
  }[view.mode];

  return (
    <>
      {/* Everything but the sheet is for the screen: printed, the sheet is the page. */}
      <div className="cetr-readable cetr-no-print">
        <PageTitle title={title} hasError={Boolean(error)} />
        <p>
          <Link href="/home" variant="back">
            {tx("common.yourPage")}
          </Link>
        </p>
        {error ? (
          <ErrorSummary
            title={tx("common.errorSummaryTitle")}
            errors={[{ fieldId: "profile-send", message: tx(error) }]}
          />
        ) : null}
        <h1>{title}</h1>
        <p className="cetr-lead">{tx("profile.lead")}</p>
        <p>{tx("profile.about", { name: view.name })}</p>
        <Ideas pictures={howPictures} text={(id) => tx(`profile.howItWorks.${id}`)} />
        <Notice title={tx(state.heading)} variant={view.mode === "sent" ? "success" : "info"}>
          {state.body ? <p>{tx(state.body)}</p> : null}
          <p>
            <Link href={profilePath(view.personId, "/edit")} variant="button">
              {tx(view.mode === "new" ? "profile.startLink" : "profile.changeLink")}
            </Link>
          </p>
          <p>
            <Link href={profilePath(view.personId, "/photo")}>
              {tx(view.photo ? "profile.photo.changeLink" : "profile.photo.link")}
            </Link>
          </p>
        </Notice>
        {view.mode === "draft" ? (
          <section aria-labelledby="send-heading">
            <h2 id="send-heading">{tx("profile.send.heading")}</h2>
            <p>{tx("profile.send.text")}</p>
            <form method="post" noValidate>
              <button id="profile-send" type="submit" className="cetr-button">
                {tx("profile.send.button")}
              </button>
            </form>
          </section>
        ) : null}
      </div>
      {view.mode === "new" ? null : (
        <>
          <ProfileSheetFor view={view} />
          <section className="cetr-readable cetr-no-print" aria-labelledby="print-heading">
            <h2 id="print-heading">{tx("profile.print.heading")}</h2>
            <p>{tx("profile.print.fits")}</p>
            <p>{tx("profile.print.howTo")}</p>
            <PrintButton>{tx("profile.print.button")}</PrintButton>
          </section>
        </>
      )}
    </>
  );
}
