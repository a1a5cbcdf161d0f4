import { graphql } from "@cetr/graphql";
import { requireApi } from "./api.server";
import { londonDate } from "./dates";
import { authorRoles, personPageData, toPlannerDocument } from "./planner.server";
import { type ProfileDocument, type ProfileState, profileState, versionDate } from "./profile";

/** The person and every version of their one-page profile this account may see. */
const ProfilePerson = graphql(`
  query PortalProfilePerson($id: ID!) {
    viewer { user { id } }
    person(id: $id) {
      id
      name
      preferredName
      yourRoles
      reviews { invitations { invitee user { id } } }
      plannerDocuments(kind: ONE_PAGE_PROFILE) {
        id
        status
        version
        submittedAt
        updatedAt
        answers { questionKey answer writtenAt author { id displayName } }
        photo { altText uploadedAt }
      }
    }
  }
`);

/** The image of the one version the page shows: every version keeps its own copy (ADR 0022). */
const ProfilePhotoImage = graphql(`
  query PortalProfilePhotoImage($id: ID!) {
    node(id: $id) { ... on PlannerDocument { photo { dataUrl } } }
  }
`);

export interface ProfilePage extends ProfileState {
  personId: string;
  name: string;
  roles: ReturnType<typeof authorRoles>;
}

/** The person and their profile, or a 404 when they are not someone this account can see. */
export async function loadProfile(request: Request, personId: string) {
  const api = await requireApi(request);
  const { person, viewer } = await personPageData(() =>
    api.request(ProfilePerson, { id: personId }),
  );
  const documents: ProfileDocument[] = person.plannerDocuments.map((d) => ({
    ...toPlannerDocument(d),
    updatedAt: d.updatedAt as string,
    photo: d.photo ? { ...d.photo, uploadedAt: d.photo.uploadedAt as string } : null,
  }));
  const state = profileState(documents);
  const shown = state.mode === "draft" ? state.draft : state.sent;
  if (state.photo && shown) {
    const { node } = await api.request(ProfilePhotoImage, { id: shown.id });
    const dataUrl = node && "photo" in node ? node.photo?.dataUrl : undefined;
    state.photo = dataUrl ? { ...state.photo, dataUrl } : null;
  }
  const page: ProfilePage = {
    personId: person.id,
    name: person.preferredName || person.name,
    roles: authorRoles(person, viewer.user?.id),
    ...state,
  };
  return { api, page };
}

/** What the pages render: plain data, safe to send to the browser. */
export function profileView(page: ProfilePage) {
  const version = versionDate(page);
  return {
    personId: page.personId,
    name: page.name,
    mode: page.mode,
    roles: page.roles,
    answers: page.answers,
    photo: page.photo,
    // A calendar date in London: a profile sent at 00:30 in summer was sent "today", not yesterday.
    version: version ? { sent: version.sent, date: londonDate(new Date(version.date)) } : null,
  };
}
export type ProfileView = ReturnType<typeof profileView>;
