import { type PictogramName, ProfileSheet } from "@cetr/ui";
import { dateInWords } from "../lib/dates";
import { answerMap } from "../lib/planner";
import { usePreferences } from "../lib/preferences";
import { PROFILE_SECTION_IDS, type ProfileSectionId } from "../lib/profile";
import type { ProfileView } from "../lib/profile.server";
import { usePlannerText, WrittenBy } from "./planner-parts";

/** Pieces the one-page profile's pages share (not a route: routes.ts does not list it). */

/** The picture beside each section in easy read. */
export const profilePictures = {
  likeAndAdmire: "expert",
  importantToMe: "care",
  howToSupportMe: "adult",
  importantPeople: "family",
  howICommunicate: "talk",
} satisfies Record<ProfileSectionId, PictogramName>;

/** The profile as one printable sheet: each section, its answer and who wrote it. */
export function ProfileSheetFor({ view }: { view: ProfileView }) {
  const tx = usePlannerText();
  const { language, register, pictures } = usePreferences();
  const showPictures = register === "easyRead" && pictures;
  const answers = answerMap(view.answers);
  const version = view.version
    ? tx(view.version.sent ? "profile.versionSent" : "profile.versionDraft", {
        date: dateInWords(view.version.date, language.locale),
      })
    : undefined;
  return (
    <ProfileSheet
      title={tx("profile.sheetTitle", { name: view.name })}
      subtitle={version}
      emptyText={tx("profile.notWritten")}
      photo={view.photo?.dataUrl ? { src: view.photo.dataUrl, alt: view.photo.altText } : null}
      sections={PROFILE_SECTION_IDS.map((id) => ({
        id,
        title: tx(`profile.sections.${id}.title`),
        picture: showPictures ? profilePictures[id] : null,
        answer: answers.get(id)?.answer ?? null,
        writtenBy: <WrittenBy answer={answers.get(id)} roles={view.roles} />,
      }))}
    />
  );
}
