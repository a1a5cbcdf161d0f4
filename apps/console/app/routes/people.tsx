import { graphql } from "@cetr/graphql";
import { Link, Notice, Pagination, Table, Tag } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { DIAGNOSIS_LABELS, formatCalendarDate, formatNhsNumber, pageTitle } from "../lib/format";
import type { Route } from "./+types/people";

const PAGE_SIZE = 20;

const PeoplePage = graphql(`
  query PeoplePage($first: Int, $after: String, $last: Int, $before: String) {
    people(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        node { id name preferredName dateOfBirth nhsNumber diagnosis isFictional }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    viewer { memberships { role } }
  }
`);

const AddedPerson = graphql(`
  query AddedPerson($id: ID!) {
    person(id: $id) { name }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const before = url.searchParams.get("before");
  const after = url.searchParams.get("after");
  const added = url.searchParams.get("added");
  const [{ people, viewer }, addedPerson] = await Promise.all([
    api.request(
      PeoplePage,
      before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after: after ?? null },
    ),
    added
      ? api
          .request(AddedPerson, { id: added })
          .then((r) => r.person)
          .catch(() => null)
      : null,
  ]);
  return {
    people,
    addedName: addedPerson?.name ?? null,
    // Organisation sign-in opens a session even before anyone has given the account a role.
    hasMembership: viewer.memberships.length > 0,
  };
}

export default function People({ loaderData }: Route.ComponentProps) {
  const { people, addedName, hasMembership } = loaderData;
  const rows = people.edges.map(({ node }) => node);
  const allFictional = rows.length > 0 && rows.every((person) => person.isFictional);
  return (
    <>
      <title>{pageTitle("People")}</title>
      {addedName ? (
        <Notice title="Person added" variant="success" role="status">
          <p>{addedName} has been added.</p>
        </Notice>
      ) : null}
      <h1 className="cetr-heading-xl">People</h1>
      <p>
        {people.totalCount === 1 ? "1 person" : `${people.totalCount} people`}, in alphabetical
        order.
      </p>
      {allFictional ? (
        <Notice title="Demo data">
          <p>
            Everyone listed here is fictional. Their NHS numbers are from the 999 test range, which
            is never given to a patient.
          </p>
        </Notice>
      ) : null}
      <p>
        <Link href="/people/new" variant="button">
          Add a person
        </Link>
      </p>
      {!hasMembership ? (
        <Notice title="Your account has no role here yet">
          <p>
            You are signed in, but your account is not linked to an organisation in this service, so
            there is nobody for you to see. Ask your organisation's administrator to add you.
          </p>
        </Notice>
      ) : rows.length === 0 ? (
        <p>There is nobody here yet.</p>
      ) : (
        <Table
          caption="People"
          firstCellIsHeader
          head={["Name", "Date of birth", "NHS number", "Diagnosis"]}
          rows={rows.map((person) => ({
            key: person.id,
            cells: [
              <>
                <Link href={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {person.preferredName && person.preferredName !== person.name ? (
                  <span className="cetr-hint"> (known as {person.preferredName})</span>
                ) : null}
                {person.isFictional && !allFictional ? (
                  <>
                    {" "}
                    <Tag colour="grey">Fictional</Tag>
                  </>
                ) : null}
              </>,
              formatCalendarDate(person.dateOfBirth),
              <span key="nhs" className="cetr-nowrap">
                {formatNhsNumber(person.nhsNumber)}
              </span>,
              DIAGNOSIS_LABELS[person.diagnosis],
            ],
          }))}
        />
      )}
      <Pagination
        label="Pages of people"
        previousHref={
          people.pageInfo.hasPreviousPage && people.pageInfo.startCursor
            ? `/people?before=${encodeURIComponent(people.pageInfo.startCursor)}`
            : undefined
        }
        nextHref={
          people.pageInfo.hasNextPage && people.pageInfo.endCursor
            ? `/people?after=${encodeURIComponent(people.pageInfo.endCursor)}`
            : undefined
        }
      />
    </>
  );
}
