import { languages, type TextSize, textSizes } from "@cetr/i18n";
import { Form, useLocation } from "react-router";
import { usePageText, usePreferences } from "../lib/preferences";

/** The page's own path and query, for the server to send people back to after a switch. */
function useReturnTo(): string {
  const location = useLocation();
  // No hash: the server never sees it, and the rendered value must match on hydration.
  return `${location.pathname}${location.search}`;
}

/**
 * Language and text size, each a group of buttons posting to /preferences,
 * so both work without JavaScript and are remembered in the preferences
 * cookie (and on the account when signed in). The choice in force is shown
 * as text marked `aria-current`, not as a button that would do nothing.
 */
export function DisplaySettings() {
  return (
    <div className="cetr-display-settings">
      <LanguageSwitcher />
      <TextSizeSwitcher />
    </div>
  );
}

/**
 * Each language in its own name and marked with its own `lang`, so people
 * who cannot read the page's language can still find theirs, and a screen
 * reader says each name in the right voice. A whole-page load on purpose:
 * direction, fonts and every string change at once.
 */
export function LanguageSwitcher() {
  const { t } = usePageText();
  const { language } = usePreferences();
  const returnTo = useReturnTo();
  return (
    <Form method="post" action="/preferences" reloadDocument className="cetr-choices">
      <fieldset className="cetr-choices__fieldset">
        <legend className="cetr-choices__legend">
          <GlobeIcon />
          {t("language.label")}
        </legend>
        <input type="hidden" name="returnTo" value={returnTo} />
        <ul className="cetr-choices__list">
          {languages.map((option) => (
            <li key={option.code}>
              {option.code === language.code ? (
                <span
                  className="cetr-choices__current"
                  lang={option.locale}
                  dir={option.dir}
                  aria-current="true"
                >
                  {option.nativeName}
                </span>
              ) : (
                <button
                  type="submit"
                  name="lang"
                  value={option.code}
                  lang={option.locale}
                  dir={option.dir}
                  className="cetr-choices__button"
                >
                  {option.nativeName}
                </button>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
    </Form>
  );
}

export function TextSizeSwitcher() {
  const { t } = usePageText();
  const { textSize } = usePreferences();
  const returnTo = useReturnTo();
  return (
    <Form method="post" action="/preferences" preventScrollReset className="cetr-choices">
      <fieldset className="cetr-choices__fieldset">
        <legend className="cetr-choices__legend">{t("language.textSize")}</legend>
        <input type="hidden" name="returnTo" value={returnTo} />
        <ul className="cetr-choices__list">
          {textSizes.map((size) => (
            <li key={size}>
              {size === textSize ? (
                <span
                  className={`cetr-choices__current cetr-choices__size--${size}`}
                  aria-current="true"
                >
                  {t(`language.textSizes.${size}`)}
                </span>
              ) : (
                <button
                  type="submit"
                  name="textSize"
                  value={size satisfies TextSize}
                  className={`cetr-choices__button cetr-choices__size--${size}`}
                >
                  {t(`language.textSizes.${size}`)}
                </button>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
    </Form>
  );
}

/** A globe: the sign people look for to change language, whatever language the page is in. */
function GlobeIcon() {
  return (
    <svg
      className="cetr-choices__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="10" />
        <ellipse cx="12" cy="12" rx="4.5" ry="10" />
        <path d="M2 12h20M4 6.5h16M4 17.5h16" />
      </g>
    </svg>
  );
}
