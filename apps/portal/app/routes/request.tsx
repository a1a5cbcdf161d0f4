import type { Messages } from "@cetr/i18n";
import { Link, type PictogramName } from "@cetr/ui";
import { Ideas } from "../components/Ideas";
import { usePageText } from "../lib/preferences";

const startPictures = {
  who: "family",
  first: "talk",
  notComplaint: "yes",
  time: "clock",
  danger: "emergencyPhone",
} satisfies Record<keyof Messages["request"]["start"]["points"], PictogramName>;

/**
 * Ask for a review (§14, Figure 9): the start page. Anyone may ask, signed in
 * or not; the care coordinator looks first. One link starts the questions.
 */
export default function RequestStart() {
  const { t } = usePageText();
  const title = t("request.title");
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      <h1>{title}</h1>
      <p className="cetr-lead">{t("request.start.lead")}</p>
      <Ideas pictures={startPictures} text={(id) => t(`request.start.points.${id}`)} />
      <Link href="/request/who" variant="button">
        {t("request.start.startButton")}
      </Link>
    </div>
  );
}
