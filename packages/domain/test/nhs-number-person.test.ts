import { describe, expect, it } from "vitest";
import {
  ERROR_CODES,
  formatNhsNumber,
  isValidNhsNumber,
  nhsNumberProblem,
  normaliseNhsNumber,
  validateNewPerson,
} from "../src/index.js";

describe("NHS numbers (modulus 11)", () => {
  it.each([
    ["943 476 5919", null],
    ["943-476-5919", null],
    ["9434765918", "CHECK_DIGIT"],
    ["943476591", "FORMAT"],
    ["94347659199", "FORMAT"],
    ["abcdefghij", "FORMAT"],
    // nine digits whose check digit would be 10: no valid number exists
    ["0000000060", "CHECK_DIGIT"],
    ["0000000000", null],
  ])("nhsNumberProblem(%s) → %s", (input, expected) => {
    expect(nhsNumberProblem(input)).toBe(expected);
    expect(isValidNhsNumber(input)).toBe(expected === null);
  });

  it.each([
    ["9434765919", "943 476 5919"],
    [" 943 476-5919", "943 476 5919"],
    ["12345", "12345"],
  ])("formatNhsNumber(%s) → %s", (input, expected) => {
    expect(formatNhsNumber(input)).toBe(expected);
  });

  it("normalises spaces and hyphens", () => {
    expect(normaliseNhsNumber("943 476-5919")).toBe("9434765919");
  });
});

describe("validateNewPerson (§1 who the policy is for)", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  const good = {
    name: "Sam Jones",
    dateOfBirth: "2001-04-05",
    nhsNumber: "943 476 5919",
    diagnosis: "AUTISM",
  };

  it("accepts a valid person and normalises fields", () => {
    const r = validateNewPerson({ ...good, preferredName: "  " }, now);
    expect(r).toEqual({
      ok: true,
      value: {
        name: "Sam Jones",
        preferredName: null,
        dateOfBirth: "2001-04-05",
        nhsNumber: "9434765919",
        diagnosis: "AUTISM",
      },
    });
  });

  it.each([
    ["name", { name: " " }, "REQUIRED"],
    ["name", { name: "x".repeat(201) }, "TOO_LONG"],
    ["preferredName", { preferredName: "x".repeat(201) }, "TOO_LONG"],
    ["dateOfBirth", { dateOfBirth: "" }, "REQUIRED"],
    ["dateOfBirth", { dateOfBirth: "2001-02-30" }, "DATE_INVALID"],
    ["dateOfBirth", { dateOfBirth: "2026-11-23" }, "DATE_IN_FUTURE"],
    ["dateOfBirth", { dateOfBirth: "1899-12-31" }, "DATE_TOO_EARLY"],
    ["nhsNumber", { nhsNumber: "" }, "REQUIRED"],
    ["nhsNumber", { nhsNumber: "123" }, "NHS_NUMBER_FORMAT"],
    ["nhsNumber", { nhsNumber: "9434765918" }, "NHS_NUMBER_CHECK_DIGIT"],
    ["diagnosis", { diagnosis: "" }, "REQUIRED"],
    ["diagnosis", { diagnosis: "OTHER" }, "INVALID_CHOICE"],
  ])("reports %s problem %j as %s", (field, patch, code) => {
    const r = validateNewPerson({ ...good, ...patch }, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ field, code }));
  });

  it("every error code has a documented message", () => {
    for (const [code, message] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z_0-9]+$/);
      expect(message.length).toBeGreaterThan(5);
    }
  });
});
