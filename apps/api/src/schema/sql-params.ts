/**
 * Positional parameters for the raw SQL lists (ADR 0017, 0029): the
 * viewer's three ($1-$3, VIEWER_CTE) first, then each `add` appends one and
 * returns its placeholder with a cast, so a statement's text and its values
 * cannot drift apart. `values` is copied out for a statement that uses only
 * the parameters added so far (e.g. a count beside a page).
 */
export class SqlParams {
  readonly values: unknown[];
  constructor(first: readonly unknown[]) {
    this.values = [...first];
  }
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}
