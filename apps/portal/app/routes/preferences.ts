import { isLanguageCode, isTextSize, parsePreferences, preferencesSetCookie } from "@cetr/i18n";
import { redirect } from "react-router";
import { isSecureRequest } from "../i18n.server";
import { type PreferenceChange, saveToAccount } from "../lib/account-preferences.server";
import { safeReturnPath } from "../lib/return-path";
import { readSessionToken } from "../lib/session.server";
import type { Route } from "./+types/preferences";

/**
 * The easy-read, pictures and language switches post here from every page.
 * A plain form post and a 303 back to the page mean it works with JavaScript
 * off; with JavaScript on, React Router submits the same form without a reload.
 *
 * Fields: `easyRead` = on | off, `pictures` = on | off, `lang` = a language
 * code, `textSize` = standard | large | largest, `returnTo` = the local path
 * to go back to. Any may be left out. Signed in, the change is also saved to
 * the account, so the next device starts the same way (ADR 0019).
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const next = parsePreferences(request.headers.get("Cookie"));

  const change: PreferenceChange = {};

  const easyRead = form.get("easyRead");
  if (easyRead === "on") change.register = "easyRead";
  if (easyRead === "off") change.register = "plain";

  const pictures = form.get("pictures");
  if (pictures === "on") change.pictures = true;
  if (pictures === "off") change.pictures = false;

  const lang = form.get("lang");
  if (isLanguageCode(lang)) change.lang = lang;

  const textSize = form.get("textSize");
  if (isTextSize(textSize)) change.textSize = textSize;

  Object.assign(next, change);
  await saveToAccount(await readSessionToken(request), change);

  let returnTo = safeReturnPath(form.get("returnTo"));
  if (returnTo.startsWith("/preferences")) returnTo = "/";

  return redirect(returnTo, {
    status: 303,
    headers: { "Set-Cookie": preferencesSetCookie(next, { secure: isSecureRequest(request) }) },
  });
}

/** Someone who bookmarks or reloads the form's address lands on the start page instead of an error. */
export function loader() {
  return redirect("/");
}
