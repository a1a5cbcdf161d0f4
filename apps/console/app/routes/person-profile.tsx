import { graphql } from "@cetr/graphql";
import { Link, PrintButton, ProfileSheet } from "@cetr/ui";
import { data } from "react-router";
import { requireApi } from "../lib/api.server";
import { pageTitle } from "../lib/format";
import { latestSentProfile, PROFILE_SECTIONS, sentOn } from "../lib/profile";
import type { Route } from "./+types/person-profile";

const PersonProfile = graphql(`
  query ConsolePersonProfile($id: ID!) {
    person(id: $id) {
      id
      name
      plannerDocuments(kind: ONE_PAGE_PROFILE) {
        id
        status
        version
        submittedAt
        answers { questionKey answer writtenAt author { displayName } }
      }
    }
  }
`);

/** The sent version's photo (ADR 0022), fetched for that version alone: each keeps its own copy. */
const ProfilePhoto = graphql(`
  query ConsoleProfilePhoto($id: ID!) {
    node(id: $id) { ... on PlannerDocument { photo { altText dataUrl } } }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { person } = await api.request(PersonProfile, { id: params.id });
  if (!person) throw data("Not found", { status: 404 });
  // Staff see what the family chose to send, never their unsent draft.
  const sent = latestSentProfile(person.plannerDocuments);
  const photoOf = sent ? (await api.request(ProfilePhoto, { id: sent.id })).node : null;
  const photo = photoOf && "photo" in photoOf ? photoOf.photo : null;
  return {
    id: person.id,
    name: person.name,
    sent: sent
      ? {
          version: sent.version,
          photo: photo ? { src: photo.dataUrl, alt: photo.altText } : null,
          sentOn: sentOn(sent.submittedAt as string),
          answers: sent.answers.map((a) => ({
            key: a.questionKey,
            answer: a.answer,
            author: a.author.displayName,
          })),
        }
      : null,
  };
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
