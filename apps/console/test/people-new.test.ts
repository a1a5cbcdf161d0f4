import { afterEach, describe, expect, it, vi } from "vitest";
import { action } from "../app/routes/people-new";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const post = (fields: Record<string, string>) => {
  const request = new Request("http://console.test/people/new", {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  return action({ request, params: {}, context: {} } as Parameters<typeof action>[0]);
};

const typed = {
  name: "Kept Example",
  preferredName: "Kit",
  "dateOfBirth-day": "1",
  "dateOfBirth-month": "2",
  "dateOfBirth-year": "2003",
  nhsNumber: "999 000 0018",
  diagnosis: "BOTH",
};

describe("add a person: when the API cannot be reached", () => {
  it("keeps everything typed and says nothing was saved", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = (await post(typed)) as unknown as {
      init: { status: number };
      data: Record<string, unknown>;
    };
    expect(result.init.status).toBe(503);
    expect(result.data).toMatchObject({ values: typed, unavailable: true, errors: {} });
  });
});

describe("add a person: field errors from the API", () => {
  it("maps them to fields and keeps the values, with the console's own message for a part-filled date", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        Response.json({
          data: {
            createPerson: {
              person: null,
              errors: [
                {
                  field: "nhsNumber",
                  code: "NHS_NUMBER_CHECK_DIGIT",
                  message: "Enter a valid NHS number",
                },
                { field: "dateOfBirth", code: "REQUIRED", message: "Enter the date of birth" },
              ],
            },
          },
        }),
      ),
    );
    const fields = { ...typed, "dateOfBirth-month": "" };
    const result = (await post(fields)) as unknown as {
      init: { status: number };
      data: Record<string, unknown>;
    };
    expect(result.init.status).toBe(400);
    expect(result.data).toMatchObject({
      values: fields,
      errors: {
        nhsNumber: "Enter a valid NHS number",
        dateOfBirth: "Date of birth must include a month",
      },
      invalidDateParts: ["month"],
    });
  });
});
