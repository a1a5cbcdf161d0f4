import { Notice } from "@cetr/ui";
import { usePageText } from "../lib/preferences";

/** The wait in words a person can act on: whole minutes once it is a minute or more. */
export function TooManyTries({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const { t } = usePageText();
  const wait =
    retryAfterSeconds >= 60
      ? t("signIn.tooMany.minutes", { count: Math.ceil(retryAfterSeconds / 60) })
      : t("signIn.tooMany.seconds", { count: retryAfterSeconds });
  const title = t("signIn.tooMany.title");
  return (
    <div className="cetr-readable">
      <title>{`${t("common.errorPrefix")} ${title} – ${t("common.serviceName")}`}</title>
      <h1>{title}</h1>
      <Notice title={t("signIn.tooMany.title")} variant="warning" role="status">
        <p>{t("signIn.tooMany.body")}</p>
        <p>{t("signIn.tooMany.wait", { wait })}</p>
      </Notice>
      <p>{t("signIn.tooMany.help")}</p>
    </div>
  );
}
