import { GraphQLRequestError } from "@cetr/graphql";
import { describe, expect, it } from "vitest";
import {
  attempt,
  callApi,
  formText,
  hasErrors,
  lines,
  newRefusal,
  placeApiErrors,
  readPostedDate,
  splitErrors,
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

  it("splits errors by the API's field names, or the form's own, for the meeting's pages too", () => {
    const errors = [
      { field: "what", code: "REQUIRED", message: "Say what will be done" },
      { field: "reviewId", code: "FORBIDDEN", message: "You cannot change this review" },
      { field: "reviewId", code: "FORBIDDEN", message: "You cannot change this review" },
    ];
    expect(splitErrors(errors, ["what", "dueOn"])).toEqual({
      byField: { what: "Say what will be done" },
      formErrors: ["You cannot change this review"],
    });
    expect(splitErrors(errors, { what: "plainWhat" }).byField).toEqual({
      plainWhat: "Say what will be done",
    });
  });

  it("reads posts the same way on every page: text by name, files and missing fields as empty", () => {
    const posted = new FormData();
    posted.set("findings", "Safe on the ward\r\n\n  Wants to go home ");
    posted.set("photo", new File(["x"], "photo.png"));
    const text = formText(posted);
    expect(text("findings")).toBe("Safe on the ward\r\n\n  Wants to go home ");
    expect(text("photo")).toBe("");
    expect(text("missing")).toBe("");
    expect(lines(text("findings"))).toEqual(["Safe on the ward", "Wants to go home"]);
  });

  it("an API that cannot be reached leaves the form as typed and says so; other failures are bugs", async () => {
    const unreachable = () => Promise.reject(new GraphQLRequestError("down", 502, []));
    const refusal = newRefusal("add", "", { userId: "u1" });
    expect(await callApi(refusal, unreachable)).toBeNull();
    expect(refusal.unavailable).toBe(true);
    expect(await attempt(unreachable)).toEqual({ unavailable: true });
    expect(await attempt(async () => [])).toEqual({ unavailable: false, errors: [] });
    await expect(attempt(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
