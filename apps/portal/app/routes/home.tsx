import { graphql } from "@cetr/graphql";
import { requireApi } from "../lib/api.server";
import { dateInWords, nextReviewDate } from "../lib/dates";
import { plannerPath } from "../lib/planner";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/home";

const PortalHome = graphql(`
  query PortalHome {
    viewer {
      user { displayName }
      people { id name preferredName reviews { kind status scheduledOn } }
    }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { viewer } = await api.request(PortalHome);
  return {
    name: viewer.user?.displayName ?? null,
    people: viewer.people.map((person) => ({
      id: person.id,
      // The name the person likes to be called, where they have told us one.
      name: person.preferredName || person.name,
      nextReview: nextReviewDate(
        person.reviews.map((r) => ({
          status: r.status,
          scheduledOn: r.scheduledOn as string | null,
        })),
      ),
    })),
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const title = t("home.title");
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      <h1>{loaderData.name ? t("home.greeting", { name: loaderData.name }) : title}</h1>
      <h2>{t("home.whoHeading")}</h2>
      {loaderData.people.length === 0 ? (
        <p>{t("home.nobody")}</p>
      ) : (
        <ul className="cetr-list-plain">
          {loaderData.people.map((person) => (
            <li key={person.id}>
              <h3>{person.name}</h3>
              <p>
                {person.nextReview
                  ? t("home.nextReview", {
                      date: dateInWords(person.nextReview, language.locale),
                    })
                  : t("home.noReview")}
              </p>
              <p>
                <a href={plannerPath(person.id)}>{t("planner.homeLink")}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
      {loaderData.people.length > 0 ? (
        <p>
          <a href="/record-views">{t("recordViews.homeLink")}</a>
        </p>
      ) : null}
      <p>
        <a href="/passkeys">{t("passkeys.homeLink")}</a>
      </p>
    </div>
  );
}
