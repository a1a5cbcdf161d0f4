import { Table } from "@cetr/ui";
import { pageTitle } from "../lib/format";
import {
  byMonth,
  byOrganisation,
  MEASURE_KEYS,
  MEASURES,
  monthName,
  type OversightCounts,
  PERIODS,
  shareInWords,
} from "../lib/oversight";
import oversightStyles from "../lib/oversight.css?url";
import { loadOversight } from "../lib/oversight.server";
import { OversightChart } from "../lib/oversight-chart-svg";
import worklistStyles from "../lib/worklist.css?url";
import { ChoiceField, FilterForm } from "../lib/worklist-ui";
import type { Route } from "./+types/oversight";

/**
 * Oversight (issue 8 item 8): for the organisations someone works for, how
 * many reviews were held on time, reports sent on time and actions done on
 * time, month by month and organisation by organisation, over a range they
 * choose. A GET form, so it works without JavaScript; the same figures
 * download as CSV.
 */

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: worklistStyles },
  { rel: "stylesheet", href: oversightStyles },
];

export async function loader({ request }: Route.LoaderArgs) {
  return loadOversight(request);
}

/** The columns both tables share: counts, then each share in words. */
const HEAD = ["Reviews held", ...MEASURE_KEYS.map((m) => MEASURES[m].label)];
const cells = (c: OversightCounts) => [
  String(c.reviewsHeld),
  ...MEASURE_KEYS.map((m) => shareInWords(MEASURES[m].of(c))),
];

export default function OversightPage({ loaderData }: Route.ComponentProps) {
  const { rows, months, period, organisations, organisationId, shown } = loaderData;
  const monthly = byMonth(rows, months);
  const heading = "Oversight: reviews, reports and actions on time";
  const scope = organisationId ? (shown[0]?.name ?? "") : "all your organisations";
  const range = `${monthName(months[0] ?? "")} to ${monthName(months[months.length - 1] ?? "")}`;
  const csv = new URLSearchParams({ months: String(period) });
  if (organisationId) csv.set("organisation", organisationId);
  return (
    <>
      <title>{pageTitle("Oversight")}</title>
      <h1 className="cetr-heading-xl">{heading}</h1>
      <div className="cetr-readable">
        <p>
          How many reviews were held by their due date, how many reports reached everyone within 2
          weeks (policy §7.2.18), and how many actions were done by their due date, for the reviews
          your organisations convened.
        </p>
        <details className="cetr-details">
          <summary>What the figures count</summary>
          <ul>
            <li>
              Reviews and their reports count in the month the review was held. A review is on time
              if it was held on or before the date it was due. Reviews with no due date are not
              counted either way.
            </li>
            <li>
              A report is on time if it was sent on or before its due date. Reports still not sent
              after their due date count as late.
            </li>
            <li>
              Actions count in the month they were due. An action is on time if it was done on or
              before its due date. Actions done late, not done, or still open after their due date
              count as late. Actions not yet due are left out.
            </li>
          </ul>
        </details>
      </div>
      <FilterForm
        action="/oversight"
        organisations={organisations}
        organisationId={organisationId}
        order={null}
      >
        <ChoiceField
          name="months"
          label="Period"
          value={String(period)}
          options={PERIODS.map((n) => ({ value: String(n), label: `The last ${n} months` }))}
        />
      </FilterForm>
      <p>
        Showing {range}, for {scope}.{" "}
        <a className="cetr-link" href={`/oversight.csv?${csv}`} download>
          Download these figures as a CSV file
        </a>
      </p>

      <h2 className="cetr-heading-l">Month by month</h2>
      <div className="cetr-oversight-charts">
        {MEASURE_KEYS.map((measure) => (
          <section key={measure} aria-labelledby={`chart-${measure}`}>
            <h3 className="cetr-heading-m" id={`chart-${measure}`}>
              {MEASURES[measure].label}
            </h3>
            <OversightChart measure={measure} months={monthly} />
          </section>
        ))}
      </div>
      <Table
        caption={`Each month, ${range}`}
        firstCellIsHeader
        head={["Month", ...HEAD]}
        rows={monthly.map(({ month, counts }) => ({
          key: month,
          cells: [monthName(month), ...cells(counts)],
        }))}
      />

      <h2 className="cetr-heading-l">Organisation by organisation</h2>
      <Table
        caption={`Each organisation, ${range}`}
        firstCellIsHeader
        head={["Organisation", ...HEAD]}
        rows={byOrganisation(rows, shown).map(({ organisation, counts }) => ({
          key: organisation.id,
          cells: [organisation.name, ...cells(counts)],
        }))}
      />
    </>
  );
}
