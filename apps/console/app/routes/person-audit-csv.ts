import { CSV_HEADER, csvFilename, csvRow, readFilters } from "../lib/audit-trail";
import { csvResponse } from "../lib/csv";
import type { Route } from "./+types/person-audit-csv";
import { CSV_MAX_ROWS, loadAllRows } from "./person-audit.server";

/**
 * The audit trail as a CSV file, with the same filters as the page. A resource
 * route (no component), so the browser downloads it without JavaScript.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { filters } = readFilters(new URL(request.url));
  const { name, rows, truncated } = await loadAllRows(request, params.id, filters);
  const lines = [CSV_HEADER, ...rows.map(csvRow)];
  // Said in the file itself, so whoever opens it later knows it is not the whole trail.
  if (truncated) lines.push([`Only the newest ${CSV_MAX_ROWS} entries are included.`]);
  return csvResponse(lines, csvFilename(name, new Date()));
}
