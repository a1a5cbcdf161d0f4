import { graphql } from "@cetr/graphql";
import { EasyReadList } from "@cetr/ui";
import { data } from "react-router";
import { Ideas } from "../components/Ideas";
import { requireApi } from "../lib/api.server";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/record-views";
import { entryInWords, entryPicture, groupRepeats, type TrailEntry } from "./record-views.words";

const PAGE_SIZE = 20;

const RecordViewPeople = graphql(`
  query RecordViewPeople {
    viewer { people { id name preferredName mayReadAuditTrail yourRoles } }
  }
`);

const RecordViewTrail = graphql(`
  query RecordViewTrail($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      auditTrail(first: $first, after: $after, excludeMine: true) {
        edges {
          node { at actorKind actorName actingAs actingFor operation outcome targetTypes }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

/**
 * Who has looked at the record, for the young person and for a parent carer
 * who may see it (the API decides: `mayReadAuditTrail`). Advocates and others
 * are not asked for a trail they may not read, which would itself be
 * recorded as a refusal. `?person=…&after=…` pages back through one person.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const only = url.searchParams.get("person");
  const after = url.searchParams.get("after");
  const { viewer } = await api.request(RecordViewPeople);
  const readable = viewer.people.filter(
    (p) => p.mayReadAuditTrail && (only === null || p.id === only),
  );
  if (only !== null && readable.length === 0) throw data(null, { status: 404 });
  const people = await Promise.all(
    readable.map(async (person) => {
      const { person: found } = await api.request(RecordViewTrail, {
        id: person.id,
        first: PAGE_SIZE,
        after: only !== null ? after : null,
      });
      const trail = found?.auditTrail;
      return {
        id: person.id,
        name: person.preferredName || person.name,
        isYou: person.yourRoles.includes("SELF"),
        entries: (trail?.edges ?? []).map((e) => e.node as TrailEntry),
        earlierCursor: trail?.pageInfo.hasNextPage ? trail.pageInfo.endCursor : null,
      };
    }),
  );
  return { people, onePerson: only !== null, now: new Date().toISOString() };
}

export default function RecordViews({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language, register, pictures } = usePreferences();
  const now = new Date(loaderData.now);
  const title = t("recordViews.title");
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      <h1>{title}</h1>
      <Ideas pictures={{ intro: "report" }} text={() => t("recordViews.intro")} />
      {loaderData.people.length === 0 ? <p>{t("recordViews.nobody")}</p> : null}
      {loaderData.people.map((person) => {
        const owner = { isYou: person.isYou, name: person.name };
        const headingId = `record-${person.id}`;
        const worded = person.entries.map((entry) => ({
          entry,
          text: entryInWords(t, entry, owner, language.locale, now),
        }));
        const sentences = groupRepeats(worded, (w) => w.text).map(({ item, count }, i) => ({
          id: `${person.id}-${i}`,
          picture: entryPicture(item.entry),
          text: count > 1 ? `${item.text} ${t("recordViews.repeated", { count })}` : item.text,
        }));
        return (
          <section key={person.id} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {person.isYou
                ? t("recordViews.yourRecord")
                : t("recordViews.whoseRecord", { name: person.name })}
            </h2>
            {sentences.length === 0 ? (
              <p>{t("recordViews.none")}</p>
            ) : register === "easyRead" ? (
              <EasyReadList
                showPictures={pictures}
                items={sentences.map((s) => ({
                  id: s.id,
                  picture: s.picture,
                  children: <p>{s.text}</p>,
                }))}
              />
            ) : (
              <ul>
                {sentences.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            )}
            {person.earlierCursor ? (
              <p>
                <a
                  href={`/record-views?${new URLSearchParams({
                    person: person.id,
                    after: person.earlierCursor,
                  })}`}
                >
                  {loaderData.onePerson
                    ? t("recordViews.earlier")
                    : t("recordViews.earlierFor", { name: person.name })}
                </a>
              </p>
            ) : null}
          </section>
        );
      })}
      {loaderData.onePerson ? (
        <p>
          <a href="/record-views">{t("recordViews.backToAll")}</a>
        </p>
      ) : null}
      <p>
        <a href="/home">{t("recordViews.backHome")}</a>
      </p>
    </div>
  );
}
