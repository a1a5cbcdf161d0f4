import type { Messages } from "@cetr/i18n";
import type { PictogramName } from "@cetr/ui";
import { usePageText } from "../lib/preferences";
import { Ideas } from "./Ideas";

const helpPictures = {
  questions: "question",
  advocate: "advocate",
  request: "handRaised",
  emergency: "emergencyPhone",
} satisfies Record<keyof Messages["help"]["points"], PictogramName>;

/** Shared by the help page and the help section of the welcome page, so the advice never drifts apart. */
export function HelpContent() {
  const { t } = usePageText();
  return (
    <>
      <p>{t("help.intro")}</p>
      <Ideas pictures={helpPictures} text={(id) => t(`help.points.${id}`)} />
    </>
  );
}
