import { describe, expect, it } from "vitest";
import { isTestRangeNhsNumber, isValidNhsNumber, testRangeNhsNumber } from "../src/index.js";

describe("fictional (test-range) NHS numbers", () => {
  it.each([
    ["999 000 0018", true],
    ["999-123-4567", true],
    ["943 476 5919", false],
    ["99900000", false],
  ])("isTestRangeNhsNumber(%s) → %s", (input, expected) => {
    expect(isTestRangeNhsNumber(input)).toBe(expected);
  });

  it.each([0, 1, 2, 10, 500])(
    "testRangeNhsNumber(%i) is valid, in range and deterministic",
    (n) => {
      const number = testRangeNhsNumber(n);
      expect(isValidNhsNumber(number)).toBe(true);
      expect(isTestRangeNhsNumber(number)).toBe(true);
      expect(testRangeNhsNumber(n)).toBe(number);
    },
  );

  it("numbers are distinct and increasing", () => {
    const list = Array.from({ length: 20 }, (_, i) => testRangeNhsNumber(i));
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(20);
  });

  it.each([-1, 1.5, 10_000_000])("rejects n = %s", (n) => {
    expect(() => testRangeNhsNumber(n)).toThrow(RangeError);
  });
});
