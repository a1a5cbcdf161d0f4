import { csvResponse, fileSlug } from "../lib/csv";
import { OVERSIGHT_CSV_COLUMNS, oversightCsvRows } from "../lib/oversight";
import { loadOversight } from "../lib/oversight.server";
import type { Route } from "./+types/oversight-csv";

/**
 * The oversight figures as a CSV file: one row per organisation and month,
 * with the counts behind each share. A resource route, so the browser
 * downloads it without JavaScript.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { rows, months, shown, organisationId, today } = await loadOversight(request);
  const who = organisationId ? fileSlug(shown[0]?.name ?? "", "organisation") : "all";
  return csvResponse(
    [[...OVERSIGHT_CSV_COLUMNS], ...oversightCsvRows(rows, shown, months)],
    `oversight-${who}-${months[0]}-to-${today.slice(0, 7)}.csv`,
  );
}
