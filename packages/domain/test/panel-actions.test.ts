import { describe, expect, it } from "vitest";
import {
  type ActionInput,
  actionProgress,
  type CalendarDate,
  checkPanel,
  type PanelMember,
  validateAction,
  validateActions,
} from "../src/index.js";

const member = (role: PanelMember["role"], patch: Partial<PanelMember> = {}): PanelMember => ({
  name: role.toLowerCase(),
  role,
  conflictsDeclared: true,
  trainingCurrent: true,
  ...patch,
});
const full = [member("CHAIR"), member("EXPERT_BY_EXPERIENCE"), member("CLINICAL_EXPERT")];

describe("panel rules (§7.2.1, §28, standards 5.1–5.7)", () => {
  it("standard 5.1 a complete, trained, unconflicted panel has no breaches", () => {
    expect(checkPanel(full, { personAge: 30 })).toEqual({
      complete: true,
      conflicted: false,
      breaches: [],
    });
  });

  it.each([
    [
      "standard 5.1 no chair",
      [member("EXPERT_BY_EXPERIENCE"), member("CLINICAL_EXPERT")],
      ["PANEL_CHAIR_MISSING"],
    ],
    [
      "standard 5.1 two experts by experience",
      [...full, member("EXPERT_BY_EXPERIENCE")],
      ["PANEL_EXPERT_BY_EXPERIENCE_MULTIPLE"],
    ],
    [
      "standard 5.1 no clinical expert and no chair",
      [member("EXPERT_BY_EXPERIENCE")],
      ["PANEL_CHAIR_MISSING", "PANEL_CLINICAL_EXPERT_MISSING"],
    ],
    [
      "§7.2.1 delegate chair without recorded authority",
      [member("CHAIR", { chairKind: "DELEGATE" }), full[1], full[2]],
      ["CHAIR_DELEGATED_AUTHORITY"],
    ],
    [
      "§28 local authority chair without everyone's agreement",
      [member("CHAIR", { chairKind: "LOCAL_AUTHORITY_SENIOR_MANAGER" }), full[1], full[2]],
      ["CHAIR_LOCAL_AUTHORITY_AGREEMENT"],
    ],
    [
      "standard 5.3 not introduced to the person",
      [member("CHAIR", { introducedToPerson: false }), full[1], full[2]],
      ["INTRODUCED_TO_PERSON"],
    ],
  ] as [string, PanelMember[], string[]][])("%s", (_l, members, rules) => {
    const c = checkPanel(members, { personAge: 15 });
    expect(c.breaches.map((b) => b.rule)).toEqual(rules);
    expect(c.complete).toBe(false);
  });

  it("§28 a local authority chair is allowed for a CETR with agreement, not for an adult's CTR", () => {
    const la = [
      member("CHAIR", {
        chairKind: "LOCAL_AUTHORITY_SENIOR_MANAGER",
        allParticipantsAgreedChair: true,
      }),
      full[1],
      full[2],
    ] as PanelMember[];
    expect(checkPanel(la, { personAge: 15 }).breaches).toEqual([]);
    expect(checkPanel(la, { personAge: 19 }).breaches.map((b) => b.rule)).toEqual([
      "CHAIR_LOCAL_AUTHORITY_ADULT",
    ]);
    const delegate = [
      member("CHAIR", { chairKind: "DELEGATE", delegatedAuthorityRecorded: true }),
      full[1],
      full[2],
    ] as PanelMember[];
    expect(checkPanel(delegate, { personAge: 40 }).breaches).toEqual([]);
  });

  it("standards 5.6 and 5.7 list every member's breach with a field path", () => {
    const c = checkPanel(
      [
        member("CHAIR", { conflictsDeclared: false }),
        member("EXPERT_BY_EXPERIENCE", { trainingCurrent: false }),
        member("CLINICAL_EXPERT", {
          conflicts: [
            { description: "treated the person in 2019", resolved: false },
            { description: "old", resolved: true },
          ],
        }),
      ],
      { personAge: 30 },
    );
    expect(c.breaches.map((b) => [b.rule, b.field, b.section])).toEqual([
      ["CONFLICTS_DECLARED", "members.0.conflictsDeclared", "standard 5.7"],
      ["TRAINING_CURRENT", "members.1.trainingCurrent", "standard 5.6; §7.1.7"],
      ["CONFLICT_UNRESOLVED", "members.2.conflicts.0", "standard 5.7"],
    ]);
    expect(c).toMatchObject({ complete: true, conflicted: true });
  });
});

const reviewDate = "2024-05-01" as CalendarDate;
const good: ActionInput = {
  what: "Arrange a housing assessment",
  owner: "Priya Shah",
  howWeWillKnow: "Assessment report shared",
  dueDate: "2024-06-01",
};

describe("SMART actions (Figure 6, §13, standard 7.2)", () => {
  it("Figure 6 a SMART action has no reasons", () => {
    expect(validateAction(good, reviewDate)).toEqual([]);
    expect(validateAction({ ...good, dueDate: "2024-05-01" }, reviewDate)).toEqual([]);
  });

  it.each([
    ["Specific: what is blank", { what: " " }, "what", "REQUIRED"],
    ["named person: owner blank", { owner: "" }, "owner", "ACTION_WITHOUT_OWNER"],
    ["named person: a team", { owner: "Community team" }, "owner", "ACTION_OWNER_NOT_ONE_PERSON"],
    [
      "named person: two people",
      { owner: "Priya Shah and Tom Lee" },
      "owner",
      "ACTION_OWNER_NOT_ONE_PERSON",
    ],
    ["named person: placeholder", { owner: "TBC" }, "owner", "ACTION_OWNER_NOT_ONE_PERSON"],
    ["Measurable: how we will know is blank", { howWeWillKnow: "" }, "howWeWillKnow", "REQUIRED"],
    ["Time-framed: no date", { dueDate: "" }, "dueDate", "ACTION_WITHOUT_DUE_DATE"],
    ["Time-framed: impossible date", { dueDate: "2024-02-30" }, "dueDate", "DATE_INVALID"],
    [
      "Time-framed: before the review",
      { dueDate: "2024-04-30" },
      "dueDate",
      "ACTION_DUE_BEFORE_REVIEW",
    ],
    [
      "completion date invalid",
      { status: "DONE" as const, completedOn: "nope" },
      "completedOn",
      "DATE_INVALID",
    ],
  ])("Figure 6 %s", (_l, patch, field, code) => {
    expect(validateAction({ ...good, ...patch }, reviewDate)).toEqual([
      expect.objectContaining({ field, code, section: "Figure 6; §13" }),
    ]);
  });

  it("§7.2.18 validateActions addresses each action by index", () => {
    expect(validateActions([good, { ...good, owner: "" }], reviewDate).map((r) => r.field)).toEqual(
      ["actions.1.owner"],
    );
  });

  it("standards 5.11/7.6 progress and overdue as of now", () => {
    const p = actionProgress(
      [
        { ...good, id: "a", status: "DONE", completedOn: "2024-05-20" },
        { ...good, id: "b" },
        { ...good, id: "c", dueDate: "2024-05-10" },
        { ...good, id: "d", status: "NOT_DONE", notDoneReason: "Provider closed" },
        { ...good, id: "e", status: "NOT_DONE" },
      ],
      "2024-05-15" as CalendarDate,
    );
    expect(p).toMatchObject({
      total: 5,
      done: 1,
      open: 1,
      overdue: 1,
      notDone: 2,
      percentDone: 20,
    });
    expect(p.items.map((i) => [i.id, i.status, i.daysOverdue, i.needsExplanation])).toEqual([
      ["a", "DONE", 0, false],
      ["b", "OPEN", 0, false],
      ["c", "OVERDUE", 5, true],
      ["d", "NOT_DONE", 0, false],
      ["e", "NOT_DONE", 0, true],
    ]);
    expect(actionProgress([], "2024-05-15" as CalendarDate).percentDone).toBe(0);
  });
});
