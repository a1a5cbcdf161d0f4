/**
 * The one-page profile as staff read it. The question keys are the family
 * portal's (apps/portal/app/lib/profile.ts, ADR 0018); the headings are the
 * standard one-page profile headings, in the words families see.
 */
export const PROFILE_SECTIONS = [
  { key: "likeAndAdmire", title: "What people like and admire about me" },
  { key: "importantToMe", title: "What is important to me" },
  { key: "howToSupportMe", title: "How best to support me" },
  { key: "importantPeople", title: "People who are important to me" },
  { key: "howICommunicate", title: "How I communicate" },
] as const;

/** The newest version the family sent: drafts are theirs until they send them. */
export function latestSentProfile<T extends { status: string; version: number }>(
  documents: readonly T[],
): T | null {
  return (
    documents.filter((d) => d.status === "SUBMITTED").sort((a, b) => b.version - a.version)[0] ??
    null
  );
}

const londonDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** "20 September 2026": the day it was sent, in London. */
export function sentOn(timestamp: string): string {
  return londonDay.format(new Date(timestamp));
}
