import { HelpContent } from "../components/HelpContent";
import { usePageText } from "../lib/preferences";

export default function Help() {
  const { t } = usePageText();
  return (
    <div className="cetr-readable">
      <title>{`${t("help.title")} – ${t("common.serviceName")}`}</title>
      <h1>{t("help.title")}</h1>
      <HelpContent />
      <p>
        <a href="/">{t("help.backToWelcome")}</a>
      </p>
    </div>
  );
}
