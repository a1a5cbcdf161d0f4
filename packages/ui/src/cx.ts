/** Joins class names, skipping empty ones, so optional modifiers read cleanly. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(" ");
}
