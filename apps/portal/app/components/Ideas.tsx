import { EasyReadList, type PictogramName } from "@cetr/ui";
import type { ReactNode } from "react";
import { usePreferences } from "../lib/preferences";

export interface IdeasProps<Id extends string> {
  /**
   * One entry per idea, in reading order, naming the picture that goes beside
   * it in easy read. Typed by the resource keys, so a new idea cannot be added
   * to the text without choosing its picture.
   */
  pictures: Record<Id, PictogramName>;
  text: (id: Id) => ReactNode;
  /** How plain English shows the same ideas: as paragraphs or as a bulleted list. */
  plainAs?: "paragraphs" | "bullets";
}

/** The same ideas in either register: prose for plain English, picture rows for easy read. */
export function Ideas<Id extends string>({
  pictures,
  text,
  plainAs = "paragraphs",
}: IdeasProps<Id>) {
  const { register, pictures: showPictures } = usePreferences();
  const ids = Object.keys(pictures) as Id[];

  if (register === "easyRead") {
    return (
      <EasyReadList
        showPictures={showPictures}
        items={ids.map((id) => ({ id, picture: pictures[id], children: <p>{text(id)}</p> }))}
      />
    );
  }
  if (plainAs === "bullets") {
    return (
      <ul>
        {ids.map((id) => (
          <li key={id}>{text(id)}</li>
        ))}
      </ul>
    );
  }
  return (
    <>
      {ids.map((id) => (
        <p key={id}>{text(id)}</p>
      ))}
    </>
  );
}
