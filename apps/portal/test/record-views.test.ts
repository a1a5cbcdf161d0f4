import { i18nextOptions } from "@cetr/i18n";
import { resources } from "@cetr/i18n/resources";
import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import {
  entryInWords,
  entryPicture,
  groupRepeats,
  type TrailEntry,
  timeInWords,
} from "../app/routes/record-views.words";

type T = Parameters<typeof entryInWords>[0];
let plain: T;
let easyRead: T;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init(i18nextOptions("en", resources));
  plain = i18n.getFixedT("en", "plain") as unknown as T;
  easyRead = i18n.getFixedT("en", "easyRead") as unknown as T;
});

// A Tuesday in March 2026 (GMT), and "now" in the same year so no year is shown.
const now = new Date("2026-06-01T12:00:00Z");
const base: TrailEntry = {
  at: "2026-03-03T14:15:00.000Z",
  actorKind: "USER",
  actorName: "Grace Holt",
  actingAs: "STAFF:COMMISSIONER",
  actingFor: "Northshire ICB",
  operation: "read",
  outcome: "ALLOWED",
  targetTypes: ["Review"],
};
const you = { isYou: true, name: "Pat" };
const pat = { isYou: false, name: "Pat" };

describe("who has looked at the record, in words", () => {
  it("says who, in which role and organisation, what and when (London time)", () => {
    expect(entryInWords(plain, base, you, "en-GB", now)).toBe(
      "Grace Holt, a commissioner at Northshire ICB, looked at your reviews on Tuesday 3 March at 2:15pm.",
    );
    // In summer London is an hour ahead of UTC: 13:05Z is 2:05pm there.
    expect(
      entryInWords(plain, { ...base, at: "2026-07-14T13:05:00.000Z" }, pat, "en-GB", now),
    ).toBe(
      "Grace Holt, a commissioner at Northshire ICB, looked at Pat's reviews on Tuesday 14 July at 2:05pm.",
    );
  });

  it("words changes, refusals, several things, family, partners and people not signed in", () => {
    expect(
      entryInWords(
        plain,
        { ...base, operation: "createAction", targetTypes: ["Action"], actingFor: null },
        you,
        "en-GB",
        now,
      ),
    ).toBe("Grace Holt, a commissioner, changed your actions on Tuesday 3 March at 2:15pm.");
    expect(
      entryInWords(
        plain,
        {
          ...base,
          actorName: "Sam Holt",
          actingAs: "PARENT_CARER",
          actingFor: null,
          targetTypes: ["Person", "Review", "Action"],
        },
        you,
        "en-GB",
        now,
      ),
    ).toBe(
      "Sam Holt, a parent carer, looked at your details, reviews and actions on Tuesday 3 March at 2:15pm.",
    );
    expect(
      entryInWords(
        plain,
        {
          ...base,
          actorKind: "SYSTEM",
          actorName: "Someone not signed in",
          actingAs: "anonymous",
          actingFor: null,
          operation: "read:PROFILE",
          outcome: "DENIED",
          targetTypes: ["Person"],
        },
        pat,
        "en-GB",
        now,
      ),
    ).toBe(
      "Someone who was not signed in tried to look at Pat's details on Tuesday 3 March at 2:15pm. They were not allowed to.",
    );
    expect(
      entryInWords(
        plain,
        {
          ...base,
          actorKind: "PARTNER_CLIENT",
          actorName: "Northshire Case Records",
          actingAs: "PARTNER",
          actingFor: null,
          targetTypes: ["Person", "SomethingNew"],
        },
        you,
        "en-GB",
        now,
      ),
    ).toBe(
      "Northshire Case Records, a computer system that staff use, looked at your details and other records on Tuesday 3 March at 2:15pm.",
    );
  });

  it("has an easy-read version in short sentences", () => {
    expect(entryInWords(easyRead, base, you, "en-GB", now)).toBe(
      "Grace Holt from Northshire ICB looked at your reviews. This was on Tuesday 3 March at 2:15pm.",
    );
  });

  it("gives each kind of person a picture", () => {
    expect(entryPicture(base)).toBe("nameBadge");
    expect(entryPicture({ ...base, actingAs: "PARENT_CARER" })).toBe("family");
    expect(entryPicture({ ...base, actingAs: "ACTION_OWNER" })).toBe("nameBadge");
    expect(entryPicture({ ...base, actorKind: "SYSTEM", actingAs: "anonymous" })).toBe("question");
  });

  it("writes times GOV.UK style", () => {
    expect(timeInWords("2026-01-05T00:30:00Z", "en-GB")).toBe("12:30am");
    expect(timeInWords("2026-01-05T12:00:00Z", "en-GB")).toBe("12:00pm");
  });

  it("shows the same look repeated at the same time once, with a count", () => {
    expect(groupRepeats(["a", "a", "b", "a"], (x) => x)).toEqual([
      { item: "a", count: 2 },
      { item: "b", count: 1 },
      { item: "a", count: 1 },
    ]);
  });
});
