import type { PlannerAnswer, PlannerDocument, PlannerField, SectionStatus } from "./planner";

/**
 * The one-page profile: five questions, stored as a ONE_PAGE_PROFILE planner
 * document with the planner's answers, drafts and versions (ADR 0018). Pure
 * functions, tested without a server; profile.server.ts talks to the API.
 */

/**
 * Each answer's limit. Lower than the planner's (5,000): five answers this
 * long, with their headings and authors, still print on one A4 page.
 */
export const PROFILE_MAX_ANSWER = 500;

export const PROFILE_SECTION_IDS = [
  "likeAndAdmire",
  "importantToMe",
  "howToSupportMe",
  "importantPeople",
  "howICommunicate",
] as const;
export type ProfileSectionId = (typeof PROFILE_SECTION_IDS)[number];

/** One text area per section; the question key is the section's id (as the demo data has it). */
export const PROFILE_FIELDS: readonly PlannerField[] = PROFILE_SECTION_IDS.map((id) => ({
  type: "textarea",
  key: id,
  text: `profile.sections.${id}`,
  max: PROFILE_MAX_ANSWER,
}));

const isProfileKey = (key: string): key is ProfileSectionId =>
  (PROFILE_SECTION_IDS as readonly string[]).includes(key);

/** The profile's optional photo (ADR 0022): the API checked it is a real JPEG or PNG. */
export interface ProfilePhoto {
  altText: string;
  /** Kept when a new draft copies the photo: the same time is the same photo. */
  uploadedAt: string;
  /** A data: URL, so the page needs no image route and no client code (the profile's pages only). */
  dataUrl?: string;
}

/** The photo's limits, as the API enforces them; the page says them first. */
export const PROFILE_PHOTO_MAX_BYTES = 1024 * 1024;
export const PROFILE_PHOTO_MAX_ALT = 150;

export interface ProfileDocument extends PlannerDocument {
  updatedAt: string;
  photo: ProfilePhoto | null;
}

export type ProfileMode = "new" | "draft" | "sent";

export interface ProfileState {
  mode: ProfileMode;
  /** The open draft, if there is one. */
  draft: ProfileDocument | null;
  /** The newest version sent to the review team. */
  sent: ProfileDocument | null;
  /** What the pages show and the form starts from. */
  answers: PlannerAnswer[];
  /** The photo of the version the pages show. */
  photo: ProfilePhoto | null;
}

const profileAnswers = (doc: PlannerDocument | null) =>
  (doc?.answers ?? []).filter((a) => isProfileKey(a.questionKey));

const samePhoto = (a: ProfilePhoto | null, b: ProfilePhoto | null) =>
  a?.uploadedAt === b?.uploadedAt && a?.altText === b?.altText;

function sameAnswers(a: ProfileDocument, b: ProfileDocument): boolean {
  if (!samePhoto(a.photo, b.photo)) return false;
  const left = profileAnswers(a);
  const right = new Map(profileAnswers(b).map((x) => [x.questionKey, x.answer]));
  return left.length === right.size && left.every((x) => right.get(x.questionKey) === x.answer);
}

/**
 * Which version the pages are about. An open draft that differs from what was
 * sent is "draft" (changes not sent yet); a draft the same as the sent version
 * changes nothing. The API starts a new draft as a copy of the last sent
 * version, so the draft, when there is one, is always the whole profile.
 */
export function profileState(documents: readonly ProfileDocument[]): ProfileState {
  const draft = documents.find((d) => d.status === "DRAFT") ?? null;
  const sent =
    documents.filter((d) => d.status === "SUBMITTED").sort((a, b) => b.version - a.version)[0] ??
    null;
  const draftDiffers =
    draft && (sent ? !sameAnswers(draft, sent) : profileAnswers(draft).length || draft.photo);
  if (draft && draftDiffers)
    return { mode: "draft", draft, sent, answers: profileAnswers(draft), photo: draft.photo };
  if (sent) return { mode: "sent", draft, sent, answers: profileAnswers(sent), photo: sent.photo };
  return { mode: "new", draft, sent, answers: [], photo: null };
}

/** The home page's task-list status: sent is Completed, unsent changes In progress. */
export function profileStatus(mode: ProfileMode): SectionStatus {
  return mode === "sent" ? "completed" : mode === "draft" ? "inProgress" : "notStarted";
}

/** The date the version on the page is from: when it was sent, or when the draft last changed. */
export function versionDate(state: ProfileState): { sent: boolean; date: string } | null {
  if (state.mode === "sent" && state.sent?.submittedAt)
    return { sent: true, date: state.sent.submittedAt };
  if (state.mode === "draft" && state.draft) {
    // Clearing an answer changes no answer's time: the draft's own time covers it.
    const times = [state.draft.updatedAt, ...state.answers.map((a) => a.writtenAt)].sort();
    return { sent: false, date: times.at(-1) ?? state.draft.updatedAt };
  }
  return null;
}

/** The profile's pages for one person. */
export const profilePath = (personId: string, rest = "") =>
  `/people/${encodeURIComponent(personId)}/profile${rest}`;
