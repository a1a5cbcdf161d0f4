import { isLanguageCode, type LanguageCode } from "./languages.js";

/**
 * Display preferences chosen by the person, kept in one cookie so that they
 * work without JavaScript and without signing in: the server reads them on
 * every request and renders the page in the right register from the start.
 */
export const PREFERENCES_COOKIE = "cetr_prefs";

/** One year: people should not have to find the switch again every visit. */
export const PREFERENCES_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/**
 * The register of the language: `plain` is plain English-style wording,
 * `easyRead` is short sentences, one idea each, with a picture beside each idea.
 * It is chosen independently of the language.
 */
export type Register = "plain" | "easyRead";

export function isRegister(value: unknown): value is Register {
  return value === "plain" || value === "easyRead";
}

/**
 * How big the text is, on top of the browser's own setting and zoom: every
 * size in the stylesheets is in rem, so one root size scales the whole page.
 */
export const textSizes = ["standard", "large", "largest"] as const;
export type TextSize = (typeof textSizes)[number];

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === "string" && (textSizes as readonly string[]).includes(value);
}

export interface Preferences {
  /** Absent until the person picks a language, so Accept-Language still applies. */
  lang: LanguageCode | undefined;
  register: Register;
  /** Only affects easy read; some people find pictures distracting or childish. */
  pictures: boolean;
  textSize: TextSize;
}

export const defaultPreferences: Preferences = {
  lang: undefined,
  register: "plain",
  pictures: true,
  textSize: "standard",
};

/** Reads the cookie out of a whole `Cookie` header. Anything malformed is ignored. */
export function parsePreferences(cookieHeader: string | null | undefined): Preferences {
  const raw = readCookie(cookieHeader, PREFERENCES_COOKIE);
  if (raw === undefined) return { ...defaultPreferences };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(raw));
  } catch {
    return { ...defaultPreferences };
  }
  const lang = params.get("lang");
  const textSize = params.get("text");
  return {
    lang: isLanguageCode(lang) ? lang : undefined,
    register: params.get("register") === "easyRead" ? "easyRead" : "plain",
    pictures: params.get("pictures") !== "off",
    textSize: isTextSize(textSize) ? textSize : "standard",
  };
}

export function serializePreferences(preferences: Preferences): string {
  const params = new URLSearchParams();
  if (preferences.lang) params.set("lang", preferences.lang);
  params.set("register", preferences.register);
  params.set("pictures", preferences.pictures ? "on" : "off");
  if (preferences.textSize !== "standard") params.set("text", preferences.textSize);
  return encodeURIComponent(params.toString());
}

/**
 * A complete `Set-Cookie` value. httpOnly because no script needs it (the
 * server renders the preference into the page); SameSite=Lax so it is sent when
 * someone follows a link from a text message or email.
 */
export function preferencesSetCookie(
  preferences: Preferences,
  options: { secure: boolean },
): string {
  const parts = [
    `${PREFERENCES_COOKIE}=${serializePreferences(preferences)}`,
    "Path=/",
    `Max-Age=${PREFERENCES_MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const index = pair.indexOf("=");
    if (index === -1) continue;
    if (pair.slice(0, index).trim() === name) return pair.slice(index + 1).trim();
  }
  return undefined;
}
