import { expect } from "vitest";
import type { PathwayEvent, PathwaySchedule, ScheduleInput } from "../src/index.js";
import { schedulePathway } from "../src/index.js";

export function schedule(
  dateOfBirth: string,
  events: PathwayEvent[],
  now: string,
  extra: Partial<ScheduleInput> = {},
): PathwaySchedule {
  const r = schedulePathway({ dateOfBirth, events, now, ...extra });
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

/** Event builders shared by the scheduler tests. */
export type ReviewKind = Extract<PathwayEvent, { kind: "REVIEW_HELD" }>["reviewKind"];

export const admit = (
  date: string,
  extra: Partial<Extract<PathwayEvent, { kind: "ADMISSION" }>> = {},
): PathwayEvent => ({
  kind: "ADMISSION",
  date,
  route: "CIVIL",
  setting: "LD_MH_NON_SECURE",
  ...extra,
});

export const held = (
  date: string,
  reviewKind: ReviewKind = "INPATIENT",
  outcome?: Extract<PathwayEvent, { kind: "REVIEW_HELD" }>["outcome"],
): PathwayEvent => ({ kind: "REVIEW_HELD", date, reviewKind, ...(outcome ? { outcome } : {}) });
