import { Link, PrintButton, ProfileSheet } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { pageTitle } from "../lib/format";
import { PROFILE_SECTIONS } from "../lib/profile";
import { loadSentProfile } from "../lib/profile-document.server";
import type { Route } from "./+types/person-profile";

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  return loadSentProfile(api, params.id);
}

/** The one-page profile the family last sent, as one printable A4 sheet. */
export default function PersonProfilePage({ loaderData }: Route.ComponentProps) {
  const { id: personId, name, sent } = loaderData;
  const heading = `One-page profile: ${name}`;
  const answers = new Map(sent?.answers.map((a) => [a.key, a]));
  return (
    <>
      <title>{pageTitle(heading)}</title>
      <p className="cetr-no-print">
        <Link href={`/people/${encodeURIComponent(personId)}`} variant="back">
          Back to {name}
        </Link>
      </p>
      {sent ? (
        <>
          <ProfileSheet
            headingLevel={1}
            title={heading}
            subtitle={`Version ${sent.version}, sent by the family on ${sent.sentOn}.`}
            emptyText="Not written."
            photo={sent.photo}
            sections={PROFILE_SECTIONS.map((section) => {
              const answer = answers.get(section.key);
              return {
                id: section.key,
                title: section.title,
                answer: answer?.answer ?? null,
                writtenBy: answer ? `Written by ${answer.author}` : null,
              };
            })}
          />
          <div className="cetr-no-print">
            <p>
              This is the latest version the family sent. Changes they have not sent are not shown.
              To print it on one A4 page, use your browser's Print option (Ctrl and P).
            </p>
            <p>
              <a
                className="cetr-link"
                href={`/people/${encodeURIComponent(personId)}/profile.pdf`}
                download
              >
                Download the profile as a PDF
              </a>{" "}
              (tagged, so screen readers can read it).
            </p>
            <PrintButton>Print this page</PrintButton>
          </div>
        </>
      ) : (
        <>
          <h1 className="cetr-heading-xl">{heading}</h1>
          <p>No profile has been shared yet.</p>
          <p>
            When {name} or their family send their one-page profile from the family portal, it will
            show here.
          </p>
        </>
      )}
    </>
  );
}
