import { isLanguageCode, isRegister } from "@cetr/i18n";
import { resources } from "@cetr/i18n/resources";
import { messagesVersion } from "../lib/messages.server";
import type { Route } from "./+types/messages";

/**
 * One language in one register as JSON, for the browser's i18next
 * (lib/messages.ts). Versioned URLs are immutable; an old version is still
 * answered (with today's strings) but not cached, so a page open across a
 * deploy keeps working.
 */
export function loader({ params, request }: Route.LoaderArgs) {
  const register = params.register.replace(/\.json$/, "");
  if (!isLanguageCode(params.language) || !isRegister(register)) {
    throw new Response("No such language", { status: 404 });
  }
  const current = new URL(request.url).searchParams.get("v") === messagesVersion;
  return Response.json(resources[params.language][register], {
    headers: {
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
