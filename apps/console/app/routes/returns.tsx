import { graphql } from "@cetr/graphql";
import { Table } from "@cetr/ui";
import { requireApi } from "../lib/api.server";
import { RETURNS_COLUMNS, type ReturnsColumn } from "../lib/returns-csv";
import { chosenPeriod, returnsPeriods } from "../lib/returns-period";
import { organisationsOf, todayInEngland } from "../lib/worklist";
import worklistStyles from "../lib/worklist.css?url";
import { ChoiceField, OrganisationChoice, WorklistHeading } from "../lib/worklist-ui";
import type { Route } from "./+types/returns";

const ReturnsPage = graphql(`
  query ReturnsPage {
    viewer { memberships { role organisation { id name } } }
  }
`);

/** The roles the API lets make a return (apps/api returns.service.ts RETURNS_ROLES). */
const RETURNS_ROLES = new Set(["COMMISSIONER", "CARE_COORDINATOR", "ADMINISTRATOR"]);

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: worklistStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const today = todayInEngland();
  const result = await api.request(ReturnsPage, {});
  const memberships = result.viewer?.memberships ?? [];
  return {
    periods: returnsPeriods(today).map(({ value, label }) => ({ value, label })),
    period: chosenPeriod(url.searchParams.get("period"), today).value,
    organisations: organisationsOf(memberships.filter((m) => RETURNS_ROLES.has(m.role))),
    organisationId: url.searchParams.get("organisation") || null,
  };
}

const valuesCell = (values: ReturnsColumn["values"]) => {
  if (typeof values === "string") return values;
  const entries = Object.entries(values);
  return (
    <ul>
      {entries.map(([code, meaning]) => (
        <li key={code}>
          <code>{code}</code>: {meaning}
        </li>
      ))}
    </ul>
  );
};

/**
 * The NHS England returns page: what the anonymised dataset is, a form to
 * download it (a native GET form to the resource route, so it works without
 * JavaScript) and the column dictionary.
 */
export default function Returns({ loaderData }: Route.ComponentProps) {
  const { periods, period, organisations, organisationId } = loaderData;
  return (
    <>
      <WorklistHeading title="Returns to NHS England">
        An anonymised copy of your reviews, for NHS England and the regional team to check how
        reviews are going (policy Appendix 5). There is one row for each review: what kind it was,
        when, the person's age band, diagnosis and legal status, the outcome, and whether the
        review, the report and the actions were on time.
      </WorklistHeading>
      <h2 className="cetr-heading-m">What is left out</h2>
      <p>
        The file has no names, NHS numbers, dates of birth, addresses, email addresses, IDs or
        anything anyone typed. Ages are bands and dates are months. The row numbers are shuffled
        each time, so a row cannot be matched to a person or to another copy of the file.
      </p>
      <p>
        Making the file is recorded in each person's audit trail. Only commissioners, care
        coordinators and administrators can make it, for the organisations they work for.
      </p>
      {organisations.length === 0 ? (
        <p>
          You cannot make this file: it is for commissioners, care coordinators and administrators.
        </p>
      ) : (
        <>
          <h2 className="cetr-heading-m">Download the file</h2>
          {/* A plain form: the answer is a file, not a page for the router. */}
          <form method="get" action="/returns.csv" className="cetr-worklist-filters">
            <ChoiceField name="period" label="Period" value={period} options={periods} />
            {organisations.length > 1 ? (
              <OrganisationChoice organisations={organisations} organisationId={organisationId} />
            ) : null}
            <button type="submit" className="cetr-button">
              Download the returns file (CSV)
            </button>
          </form>
        </>
      )}
      <Table
        caption="What each column holds"
        head={["Column", "What it holds", "Values"]}
        firstCellIsHeader
        rows={RETURNS_COLUMNS.map((column) => ({
          key: column.name,
          cells: [<code key="name">{column.name}</code>, column.meaning, valuesCell(column.values)],
        }))}
      />
      <p>Empty cells mean "not known yet" or "does not apply", as each column says.</p>
    </>
  );
}
