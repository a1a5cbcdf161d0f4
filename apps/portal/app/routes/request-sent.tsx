import type { Messages } from "@cetr/i18n";
import { Link, type PictogramName } from "@cetr/ui";
import { redirect } from "react-router";
import { Ideas } from "../components/Ideas";
import { dateInWords } from "../lib/dates";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/request-sent";
import { readDraft } from "./request-form.server";

type NextPoint = keyof Messages["request"]["sent"]["points"];

const nextPictures: Record<NextPoint, PictogramName> = {
  coordinator: "phone",
  talk: "talk",
  commissioner: "chair",
  sooner: "hospital",
  danger: "safe",
};

/**
 * The confirmation (GOV.UK pattern): the reference to quote, then what
 * happens next and when, plainly — the care coordinator looks first (§14).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { sent } = readDraft(request);
  if (!sent) throw redirect("/request");
  return sent;
}

export default function RequestSent({ loaderData: sent }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const title = t("request.sent.title");
  // "Sooner" only for someone in hospital or at risk of going in; the rest for everyone.
  const pictures = Object.fromEntries(
    (Object.keys(nextPictures) as NextPoint[])
      .filter((id) => id !== "sooner" || sent.hospital)
      .map((id) => [id, nextPictures[id]]),
  ) as Record<NextPoint, PictogramName>;
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("request.title")} – ${t("common.serviceName")}`}</title>
      <div className="cetr-panel">
        <h1 className="cetr-panel__title">{title}</h1>
        <p className="cetr-panel__body">
          {t("request.sent.referenceLabel")}
          <strong className="cetr-panel__reference" dir="ltr">
            {sent.reference}
          </strong>
        </p>
      </div>
      <p>{t("request.sent.quote")}</p>
      <h2>{t("request.sent.nextHeading")}</h2>
      <Ideas
        pictures={pictures}
        text={(id) =>
          id === "coordinator"
            ? t("request.sent.points.coordinator", {
                area: sent.areaName,
                method: t(`request.sent.methods.${sent.method}`),
                date: dateInWords(sent.contactBy, language.locale),
              })
            : t(`request.sent.points.${id}`)
        }
      />
      <p>
        <Link href="/request">{t("request.sent.another")}</Link>
      </p>
    </div>
  );
}
