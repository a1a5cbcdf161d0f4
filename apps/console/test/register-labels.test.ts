import * as domain from "@cetr/domain";
import { describe, expect, it } from "vitest";
import { datasetFormValues, readDatasetForm } from "../app/lib/dataset-form";
import { mapApiErrors } from "../app/lib/register-errors";
import { MINIMUM_DATASET, RISK_FACTORS } from "../app/lib/register-labels";

describe("register words", () => {
  it("are @cetr/domain's risk factors and Figure 11 questions, in order, each with a way to ask it", () => {
    expect(RISK_FACTORS).toEqual(domain.RISK_FACTORS);
    expect(MINIMUM_DATASET.map(({ field, label }) => ({ field, label }))).toEqual(
      domain.MINIMUM_DATASET.map(({ field, label }) => ({ field, label })),
    );
    for (const item of MINIMUM_DATASET) expect(item.kind, item.field).toBeTruthy();
  });
});

describe("the minimum dataset form", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return data;
  };

  it("turns answers into what the API stores, and blanks into null (cleared)", () => {
    const read = readDatasetForm(
      form({
        identity: "yes",
        mentalHealthDiagnosis: "no",
        ageGroup: "ADULT",
        diagnosis: "PURPLE",
        "lastAnnualHealthCheck-day": "1",
        "lastAnnualHealthCheck-month": "6",
        "lastAnnualHealthCheck-year": "2026",
        keyRisks: "  Changes to routine  ",
        cpaCareCoordinator: " ",
      }),
    );
    expect(read.errors).toEqual({});
    expect(read.answers).toMatchObject({
      identity: true,
      mentalHealthDiagnosis: false,
      ageGroup: "ADULT",
      diagnosis: null,
      lastAnnualHealthCheck: "2026-06-01",
      keyRisks: "Changes to routine",
      cpaCareCoordinator: null,
      advocateInvolved: null,
    });
    expect(Object.keys(read.answers)).toHaveLength(MINIMUM_DATASET.length);
  });

  it("says which part of a date is missing, keeping what was typed", () => {
    const read = readDatasetForm(
      form({ "nextCpaMeeting-day": "3", "nextCpaMeeting-year": "2027" }),
    );
    expect(read.errors.nextCpaMeeting).toBe(
      "The date of the next CPA meeting must include a month",
    );
    expect(read.values["nextCpaMeeting-day"]).toBe("3");
  });

  it("shows stored answers back as form values", () => {
    expect(
      datasetFormValues({ identity: false, nextCpaMeeting: "2027-03-01", keyRisks: "Noise" }),
    ).toEqual({
      identity: "no",
      "nextCpaMeeting-day": "1",
      "nextCpaMeeting-month": "3",
      "nextCpaMeeting-year": "2027",
      keyRisks: "Noise",
    });
  });
});

describe("the API's register errors", () => {
  it("land on the form's questions in the console's words", () => {
    const { fieldErrors, formErrors } = mapApiErrors(
      [
        { field: "reason", code: "REQUIRED", message: "This cannot be blank" },
        { field: "addedOn", code: "DATE_IN_FUTURE", message: "The date must be today or earlier" },
        { field: "personId", code: "ALREADY_EXISTS", message: "already" },
        { field: "reason", code: "TOO_LONG", message: "Keep it to 2000 characters or fewer" },
      ],
      { reason: "reason", addedOn: "ratedOn" },
    );
    expect(fieldErrors).toEqual({
      reason: "Enter why you have given this rating",
      ratedOn: "The date of the rating must be today or in the past",
    });
    expect(formErrors).toEqual(["They are already on this organisation's register"]);
  });

  it("keep the API's words where the console has none", () => {
    const { fieldErrors } = mapApiErrors(
      [{ field: "ratedOn", code: "RATING_HISTORY_OUT_OF_ORDER", message: "Before 2026-11-02" }],
      { ratedOn: "ratedOn" },
    );
    expect(fieldErrors.ratedOn).toBe("Before 2026-11-02");
  });
});
