import { graphql } from "@cetr/graphql";
import { data } from "react-router";
import type { requireApi } from "./api.server";
import type { DocumentBlock, DocumentModel } from "./document";
import { latestSentProfile, PROFILE_SECTIONS, sentOn } from "./profile";

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

export interface SentProfile {
  version: number;
  photo: { src: string; alt: string } | null;
  sentOn: string;
  answers: { key: string; answer: string; author: string }[];
}

/** The person and the one-page profile the family last sent; staff never see an unsent draft. */
export async function loadSentProfile(
  api: Awaited<ReturnType<typeof requireApi>>,
  id: string,
): Promise<{ id: string; name: string; sent: SentProfile | null }> {
  const { person } = await api.request(PersonProfile, { id });
  if (!person) throw data("Not found", { status: 404 });
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

/** The sent profile as a document: its photo, then each standard heading and its answer. */
export function profileDocument(name: string, sent: SentProfile): DocumentModel {
  const answers = new Map(sent.answers.map((a) => [a.key, a]));
  const blocks: DocumentBlock[] = sent.photo
    ? [{ kind: "figure", dataUrl: sent.photo.src, alt: sent.photo.alt }]
    : [];
  for (const section of PROFILE_SECTIONS) {
    const answer = answers.get(section.key);
    blocks.push(
      { kind: "heading", text: section.title },
      {
        kind: "paragraph",
        text: answer ? `${answer.answer}\n(Written by ${answer.author})` : "Not written.",
      },
    );
  }
  return {
    title: `One-page profile: ${name}`,
    subtitle: `Version ${sent.version}, sent by the family on ${sent.sentOn}.`,
    lang: "en-GB",
    author: name,
    subject: "A one-page profile: what matters to this person and how to support them",
    blocks,
  };
}
