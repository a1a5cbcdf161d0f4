import { afterEach, describe, expect, it, vi } from "vitest";
import { relationshipInput } from "../app/lib/invitation";
import { readSent } from "../app/lib/invitation-sent.server";
import { storeSession } from "../app/lib/session.server";
import { action, loader } from "../app/routes/person-invite";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PERSON_ID = "UGVyc29uOjE=";
const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const signedIn = async () => cookieOf(await storeSession("cetr_s_test"));

/** The API as the console's server sees it: the person, then the mutation's answer. */
function fakeApi(invite: unknown) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as (typeof calls)[number];
      calls.push(body);
      if (body.query.includes("inviteToPortal")) {
        return Response.json({ data: { inviteToPortal: invite } });
      }
      return Response.json({
        data: { person: { id: PERSON_ID, name: "Alex Morgan" } },
      });
    }),
  );
  return calls;
}

const post = async (fields: Record<string, string>) =>
  action({
    request: new Request(`http://console.test/people/${PERSON_ID}/invite`, {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { cookie: await signedIn() },
    }),
    params: { id: PERSON_ID },
    context: {},
  } as unknown as Parameters<typeof action>[0]);

const typed = {
  relationship: "PARENT_CARER_WITH_PR",
  advocateKind: "IMHA",
  email: " sarah@family.example ",
  description: "Mum",
  format: "EASY_READ",
};

describe("invite to the portal", () => {
  it("sends the relationship the coordinator chose, then shows a confirmation naming the address", async () => {
    const calls = fakeApi({ sent: true, expiresAt: "2026-12-07T10:00:00.000Z", errors: [] });
    const thrown = await post(typed).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/people/${encodeURIComponent(PERSON_ID)}/invite?sent=1`,
    );
    // The address travels in a short-lived cookie, not in the URL.
    expect(response.headers.get("location")).not.toContain("sarah");
    expect(calls.at(-1)?.variables).toEqual({
      input: {
        personId: PERSON_ID,
        email: " sarah@family.example ",
        kind: "PARENT_CARER",
        hasParentalResponsibility: true,
        // A leftover advocate choice is not sent for a parent carer.
        advocateKind: null,
        description: "Mum",
        format: "EASY_READ",
      },
    });

    const confirmation = await loader({
      request: new Request(`http://console.test/people/${PERSON_ID}/invite?sent=1`, {
        headers: {
          cookie: `${await signedIn()}; ${cookieOf(response.headers.get("set-cookie") ?? "")}`,
        },
      }),
      params: { id: PERSON_ID },
      context: {},
    } as unknown as Parameters<typeof loader>[0]);
    const shown = confirmation as unknown as {
      data: { sent: unknown };
      init: { headers: Record<string, string> };
    };
    expect(shown.data.sent).toEqual({
      personId: PERSON_ID,
      email: "sarah@family.example",
      relationship: "PARENT_CARER_WITH_PR",
      expiresAt: "2026-12-07T10:00:00.000Z",
    });
    // Shown once: the cookie is cleared.
    expect(shown.init.headers["Set-Cookie"]).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
    // Scoped to /people, so the JavaScript fetch of ".../invite.data" (ID unescaped) carries it
    // too, and only the page of the person it was sent for shows it.
    expect(response.headers.get("set-cookie")).toContain("Path=/people;");
    const cookie = cookieOf(response.headers.get("set-cookie") ?? "");
    const elsewhere = new Request("http://console.test/people/UGVyc29uOjI=/invite?sent=1", {
      headers: { cookie },
    });
    expect(await readSent(elsewhere, "UGVyc29uOjI=")).toBeNull();
  });

  it("shows the API's problems against the right questions, keeping what was typed", async () => {
    fakeApi({
      sent: false,
      expiresAt: null,
      errors: [
        { field: "kind", code: "REQUIRED", message: "Choose who you are inviting" },
        {
          field: "email",
          code: "EMAIL_FORMAT",
          message: "Enter an email address in the right format, like name@example.com",
        },
        {
          field: "personId",
          code: "FORBIDDEN",
          message: "You cannot invite people to this record",
        },
      ],
    });
    const fields = { ...typed, relationship: "", email: "not-an-email" };
    const result = (await post(fields)) as unknown as {
      init: { status: number };
      data: {
        values: Record<string, string>;
        errors: Record<string, string>;
        formErrors: string[];
      };
    };
    expect(result.init.status).toBe(400);
    expect(result.data.values).toEqual(fields);
    expect(result.data.errors).toEqual({
      relationship: "Choose who you are inviting",
      email: "Enter an email address in the right format, like name@example.com",
    });
    expect(result.data.formErrors).toEqual(["You cannot invite people to this record"]);
  });

  it("maps each choice to the grant the API records", () => {
    expect(relationshipInput("SELF", null)).toEqual({
      kind: "SELF",
      hasParentalResponsibility: false,
      advocateKind: null,
    });
    expect(relationshipInput("PARENT_CARER", "IMCA")).toEqual({
      kind: "PARENT_CARER",
      hasParentalResponsibility: false,
      advocateKind: null,
    });
    expect(relationshipInput("ADVOCATE", "IMCA")).toEqual({
      kind: "ADVOCATE",
      hasParentalResponsibility: false,
      advocateKind: "IMCA",
    });
  });
});
