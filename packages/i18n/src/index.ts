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
export type { Messages } from "./locales/en/plain.js";
export {
  defaultNamespace,
  i18nextOptions,
  namespaces,
} from "./options.js";
export {
  defaultPreferences,
  isRegister,
  isTextSize,
  PREFERENCES_COOKIE,
  PREFERENCES_MAX_AGE_SECONDS,
  type Preferences,
  parsePreferences,
  preferencesSetCookie,
  type Register,
  serializePreferences,
  type TextSize,
  textSizes,
} from "./preferences.js";
