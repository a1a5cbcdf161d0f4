import { afterEach, describe, expect, it, vi } from "vitest";
import { storeSession } from "../app/lib/session.server";
import { action } from "../app/routes/people-new";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A signed-in member of staff's cookie, as the sign-in page would set it. */
const signedIn = async () => (await storeSession("cetr_s_test")).split(";")[0] ?? "";

const post = async (fields: Record<string, string>, cookie: string | null = null) => {
  const request = new Request("http://console.test/people/new", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { cookie: cookie ?? (await signedIn()) },
  });
  return action({ request, params: {}, context: {} } as Parameters<typeof action>[0]);
};

describe("add a person: signed out", () => {
  it("sends the browser to sign in, and posts nothing to the API", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const thrown = await post(typed, "").catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("location")).toMatch(/^\/sign-in\?returnTo=/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("add a person: the session token goes to the API, from the server", () => {
  it("as a bearer token", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValue(
        Response.json({ data: { createPerson: { person: { id: "UGVyc29uOng=" }, errors: [] } } }),
      );
    vi.stubGlobal("fetch", fetch);
    await post(typed).catch(() => undefined);
    expect(fetch.mock.calls[0]?.[1]?.headers).toMatchObject({
      authorization: "Bearer cetr_s_test",
    });
  });
});

const typed = {
  name: "Kept Example",
  preferredName: "Kit",
  "dateOfBirth-day": "1",
  "dateOfBirth-month": "2",
  "dateOfBirth-year": "2003",
  nhsNumber: "999 000 0018",
  diagnosis: "BOTH",
};

describe("add a person: a problem that is not about one field", () => {
  it("is shown above the form, and what was typed is kept", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        Response.json({
          data: {
            createPerson: {
              person: null,
              errors: [
                { field: "organisationId", code: "FORBIDDEN", message: "You cannot add people" },
              ],
            },
          },
        }),
      ),
    );
    const result = (await post(typed)) as unknown as {
      init: { status: number };
      data: Record<string, unknown>;
    };
    expect(result.init.status).toBe(400);
    expect(result.data).toMatchObject({ values: typed, formErrors: ["You cannot add people"] });
  });
});

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
