import "./i18next.js";

export {
  defaultLanguage,
  getLanguage,
  isLanguageCode,
  type LanguageCode,
  type LanguageInfo,
  languageDir,
  languages,
  parseAcceptLanguage,
  resolveLanguage,
  supportedLanguageCodes,
} from "./languages.js";
export {
  defaultPreferences,
  PREFERENCES_COOKIE,
  PREFERENCES_MAX_AGE_SECONDS,
  type Preferences,
  parsePreferences,
  preferencesSetCookie,
  type Register,
  serializePreferences,
} from "./preferences.js";
export {
  defaultNamespace,
  i18nextOptions,
  type Messages,
  namespaces,
  resources,
} from "./resources.js";
