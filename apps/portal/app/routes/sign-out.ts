import { graphql } from "@cetr/graphql";
import { redirect } from "react-router";
import { apiFor } from "../lib/api.server";
import { clearSession, readSessionToken } from "../lib/session.server";
import type { Route } from "./+types/sign-out";

const PortalSignOut = graphql(`
  mutation PortalSignOut { signOut { sessionsEnded } }
`);

/** Ends the session at the API (so the token is dead everywhere) and forgets the cookie. */
export async function action({ request }: Route.ActionArgs) {
  const token = await readSessionToken(request);
  // Signing out must always work for the person, even if the API is unreachable.
  if (token)
    await apiFor(token)
      .request(PortalSignOut)
      .catch(() => undefined);
  throw redirect("/", { status: 303, headers: { "Set-Cookie": await clearSession(request) } });
}

export function loader() {
  return redirect("/home");
}
