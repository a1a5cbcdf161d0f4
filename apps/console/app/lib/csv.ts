/**
 * CSV files the console offers for download (the audit trail, the register).
 * RFC 4180 quoting, CRLF line ends, a byte-order mark so Excel reads UTF-8,
 * and a guard against formula injection: these files hold text typed by many
 * people, and a spreadsheet would run a cell starting = + - @ as a formula.
 */

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting
 * = + - @, or a tab or carriage return that some programs strip first) gets
 * a leading apostrophe, so the file cannot smuggle in formulas.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}

/** A lower-case ASCII slug for file names ("Zoë O'Neil" → "zoe-o-neil"). */
export function fileSlug(text: string, fallback: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .toLowerCase()
      .slice(0, 40) || fallback
  );
}

/** The download itself: personal data, so never kept by a shared cache or the back-forward cache. */
export function csvResponse(rows: readonly (readonly string[])[], filename: string): Response {
  return new Response(`\uFEFF${toCsv(rows)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
