import { describe, expect, it } from "vitest";
import {
  hasErrors,
  newRefusal,
  placeApiErrors,
  readPostedDate,
} from "../app/lib/review-forms.server";

describe("the review pages' form handling", () => {
  it("reads a three-field date, and marks the parts missing from it", () => {
    const refusal = newRefusal("training", "seat", {});
    const values = {
      "completedOn-day": "12",
      "completedOn-month": "2",
      "completedOn-year": "2025",
    };
    expect(readPostedDate(values, "completedOn", "The date", refusal)).toBe("2025-02-12");
    expect(hasErrors(refusal)).toBe(false);

    const partial = {
      "completedOn-day": "12",
      "completedOn-month": "",
      "completedOn-year": "2025",
    };
    expect(readPostedDate(partial, "completedOn", "The date", refusal)).toBeNull();
    expect(refusal.errors.completedOn).toBe("The date must include a month");
    expect(refusal.invalidParts.completedOn).toEqual(["month"]);
  });

  it("puts the API's errors on the fields the form asks, and the rest at the top once each", () => {
    const refusal = newRefusal("photo", "seat", { altText: "Jordan" });
    placeApiErrors(
      refusal,
      [
        {
          field: "imageBase64",
          code: "PHOTO_NOT_JPEG_OR_PNG",
          message: "The photo must be a JPEG or PNG picture",
        },
        { field: "heldOn", code: "DATE_IN_FUTURE", message: "The date cannot be after today" },
        {
          field: "panelMemberId",
          code: "FORBIDDEN",
          message: "You can see this panel seat but not change it",
        },
        {
          field: "panelMemberId",
          code: "FORBIDDEN",
          message: "You can see this panel seat but not change it",
        },
      ],
      { imageBase64: "photo", heldOn: "heldOn" },
      ["heldOn"],
    );
    expect(refusal.errors).toEqual({
      photo: "The photo must be a JPEG or PNG picture",
      heldOn: "The date cannot be after today",
    });
    expect(refusal.invalidParts.heldOn).toEqual(["day", "month", "year"]);
    expect(refusal.formErrors).toEqual(["You can see this panel seat but not change it"]);
    expect(refusal.values.altText).toBe("Jordan");
  });
});
