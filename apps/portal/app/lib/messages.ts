import type { LanguageCode, Messages, Register } from "@cetr/i18n";
import type { i18n } from "i18next";

/**
 * Where a browser gets one language in one register: JSON from the portal's
 * own server (routes/messages.ts), not JavaScript, so pages carry no
 * language they do not show and no string costs script parsing. `version`
 * changes whenever any string does, so the URL can be cached for a year.
 */
export const messagesUrl = (language: string, register: Register, version: string) =>
  `/messages/${language}/${register}.json?v=${version}`;

export async function fetchMessages(
  language: LanguageCode,
  register: Register,
  version: string,
): Promise<Messages> {
  const response = await fetch(messagesUrl(language, register, version));
  if (!response.ok) throw new Error(`could not load ${language}/${register} (${response.status})`);
  return (await response.json()) as Messages;
}

const loading = new Map<string, Promise<void>>();

/**
 * Loads a language and register into the browser's i18next unless it has them
 * already; a second ask while the first is on its way waits for the same one.
 */
export function ensureMessages(
  instance: i18n,
  language: LanguageCode,
  register: Register,
  version: string,
): Promise<void> {
  if (instance.hasResourceBundle(language, register)) return Promise.resolve();
  const key = `${language}/${register}/${version}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = fetchMessages(language, register, version)
      .then((messages) => {
        instance.addResourceBundle(language, register, messages);
      })
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}
