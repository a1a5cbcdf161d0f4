import { describe, expect, it } from "vitest";
import { answeredInWords, countsInWords, principleGroups } from "../app/lib/quality-groups";

/** The quality page's grouping of Appendix 1 standards by principle (§42). */

const standard = (
  id: string,
  status: "MET" | "UNMET" | "UNKNOWN",
  source: "RECORD" | "ASSESSMENT" | "NONE",
) => ({
  id,
  principle: Number(id.split(".")[0]),
  status,
  source,
  assessment: source === "ASSESSMENT" ? { met: status === "MET" } : null,
});

const standards = [
  standard("5.1", "MET", "RECORD"),
  standard("4.1", "UNKNOWN", "NONE"),
  standard("4.2", "UNMET", "ASSESSMENT"),
  standard("5.2", "MET", "ASSESSMENT"),
  standard("1.2", "MET", "RECORD"),
];

describe("the quality standards by principle", () => {
  it("puts each principle's standards together, in order, with its counts", () => {
    const groups = principleGroups(standards);
    expect(groups.map((g) => g.title)).toEqual([
      "1. Person centred and family centred",
      "4. Seeing the whole person",
      "5. Open, independent and challenging",
    ]);
    expect(groups.map((g) => countsInWords(g.counts))).toEqual([
      "1 met, 0 not met, 0 not known",
      "0 met, 1 not met, 1 not known",
      "2 met, 0 not met, 0 not known",
    ]);
    expect(groups.map((g) => g.toAssess.map((s) => s.id))).toEqual([[], ["4.1", "4.2"], ["5.2"]]);
  });

  it("opens a group of the form while a standard in it has no answer, and closes it once all have", () => {
    const [, four, five] = principleGroups(standards);
    expect([four?.open, answeredInWords(four ?? { answered: 0, toAssess: [] })]).toEqual([
      true,
      "1 of 2 answered",
    ]);
    expect([five?.open, answeredInWords(five ?? { answered: 0, toAssess: [] })]).toEqual([
      false,
      "answered",
    ]);
  });

  it("opens an answered group when one of its answers has a problem to put right", () => {
    const [, , five] = principleGroups(standards, { "s5_2-evidence": "Say what shows this" });
    expect(five?.open).toBe(true);
  });
});
