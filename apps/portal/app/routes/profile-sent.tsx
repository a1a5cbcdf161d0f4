import { Link } from "@cetr/ui";
import { redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { profilePath } from "../lib/profile";
import { loadProfile, profileView } from "../lib/profile.server";
import type { Route } from "./+types/profile-sent";
import { PageTitle, plannerLinks, usePlannerText } from "./planner-parts";

export const links = plannerLinks;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { page } = await loadProfile(request, params.personId);
  // Only a profile that really was sent, with nothing newer, gets a confirmation.
  if (page.mode !== "sent") throw redirect(profilePath(page.personId));
  return profileView(page);
}

const nextPictures = { read: "meeting", bring: "profile", change: "talk" } as const;

/** Confirmation: the profile went to the review team, and what happens next. */
export default function ProfileSent({ loaderData: view }: Route.ComponentProps) {
  const tx = usePlannerText();
  const title = tx("profile.sent.title");
  return (
    <div className="cetr-readable">
      <PageTitle title={title} />
      <div className="cetr-panel" role="status">
        <h1 className="cetr-panel__title">{title}</h1>
        <p className="cetr-panel__body">{tx("profile.sent.body")}</p>
      </div>
      <h2>{tx("profile.sent.nextHeading")}</h2>
      <Ideas pictures={nextPictures} text={(id) => tx(`profile.sent.next.${id}`)} />
      <p>
        <Link href={profilePath(view.personId)}>{tx("profile.sent.view")}</Link>
      </p>
      <p>
        <Link href="/home">{tx("common.yourPage")}</Link>
      </p>
    </div>
  );
}
