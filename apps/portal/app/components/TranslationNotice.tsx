import { Form, useLocation, useRouteLoaderData } from "react-router";
import { usePageText, usePreferences } from "../lib/preferences";
import type { loader as rootLoader } from "../root";

/**
 * On every page in a language no professional translator has checked yet
 * (languages.ts), says so in that language and in English, with a button
 * that switches the page to English (ADR 0019). A wrong word about care or
 * consent can mislead, so people must know, and have a way out, everywhere.
 */
export function TranslationNotice() {
  const { t } = usePageText();
  const { language } = usePreferences();
  const english = useRouteLoaderData<typeof rootLoader>("root")?.translationNotice;
  const location = useLocation();
  if (!english || language.reviewedByProfessionalTranslator) return null;
  return (
    <div className="cetr-translation-notice" data-testid="translation-notice">
      <p className="cetr-translation-notice__text">
        <strong>{t("language.notReviewed")}</strong>
      </p>
      <p className="cetr-translation-notice__text" lang="en-GB" dir="ltr">
        {english.notReviewed}
      </p>
      <Form method="post" action="/preferences" reloadDocument>
        <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
        <button type="submit" name="lang" value="en" className="cetr-translation-notice__button">
          {t("language.readInEnglish")}
          <span className="cetr-visually-hidden"> – </span>
          <span lang="en-GB" dir="ltr" className="cetr-translation-notice__english">
            {english.readInEnglish}
          </span>
        </button>
      </Form>
    </div>
  );
}
