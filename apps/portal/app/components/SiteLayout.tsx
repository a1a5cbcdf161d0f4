import { Button, Footer, Header, PageLayout } from "@cetr/ui";
import type { ReactNode } from "react";
import { useLocation, useRouteLoaderData } from "react-router";
import { usePageText } from "../lib/preferences";
import type { loader as rootLoader } from "../root";
import { DisplaySettings } from "./DisplaySettings";
import { PreferencesSwitch } from "./PreferencesSwitch";
import { TranslationNotice } from "./TranslationNotice";

/**
 * The frame of every portal page. "Get help" is in the header and the footer
 * of every page, in the same place each time (WCAG 3.2.6).
 */
export function SiteLayout({ children }: { children: ReactNode }) {
  const { t } = usePageText();
  const { pathname } = useLocation();
  const signedIn = useRouteLoaderData<typeof rootLoader>("root")?.signedIn ?? false;

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
            signedIn
              ? { href: "/home", label: t("common.yourPage"), isCurrent: pathname === "/home" }
              : {
                  href: "/sign-in",
                  label: t("common.signIn"),
                  isCurrent: pathname.startsWith("/sign-in"),
                },
          ]}
        >
          {/* One row: the display options, then sign out at the end of the line (wraps at 320 px). */}
          <div className="cetr-header-actions">
            <PreferencesSwitch />
            {signedIn ? (
              // A form, not a link: signing out changes things, and works without JavaScript.
              <form method="post" action="/sign-out" className="cetr-sign-out">
                <Button type="submit" variant="secondary">
                  {t("signOut.button")}
                </Button>
              </form>
            ) : null}
          </div>
          <DisplaySettings />
          <TranslationNotice />
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
