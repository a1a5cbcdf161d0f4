import { Footer, Header, PageLayout } from "@cetr/ui";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { usePageText } from "../lib/preferences";
import { PreferencesSwitch } from "./PreferencesSwitch";

/**
 * The frame of every portal page. "Get help" is in the header and the footer
 * of every page, in the same place each time (WCAG 3.2.6).
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  const { t } = usePageText();
  const { pathname } = useLocation();

  return (
    <PageLayout
      skipLinkText={t("common.skipLink")}
      header={
        <Header
          serviceName={t("common.serviceName")}
          navigationLabel={t("common.navigationLabel")}
          navigation={[
            { href: "/", label: t("common.home"), isCurrent: pathname === "/" },
            { href: "/help", label: t("common.getHelp"), isCurrent: pathname === "/help" },
          ]}
        >
          <PreferencesSwitch />
        </Header>
      }
      footer={
        <Footer
          linksLabel={t("common.footer.label")}
          links={[
            { href: "/", label: t("common.home") },
            { href: "/help", label: t("common.getHelp") },
          ]}
        >
          <div className="cetr-readable">
            <h2>{t("common.footer.helpHeading")}</h2>
            <p>
              {t("common.footer.helpText")} <a href="/help">{t("common.getHelp")}</a>
            </p>
            <p>{t("common.footer.about")}</p>
          </div>
        </Footer>
      }
    >
      {children}
    </PageLayout>
  );
}
