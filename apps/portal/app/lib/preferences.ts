import {
  defaultPreferences,
  getLanguage,
  type LanguageInfo,
  type Register,
  type TextSize,
} from "@cetr/i18n";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "../root";

export interface PagePreferences {
  language: LanguageInfo;
  register: Register;
  pictures: boolean;
  textSize: TextSize;
}

const fallback: PagePreferences = {
  language: getLanguage("en"),
  register: defaultPreferences.register,
  pictures: defaultPreferences.pictures,
  textSize: defaultPreferences.textSize,
};

/**
 * The person's display preferences as the server read them from the cookie.
 * Falls back to defaults where the root loader has not run (an unmatched URL).
 */
export function usePreferences(): PagePreferences {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  if (!data) return fallback;
  return {
    language: data.language,
    register: data.register,
    pictures: data.pictures,
    textSize: data.textSize,
  };
}

/**
 * `t` in the register the person chose. Both registers share one set of keys,
 * so the same call gives plain English or easy read. Built with `getFixedT`
 * because react-i18next keeps the first namespace's `t` when only the
 * namespace changes, and the switch changes it without a page load.
 */
export function usePageText() {
  const { register } = usePreferences();
  // Subscribes this component to language changes; the register comes from loader data.
  const { i18n } = useTranslation(register);
  const language = i18n.language;
  const t = useMemo(() => i18n.getFixedT(language, register), [i18n, language, register]);
  return { t, i18n };
}
