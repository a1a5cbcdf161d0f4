/**
 * Scheduler benchmark over synthetic histories. Baseline and variant are
 * measured in the same run and reported as ratios, because these machines
 * are shared and noisy; nothing here asserts on time.
 *
 *   pnpm bench                 # defaults
 *   PEOPLE=20000 pnpm bench    # fewer people on a slow machine
 */
import {
  addDays,
  type CalendarDate,
  type PathwayEvent,
  resolveProfile,
  schedulePathway,
} from "../src/index.js";

const PEOPLE = Number(process.env.PEOPLE ?? 100_000);
// Histories are built and scheduled in batches so 100,000 × 100 events fit in memory;
// only scheduling is timed.
const BATCH = 5_000;
const NOW = "2026-11-22";

/** A deterministic generator so every run schedules the same histories. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A realistic cycle: considered → review → admission → reviews, reports → discharge → visit. */
function history(
  n: number,
  eventsPerPerson: number,
  random: () => number,
): { dob: string; events: PathwayEvent[] } {
  const dob = addDays("1950-01-01" as CalendarDate, Math.floor(random() * 365 * 60));
  const span = 365 * 6; // all events fit between 2020 and now
  const step = Math.max(1, Math.floor(span / eventsPerPerson));
  let date = addDays("2020-11-22" as CalendarDate, 0);
  const events: PathwayEvent[] = [];
  let inStay = false;
  for (let i = 0; i < eventsPerPerson; i++) {
    date = addDays(date, 1 + Math.floor(random() * step));
    if (date > NOW) date = NOW as CalendarDate;
    if (date < dob) continue;
    const phase = (i + n) % 8;
    if (phase === 0 && !inStay) {
      events.push({ kind: "ADMISSION_CONSIDERED", date });
    } else if (phase === 1 && !inStay) {
      events.push({
        kind: "ADMISSION",
        date,
        route: random() < 0.2 ? "CRIMINAL_JUSTICE" : "CIVIL",
        setting: random() < 0.5 ? "LD_MH_NON_SECURE" : "MEDIUM_SECURE",
      });
      inStay = true;
    } else if (phase === 2 && inStay) {
      events.push({ kind: "TREATMENT_PLAN_SHARED", date });
    } else if (phase === 6 && inStay) {
      events.push({ kind: "DISCHARGE", date });
      inStay = false;
    } else if (phase === 7) {
      events.push({ kind: "COMMUNITY_VISIT", date });
    } else if (phase % 2 === 0) {
      events.push({ kind: "REPORT_SENT", date });
    } else {
      events.push({ kind: "REVIEW_HELD", date, reviewKind: inStay ? "INPATIENT" : "COMMUNITY" });
    }
  }
  return { dob, events };
}

function build(eventsPerPerson: number, count: number, seed: number) {
  const random = rng(seed);
  return Array.from({ length: count }, (_, n) => history(n, eventsPerPerson, random));
}

const profile = resolveProfile("national-2017");
if (!profile.ok) throw new Error("national profile did not resolve");
const resolved = profile.value;

function measure(label: string, eventsPerPerson: number, count: number) {
  let due = 0;
  let events = 0;
  let ns = 0n;
  for (let done = 0; done < count; done += BATCH) {
    const people = build(eventsPerPerson, Math.min(BATCH, count - done), 42 + done);
    const start = process.hrtime.bigint();
    for (const p of people) {
      const r = schedulePathway({
        dateOfBirth: p.dob,
        events: p.events,
        now: NOW,
        profile: resolved,
      });
      if (!r.ok) throw new Error(`${label}: ${r.error.message}`);
      due += r.value.reviews.length + r.value.clocks.length;
    }
    ns += process.hrtime.bigint() - start;
    for (const p of people) events += p.events.length;
  }
  const ms = Number(ns) / 1e6;
  return { label, ms, events, due, perSecond: (count / ms) * 1000 };
}

const print = (line: string) => process.stdout.write(`${line}\n`);

// Warm up the JIT on both shapes so neither measurement pays for compilation.
measure("warm-up", 10, 2_000);
measure("warm-up", 100, 500);

const base = measure("10 events/person", 10, PEOPLE);
const variant = measure("100 events/person", 100, PEOPLE);

print(`scheduler benchmark: ${PEOPLE.toLocaleString("en-GB")} people, now=${NOW}`);
for (const r of [base, variant]) {
  print(
    `  ${r.label.padEnd(18)} ${r.ms.toFixed(0).padStart(7)} ms  ${Math.round(r.perSecond).toLocaleString("en-GB").padStart(9)} people/s  ${Math.round(
      (r.events / r.ms) * 1000,
    )
      .toLocaleString("en-GB")
      .padStart(
        11,
      )} events/s  (${r.events.toLocaleString("en-GB")} events, ${r.due.toLocaleString("en-GB")} due items)`,
  );
}
const ratio = variant.ms / base.ms;
const eventRatio = variant.events / base.events;
print(
  `  time ratio ${ratio.toFixed(2)}× for ${eventRatio.toFixed(1)}× the events (linear ≈ ${eventRatio.toFixed(1)}×, budget ≤ 11×): ${ratio <= 11 ? "OK" : "OVER BUDGET"}`,
);
