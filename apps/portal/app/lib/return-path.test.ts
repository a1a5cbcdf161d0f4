import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps local paths with their query and fragment", () => {
    expect(safeReturnPath("/help")).toBe("/help");
    expect(safeReturnPath("/?a=1#who")).toBe("/?a=1#who");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/.//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "help",
    "",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it("refuses anything that is not a string", () => {
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath(undefined, "/help")).toBe("/help");
  });
});
