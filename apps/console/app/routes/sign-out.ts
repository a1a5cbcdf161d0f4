import { graphql } from "@cetr/graphql";
import { redirect } from "react-router";
import { apiFor } from "../lib/api.server";
import { clearSession, readSessionToken } from "../lib/session.server";
import type { Route } from "./+types/sign-out";

const SignOut = graphql(`
  mutation SignOut { signOut { sessionsEnded } }
`);

/** Ends the session at the API (so the token is dead everywhere) and forgets the cookie. */
export async function action({ request }: Route.ActionArgs) {
  const token = await readSessionToken(request);
  if (token)
    await apiFor(token)
      .request(SignOut)
      .catch(() => undefined);
  throw redirect("/sign-in", { status: 303, headers: { "Set-Cookie": await clearSession() } });
}

export function loader() {
  return redirect("/");
}
