import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type CalendarDate,
  HOSPITAL_SETTINGS,
  NATIONAL_RULES,
  type PathwayEvent,
  type PolicyProfile,
  RULE_IDS,
  schedulePathway,
} from "../src/index.js";

const OPS = [
  "consider",
  "emergency",
  "admit",
  "transfer",
  "intend",
  "resettle",
  "discharge",
  "review",
  "request",
  "report",
  "plan",
  "visit",
  "refer",
  "respond",
  "assess",
  "moj",
  "register",
] as const;

/** Builds a history that is valid by construction: admissions only when out, discharges only when in. */
const history = fc
  .record({
    dob: fc.integer({ min: 0, max: 60 * 365 }).map((n) => addDays("1960-01-01" as CalendarDate, n)),
    startAfterBirth: fc.integer({ min: 0, max: 30 * 365 }),
    steps: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 240 }),
        op: fc.constantFrom(...OPS),
        setting: fc.constantFrom(...HOSPITAL_SETTINGS),
        flag: fc.boolean(),
        urgency: fc.constantFrom("EMERGENCY" as const, "URGENT" as const, "ROUTINE" as const),
      }),
      { maxLength: 40 },
    ),
    nowGap: fc.integer({ min: 0, max: 800 }),
  })
  .map(({ dob, startAfterBirth, steps, nowGap }) => {
    let date = addDays(dob, startAfterBirth);
    let inStay = false;
    const events: PathwayEvent[] = [];
    for (const s of steps) {
      date = addDays(date, s.gap);
      switch (s.op) {
        case "consider":
          events.push({
            kind: "ADMISSION_CONSIDERED",
            date,
            route: s.flag ? "CIVIL" : "CRIMINAL_JUSTICE",
          });
          break;
        case "emergency":
          events.push({ kind: "EMERGENCY_PROTOCOL_MEETING", date });
          break;
        case "admit":
          if (!inStay) {
            events.push({
              kind: "ADMISSION",
              date,
              route: s.flag ? "CIVIL" : "CRIMINAL_JUSTICE",
              setting: s.setting,
              restricted: !s.flag,
            });
            inStay = true;
          }
          break;
        case "transfer":
          if (inStay) events.push({ kind: "TRANSFER", date, setting: s.setting });
          break;
        case "intend":
          if (inStay) events.push({ kind: "HIGHER_SECURITY_MOVE_INTENDED", date });
          break;
        case "resettle":
          if (inStay)
            events.push({
              kind: "RESETTLEMENT_PATHWAY",
              date,
              housingInPlace: true,
              careProviderInPlace: true,
              clearDischargePlan: true,
              dischargeDateIdentified: true,
              anyPartyDissatisfied: s.flag,
            });
          break;
        case "discharge":
          if (inStay) {
            events.push({ kind: "DISCHARGE", date });
            inStay = false;
          }
          break;
        case "review":
          events.push({
            kind: "REVIEW_HELD",
            date,
            reviewKind: inStay ? "INPATIENT" : "COMMUNITY",
            outcome: s.flag ? "READY_FOR_DISCHARGE" : "CONTINUE_CURRENT_CARE",
          });
          break;
        case "request":
          events.push({ kind: "REVIEW_REQUESTED", date });
          break;
        case "report":
          events.push({ kind: "REPORT_SENT", date });
          break;
        case "plan":
          if (inStay) events.push({ kind: "TREATMENT_PLAN_SHARED", date });
          break;
        case "visit":
          events.push({ kind: "COMMUNITY_VISIT", date });
          break;
        case "refer":
          events.push({ kind: "ACCESS_REFERRAL", date, urgency: s.urgency });
          break;
        case "respond":
          events.push({ kind: "ACCESS_RESPONSE", date });
          break;
        case "assess":
          events.push({ kind: "ACCESS_ASSESSMENT", date });
          break;
        case "moj":
          events.push({ kind: "MOJ_CONTACTED", date });
          break;
        case "register":
          events.push({ kind: "REGISTER_ENTRY", date, rating: s.flag ? "RED" : "GREEN" });
          break;
      }
    }
    return { dateOfBirth: dob as string, events, now: addDays(date, nowGap) as string };
  });

const run = (
  h: { dateOfBirth: string; events: PathwayEvent[]; now: string },
  extra: object = {},
) => {
  const r = schedulePathway({ ...h, ...extra });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

describe("scheduler invariants (property-based)", () => {
  it("valid histories never error, and no due date precedes its trigger", () => {
    fc.assert(
      fc.property(history, (h) => {
        const s = run(h);
        for (const i of [...s.reviews, ...s.clocks]) {
          if (i.dueDate) expect(i.dueDate >= i.triggerDate).toBe(true);
          expect(i.triggerDate <= s.asOf).toBe(true);
          expect(i.section).toMatch(/§|Appendix/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a person in hospital always has a next post-admission or inpatient review unless an exemption applies (§4, §11, §12)", () => {
    fc.assert(
      fc.property(history, (h) => {
        const s = run(h);
        if (!s.inHospital) return;
        const exempt = s.notes.some(
          (n) => n.kind === "EXEMPTION" && n.rule !== "PLANNED_ACUTE_PATHWAY",
        );
        const hasNext = s.reviews.some(
          (r) =>
            (r.kind === "INPATIENT_REVIEW" || r.kind === "POST_ADMISSION_REVIEW") &&
            r.dueDate !== null,
        );
        expect(hasNext || exempt).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("overdue exactly when now is after the due date", () => {
    fc.assert(
      fc.property(history, (h) => {
        const s = run(h);
        for (const i of [...s.reviews, ...s.clocks])
          expect(i.overdue).toBe(i.dueDate !== null && i.dueDate < s.asOf);
      }),
      { numRuns: 200 },
    );
  });

  it("shortening a profile's interval never makes a review or clock later", () => {
    fc.assert(
      fc.property(
        history,
        fc.constantFrom(...RULE_IDS),
        fc.integer({ min: 1, max: 20 }),
        (h, rule, cut) => {
          const national = NATIONAL_RULES[rule].duration;
          const amount = Math.max(1, national.amount - cut);
          // Same unit, fewer of them (working-day rules included: §18's 14 working days).
          const duration = { amount, unit: national.unit };
          const shorter: PolicyProfile = {
            key: "shorter",
            name: "Shorter",
            description: "",
            rules: { [rule]: { duration, source: "property test" } },
          };
          const base = run(h);
          const short = run(h, { profile: "shorter", extraProfiles: [shorter] });
          const a = [...base.reviews, ...base.clocks];
          const b = [...short.reviews, ...short.clocks];
          expect(b.map((i) => [i.kind, i.rule, i.triggerEventIndex])).toEqual(
            a.map((i) => [i.kind, i.rule, i.triggerEventIndex]),
          );
          a.forEach((i, n) => {
            const j = b[n];
            expect(
              j?.dueDate === null || i.dueDate === null || (j?.dueDate ?? "") <= i.dueDate,
            ).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("arbitrary JSON as events never throws: it is scheduled or rejected with a code naming an event", () => {
    const junkEvent = fc.oneof(
      fc.anything(),
      fc.record(
        {
          kind: fc.constantFrom(
            "ADMISSION",
            "DISCHARGE",
            "TRANSFER",
            "REVIEW_HELD",
            "ACCESS_REFERRAL",
            "NOPE",
          ),
          date: fc.oneof(fc.string(), fc.constant("2024-01-01"), fc.integer()),
          setting: fc.string(),
          route: fc.string(),
          reviewKind: fc.string(),
          urgency: fc.string(),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.array(junkEvent, { maxLength: 8 }), (events) => {
        const r = schedulePathway({
          dateOfBirth: "1990-01-01",
          events: events as PathwayEvent[],
          now: "2025-01-01",
        });
        if (!r.ok) {
          expect(r.error.code).toMatch(/^[A-Z_]+$/);
          expect(r.error.eventIndex).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the order events are passed in does not matter when dates differ", () => {
    fc.assert(
      fc.property(history, (h) => {
        const distinct = new Set(h.events.map((e) => e.date)).size === h.events.length;
        fc.pre(distinct);
        const reversed = { ...h, events: [...h.events].reverse() };
        const a = run(h);
        const b = run(reversed);
        expect(b.reviews.map((r) => [r.kind, r.dueDate])).toEqual(
          a.reviews.map((r) => [r.kind, r.dueDate]),
        );
      }),
      { numRuns: 200 },
    );
  });
  it("§7.2.18, §18, Appendices 3 and 6: a follow-up recorded on the same day as its trigger closes it whatever the array order", () => {
    const followUps = new Set([
      "REPORT_SENT",
      "TREATMENT_PLAN_SHARED",
      "COMMUNITY_VISIT",
      "ACCESS_RESPONSE",
      "ACCESS_ASSESSMENT",
      "MOJ_CONTACTED",
    ]);
    const view = (s: ReturnType<typeof run>) =>
      [...s.reviews, ...s.clocks].map((i) => [i.kind, i.rule, i.dueDate, i.triggerDate]);
    fc.assert(
      fc.property(history, (h) => {
        // Each day's follow-ups moved to the front of that day; everything else keeps its order.
        const moved = h.events
          .map((e, i) => ({ e, i }))
          .sort(
            (a, b) =>
              (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : 0) ||
              Number(followUps.has(b.e.kind)) - Number(followUps.has(a.e.kind)) ||
              a.i - b.i,
          )
          .map(({ e }) => e);
        expect(view(run({ ...h, events: moved }))).toEqual(view(run(h)));
      }),
      { numRuns: 300 },
    );
  });
  it("§4 a general hospital stay for physical illness, from the community, changes no review or clock", () => {
    const view = (s: ReturnType<typeof run>) =>
      [...s.reviews, ...s.clocks].map((i) => [i.kind, i.rule, i.dueDate, i.triggerDate]);
    fc.assert(
      fc.property(history, (h) => {
        const before = run(h);
        fc.pre(!before.inHospital);
        const withStay = {
          ...h,
          events: [
            ...h.events,
            {
              kind: "ADMISSION" as const,
              date: h.now,
              route: "CIVIL" as const,
              setting: "GENERAL_HOSPITAL_PHYSICAL" as const,
            },
            { kind: "DISCHARGE" as const, date: h.now },
          ],
        };
        expect(view(run(withStay))).toEqual(view(before));
      }),
      { numRuns: 300 },
    );
  });
});
