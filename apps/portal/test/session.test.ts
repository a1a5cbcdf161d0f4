import { describe, expect, it } from "vitest";
import {
  clearSession,
  newBrowserSecret,
  readSessionToken,
  readSignIn,
  safeReturnTo,
  signInStateFor,
  storeSession,
  storeSignIn,
} from "../app/lib/session.server";

const http = new Request("http://portal.test/");
const cookieFrom = (setCookie: string) => setCookie.split(";")[0] ?? "";
const withCookie = (cookie: string) => new Request("http://portal.test/", { headers: { cookie } });

describe("the session cookie", () => {
  it("is httpOnly, SameSite=Lax and site-wide", async () => {
    const header = await storeSession(http, "cetr_s_abc");
    expect(header).toMatch(/^cetr_portal_session=/);
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(header).toContain("Path=/");
  });

  it("is Secure over https", async () => {
    expect(await storeSession(new Request("https://portal.test/"), "cetr_s_abc")).toContain(
      "Secure",
    );
  });

  it("reads back the token it stored", async () => {
    const cookie = cookieFrom(await storeSession(http, "cetr_s_abc"));
    expect(await readSessionToken(withCookie(cookie))).toBe("cetr_s_abc");
  });

  it("ignores anything that is not a session token", async () => {
    const cookie = cookieFrom(await storeSession(http, "not-a-token"));
    expect(await readSessionToken(withCookie(cookie))).toBeNull();
    expect(await readSessionToken(http)).toBeNull();
  });

  it("is forgotten on sign-out", async () => {
    expect(await clearSession(http)).toMatch(/Max-Age=0/);
  });
});

describe("the browser secret", () => {
  it("is random and at least 32 base64url characters", () => {
    const a = newBrowserSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(newBrowserSecret()).not.toBe(a);
  });

  it("is kept in an httpOnly cookie with the address, and reused on the next visit", async () => {
    const header = await storeSignIn(http, {
      browserSecret: newBrowserSecret(),
      email: "a@b.example",
    });
    expect(header).toMatch(/^cetr_portal_sign_in=/);
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    const request = withCookie(cookieFrom(header));
    const state = await readSignIn(request);
    expect(state?.email).toBe("a@b.example");
    expect((await signInStateFor(request)).browserSecret).toBe(state?.browserSecret);
  });

  it("starts fresh when there is none, or it is too short to be ours", async () => {
    expect(await readSignIn(http)).toBeNull();
    const short = cookieFrom(await storeSignIn(http, { browserSecret: "short", email: null }));
    expect(await readSignIn(withCookie(short))).toBeNull();
    expect((await signInStateFor(http)).browserSecret.length).toBeGreaterThanOrEqual(32);
  });
});

describe("returnTo", () => {
  it("allows only paths on this site", () => {
    expect(safeReturnTo("/invitation/abc")).toBe("/invitation/abc");
    expect(safeReturnTo("//evil.example")).toBe("/home");
    expect(safeReturnTo("/\\evil.example")).toBe("/home");
    expect(safeReturnTo("https://evil.example")).toBe("/home");
    expect(safeReturnTo(null)).toBe("/home");
  });
});
