import { graphql } from "@cetr/graphql";
import { requireApi } from "./api.server";
import { monthsEnding, rangeArgs, readPeriod } from "./oversight";
import { organisationsOf, todayInEngland } from "./worklist";

const Oversight = graphql(`
  query ConsoleOversight($from: Date!, $to: Date!, $organisationId: ID) {
    oversight(from: $from, to: $to, organisationId: $organisationId) {
      organisation { id name } month
      reviewsHeld reviewsHeldOnTime reviewsHeldLate
      reportsSentOnTime reportsSentLate reportsOverdue
      actionsDue actionsDoneOnTime actionsDoneLate actionsOpenLate actionsNotDone actionsNotYetDue
    }
  }
`);

const MyOrganisations = graphql(`
  query ConsoleOversightOrganisations {
    viewer { memberships { organisation { id name } } }
  }
`);

/**
 * The figures for the range and organisation in the query string
 * (`months`, `organisation`), as the page and its CSV file both show them.
 */
export async function loadOversight(request: Request) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const period = readPeriod(url.searchParams.get("months"));
  const today = todayInEngland();
  const months = monthsEnding(today, period);
  const mine = organisationsOf((await api.request(MyOrganisations, {})).viewer.memberships);
  const asked = url.searchParams.get("organisation");
  // An organisation that is not theirs is treated as "all of them", not as an error.
  const organisationId = mine.some((o) => o.id === asked) ? asked : null;
  const { oversight } = await api.request(Oversight, {
    ...rangeArgs(months, today),
    organisationId,
  });
  const shown = organisationId ? mine.filter((o) => o.id === organisationId) : mine;
  return { rows: oversight, months, period, organisations: mine, organisationId, shown, today };
}
