import { CSV_HEADER, csvFilename, csvRow, readFilters, toCsv } from "../lib/audit-trail";
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
  return new Response(`\uFEFF${toCsv(lines)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename(name, new Date())}"`,
      // Personal data: never kept by a shared cache or the browser's back-forward cache.
      "Cache-Control": "no-store",
    },
  });
}
