import { describe, expect, it } from "vitest";
import {
  displayCode,
  emailFormats,
  emailLanguages,
  invitationEmail,
  notificationEmail,
  resolveEmailLanguage,
  signInEmail,
} from "../src/email/templates.js";

const link = "https://portal.example/sign-in/verify?token=abc123";
const inviteLink = "https://portal.example/invitations/xyz789";
const expiresAt = new Date("2026-11-30T21:30:00Z");
const unchecked = "This translation has not yet been checked by a professional translator.";

const cases = emailLanguages.flatMap((language) =>
  emailFormats.flatMap((format) =>
    [true, false].map((withName) => ({ language, format, withName })),
  ),
);

function signIn(c: (typeof cases)[number]) {
  return signInEmail({
    to: "sarah.morgan@family.example",
    ...(c.withName ? { recipientName: "Sarah Morgan" } : {}),
    format: c.format,
    language: c.language,
    code: "482913",
    link,
  });
}

function invitation(c: (typeof cases)[number], forPersonName: string | undefined) {
  return invitationEmail({
    to: "sarah.morgan@family.example",
    ...(c.withName ? { recipientName: "Sarah Morgan" } : {}),
    format: c.format,
    language: c.language,
    invitedBy: { name: "Grace Holt", organisation: "NHS Example ICB" },
    ...(forPersonName ? { forPersonName } : {}),
    link: inviteLink,
    expiresAt,
  });
}

/** Signs of a missing or broken string in either body. */
function expectComplete(text: string, html: string) {
  for (const body of [text, html]) {
    expect(body).not.toMatch(/undefined|null|NaN|\[object |\$\{/);
    expect(body).not.toMatch(/\n\n\n/);
  }
  expect(html).not.toMatch(/<(h1|h2|p|li|a)\b[^>]*>\s*<\/\1>/);
  expect(html.match(/<h1\b/g)).toHaveLength(1);
  expect(html).not.toMatch(/<img/);
}

describe.each(cases)("sign-in email: $language $format (name: $withName)", (c) => {
  const email = signIn(c);
  const html = email.html ?? "";

  it("has every string, the code and the link in both bodies", () => {
    expectComplete(email.text, html);
    expect(email.template).toBe("sign-in");
    expect(email.language).toBe(c.language);
    expect(email.subject.length).toBeGreaterThan(5);
    for (const body of [email.text, html]) {
      expect(body).toContain("482 913");
      expect(body).toContain("15");
    }
    expect(email.text).toContain(link);
    expect(html).toContain(`href="${link.replaceAll("&", "&amp;")}"`);
    expect(html).toContain(
      `<html lang="${c.language}" dir="${c.language === "ur" ? "rtl" : "ltr"}">`,
    );
    expect(email.text.includes("Sarah Morgan")).toBe(c.withName);
  });

  it("marks translations as unchecked, in English and the language", () => {
    if (c.language === "en-GB") {
      expect(email.text).not.toContain(unchecked);
    } else {
      expect(email.text.startsWith(unchecked)).toBe(true);
      expect(html).toContain(`<p lang="en-GB" dir="ltr" style="margin:0 0 16px">${unchecked}</p>`);
      expect(html).toMatch(new RegExp(`<p lang="${c.language}" dir="(rtl|ltr)"`));
    }
  });
});

describe.each(cases)("invitation email: $language $format (name: $withName)", (c) => {
  for (const forPersonName of ["Alex Morgan", undefined]) {
    it(`has every string (${forPersonName ? "to help someone" : "for themselves"})`, () => {
      const email = invitation(c, forPersonName);
      const html = email.html ?? "";
      expectComplete(email.text, html);
      expect(email.template).toBe("invitation");
      for (const body of [email.text, html]) {
        expect(body).toContain("Grace Holt");
        expect(body).toContain("2026");
        expect(body.includes("Alex Morgan")).toBe(Boolean(forPersonName));
      }
      expect(email.text).toContain(inviteLink);
      expect(html).toContain(`href="${inviteLink}"`);
      expect(html).toMatch(/<ol\b/);
    });
  }
});

const notificationKinds = [
  "ACTION_UPDATED",
  "ACTION_OVERDUE",
  "REVIEW_SCHEDULED",
  "REPORT_SENT",
  "DISCHARGE_CHANGED",
] as const;

function notification(c: (typeof cases)[number], kind: (typeof notificationKinds)[number]) {
  return notificationEmail({
    to: "sarah.morgan@family.example",
    ...(c.withName ? { recipientName: "Sarah Morgan" } : {}),
    format: c.format,
    language: c.language,
    kind,
    link: "https://portal.example/notifications",
    settingsLink: "https://portal.example/notifications/settings",
  });
}

describe.each(cases)("notification email: $language $format (name: $withName)", (c) => {
  it.each(notificationKinds)("%s has every string and both links", (kind) => {
    const email = notification(c, kind);
    expectComplete(email.text, email.html ?? "");
    expect(email.template).toBe("notification");
    expect(email.language).toBe(c.language);
    expect(email.text).toContain("https://portal.example/notifications\n");
    expect(email.text).toContain("https://portal.example/notifications/settings");
    if (c.language !== "en-GB") expect(email.text).toContain(unchecked);
  });
});

describe("differences between registers and languages", () => {
  it("easy read differs from plain for every template and language", () => {
    for (const language of emailLanguages) {
      const plain = { language, format: "PLAIN" as const, withName: true };
      const easy = { ...plain, format: "EASY_READ" as const };
      expect(signIn(easy).text).not.toBe(signIn(plain).text);
      expect(invitation(easy, "Alex Morgan").text).not.toBe(invitation(plain, "Alex Morgan").text);
      for (const kind of notificationKinds)
        expect(notification(easy, kind).text).not.toBe(notification(plain, kind).text);
    }
  });

  it("each language has its own wording", () => {
    const texts = emailLanguages.map(
      (language) => signIn({ language, format: "PLAIN", withName: false }).subject,
    );
    expect(new Set(texts).size).toBe(emailLanguages.length);
  });

  it("easy read keeps one short idea per line in English", () => {
    for (const email of [
      signIn({ language: "en-GB", format: "EASY_READ", withName: true }),
      invitation({ language: "en-GB", format: "EASY_READ", withName: true }, "Alex Morgan"),
      invitation({ language: "en-GB", format: "EASY_READ", withName: true }, undefined),
      ...notificationKinds.map((kind) =>
        notification({ language: "en-GB", format: "EASY_READ", withName: true }, kind),
      ),
    ]) {
      for (const line of email.text.split("\n")) {
        if (line.startsWith("http")) continue;
        const sentence = line.replace(/^\d+\. /, "");
        // At most one sentence per line, and short.
        expect(sentence.split(/[.?!](?:\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(
          1,
        );
        expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(12);
      }
    }
  });

  it("says the code can be copied and pasted, and how long it lasts (English)", () => {
    const plain = signIn({ language: "en-GB", format: "PLAIN", withName: false });
    expect(plain.text).toContain("You can copy and paste the code");
    expect(plain.text).toContain("It expires in 15 minutes");
    expect(plain.text).toContain("Nobody can sign in without the code or the link.");
    const one = signInEmail({
      to: "a@b.example",
      format: "PLAIN",
      code: "482913",
      link,
      expiresInMinutes: 1,
    });
    expect(one.text).toContain("It expires in 1 minute\n");
  });

  it("uses Polish plural forms for minutes", () => {
    const minutes = (n: number) =>
      signInEmail({
        to: "a@b.example",
        format: "EASY_READ",
        language: "pl",
        code: "482913",
        link,
        expiresInMinutes: n,
      }).text;
    expect(minutes(1)).toContain("przez 1 minutę.");
    expect(minutes(2)).toContain("przez 2 minuty.");
    expect(minutes(15)).toContain("przez 15 minut.");
  });

  it("shows the invitation expiry in UK time, in the language", () => {
    const en = invitation({ language: "en-GB", format: "PLAIN", withName: false }, "Alex Morgan");
    expect(en.text).toContain("until 9:30pm on Monday 30 November 2026 (UK time)");
    const summer = invitationEmail({
      to: "a@b.example",
      format: "EASY_READ",
      language: "en-GB",
      invitedBy: { name: "Grace Holt", organisation: "NHS Example ICB" },
      link: inviteLink,
      expiresAt: new Date("2026-07-01T16:00:00Z"),
    });
    expect(summer.text).toContain("until 5:00pm on Wednesday 1 July 2026");
    const pl = invitation({ language: "pl", format: "PLAIN", withName: false }, undefined);
    expect(pl.text).toContain("21:30, poniedziałek, 30 listopada 2026");
    const ur = invitation({ language: "ur", format: "PLAIN", withName: false }, undefined);
    expect(ur.text).toContain("21:30 (برطانوی وقت)");
  });

  it("says who invited them and for whom (English)", () => {
    const helper = invitation(
      { language: "en-GB", format: "PLAIN", withName: true },
      "Alex Morgan",
    );
    expect(helper.text).toContain(
      "Grace Holt from NHS Example ICB has invited you to the Care, Education and Treatment Review (CETR) portal, to help with Alex Morgan's reviews.",
    );
    const self = invitation({ language: "en-GB", format: "PLAIN", withName: true }, undefined);
    expect(self.text).toContain("so you can get ready for your own reviews");
  });
});

describe("language fallback", () => {
  it.each([
    ["en-GB", "en-GB"],
    ["en-US", "en-GB"],
    ["pl-PL", "pl"],
    ["PL", "pl"],
    ["ur-PK", "ur"],
    ["ur_IN", "ur"],
    ["cy", "en-GB"],
    ["fr-FR", "en-GB"],
    ["", "en-GB"],
    [null, "en-GB"],
    [undefined, "en-GB"],
  ])("%s → %s", (requested, expected) => {
    expect(resolveEmailLanguage(requested)).toBe(expected);
  });

  it("sends unknown languages the complete English email", () => {
    const welsh = signInEmail({
      to: "a@b.example",
      format: "PLAIN",
      language: "cy",
      code: "482913",
      link,
    });
    const english = signInEmail({
      to: "a@b.example",
      format: "PLAIN",
      language: "en-GB",
      code: "482913",
      link,
    });
    expect(welsh).toEqual(english);
  });
});

describe("inputs", () => {
  it("groups codes for reading", () => {
    expect(displayCode("482913")).toBe("482 913");
    expect(displayCode(" 482 913 ")).toBe("482 913");
    expect(displayCode("12345678")).toBe("1234 5678");
    expect(displayCode("abc12")).toBe("ABC 12");
  });

  it("rejects codes and links that are not what they should be", () => {
    const base = { to: "a@b.example", format: "PLAIN" as const, code: "482913", link };
    expect(() => signInEmail({ ...base, code: "12" })).toThrow(/code/);
    expect(() => signInEmail({ ...base, code: "<b>123</b>" })).toThrow(/code/);
    expect(() => signInEmail({ ...base, link: "javascript:alert(1)" })).toThrow(/http or https/);
    expect(() => signInEmail({ ...base, link: "not a link" })).toThrow(/valid URL/);
    expect(() => signInEmail({ ...base, expiresInMinutes: 0 })).toThrow(/expiresInMinutes/);
  });

  it("escapes names in HTML", () => {
    const email = invitationEmail({
      to: "a@b.example",
      recipientName: "<script>alert(1)</script>",
      format: "PLAIN",
      invitedBy: { name: 'Grace "G" Holt', organisation: "A & B Trust" },
      forPersonName: "Alex O'Neil",
      link: inviteLink,
      expiresAt,
    });
    const html = email.html ?? "";
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("A &amp; B Trust");
    expect(html).toContain("Grace &quot;G&quot; Holt");
    expect(html).toContain("Alex O&#39;Neil");
  });

  it("puts nothing personal in beyond what it was given", () => {
    const email = signInEmail({
      to: "sarah.morgan@family.example",
      format: "PLAIN",
      code: "482913",
      link,
    });
    expect(email.text).not.toContain("sarah");
    expect(email.html).not.toContain("sarah");
  });
});
