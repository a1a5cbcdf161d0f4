import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppMailer, createMailer } from "../src/email/create-mailer.js";
import { invitationEmail, signInEmail } from "../src/email/templates.js";

/**
 * A real SMTP server on a free port: the mailer speaks the actual protocol
 * (EHLO, AUTH, MAIL FROM, DATA) and we parse exactly the bytes a provider would get.
 */
interface Received {
  envelopeTo: string[];
  user: string | undefined;
  raw: Buffer;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;
let mailer: AppMailer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    // No TLS in the test; plain AUTH must then be allowed explicitly.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "cetr" && auth.password === "s3cret") {
        callback(null, { user: auth.username });
      } else {
        callback(new Error("Invalid username or password"));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  port = await new Promise<number>((resolve, reject) => {
    const net = server.listen(0, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
    net.once("error", reject);
  });
  mailer = createMailer({
    env: {
      NODE_ENV: "production",
      SMTP_URL: `smtp://cetr:s3cret@127.0.0.1:${port}`,
      MAIL_FROM: "CETR <no-reply@cetr.example>",
    },
  });
});

afterAll(async () => {
  mailer?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function sendAndParse(message: Parameters<AppMailer["send"]>[0]): Promise<{
  mail: ParsedMail;
  got: Received;
}> {
  const before = received.length;
  await mailer.send(message);
  const got = received[before];
  if (!got) throw new Error("the SMTP server received nothing");
  return { mail: await simpleParser(got.raw), got };
}

const link = "https://portal.example/sign-in/verify?token=abc123";

describe("SMTP mailer (real SMTP server)", () => {
  it("is chosen when SMTP_URL is set, even in production", () => {
    expect(mailer.kind).toBe("smtp");
  });

  it("delivers a sign-in email with From, To, Subject, Content-Language, code and link", async () => {
    const message = signInEmail({
      to: "sarah.morgan@family.example",
      recipientName: "Sarah Morgan",
      format: "PLAIN",
      language: "en-GB",
      code: "482913",
      link,
    });
    const { mail, got } = await sendAndParse(message);

    expect(got.user).toBe("cetr");
    expect(got.envelopeTo).toEqual(["sarah.morgan@family.example"]);
    expect(mail.from?.value[0]?.address).toBe("no-reply@cetr.example");
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
    expect(to?.value[0]?.address).toBe("sarah.morgan@family.example");
    expect(mail.subject).toBe(message.subject);
    expect(mail.headers.get("content-language")).toBe("en-GB");

    expect(mail.text).toContain("482 913");
    expect(mail.text).toContain(link);
    expect(mail.text).toMatch(/expires in 15 minutes/);
    expect(mail.text).toMatch(/copy and paste the code/);
    expect(mail.text).toMatch(/ignore this email/);
    expect(typeof mail.html).toBe("string");
    const html = mail.html || "";
    expect(html).toContain("482 913");
    expect(html).toContain(`href="${link}"`);
    expect(html).toContain('<html lang="en-GB" dir="ltr">');
    expect(html).toMatch(/<h1[^>]*>Sign in to the CETR portal<\/h1>/);
    expect(html).not.toMatch(/<img/);
  });

  it("sends easy read that differs from plain", async () => {
    const base = {
      to: "alex@young.example",
      format: "PLAIN" as const,
      language: "en-GB",
      code: "482913",
      link,
    };
    const plain = await sendAndParse(signInEmail(base));
    const easy = await sendAndParse(signInEmail({ ...base, format: "EASY_READ" }));
    expect(easy.mail.text).not.toBe(plain.mail.text);
    expect(easy.mail.subject).not.toBe(plain.mail.subject);
    expect(easy.mail.text).toContain("482 913");
    expect(easy.mail.text).toContain(link);
    expect(easy.mail.html || "").toContain("482 913");
    expect(easy.mail.text).toMatch(/You can copy the code and paste it in\./);
  });

  it("sends Urdu right to left, with the unchecked-translation line in both languages", async () => {
    const { mail } = await sendAndParse(
      invitationEmail({
        to: "sarah.morgan@family.example",
        format: "PLAIN",
        language: "ur",
        invitedBy: { name: "Grace Holt", organisation: "NHS Example ICB" },
        forPersonName: "Alex Morgan",
        link: "https://portal.example/invitations/xyz",
        expiresAt: new Date("2026-11-30T21:30:00Z"),
      }),
    );
    expect(mail.headers.get("content-language")).toBe("ur");
    const html = mail.html || "";
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain(
      '<p lang="en-GB" dir="ltr" style="margin:0 0 16px">This translation has not yet been checked by a professional translator.</p>',
    );
    expect(mail.text).toContain(
      "This translation has not yet been checked by a professional translator.",
    );
    expect(mail.text).toContain("اس ترجمے کو ابھی تک کسی پیشہ ور مترجم نے نہیں جانچا ہے۔");
    expect(mail.subject).toBe("Grace Holt نے آپ کو CETR پورٹل میں مدعو کیا ہے");
    expect(mail.text).toContain("https://portal.example/invitations/xyz");
  });

  it("rejects when the server refuses the credentials", async () => {
    const wrong = createMailer({
      env: { SMTP_URL: `smtp://cetr:wrong@127.0.0.1:${port}`, MAIL_FROM: "no-reply@cetr.example" },
    });
    try {
      await expect(
        wrong.send(signInEmail({ to: "a@b.example", format: "PLAIN", code: "123456", link })),
      ).rejects.toThrow(/Invalid login|Invalid username/);
    } finally {
      wrong.close();
    }
  });
});

describe("SMTP configuration errors", () => {
  it("explains a malformed SMTP_URL in one line without echoing the password", () => {
    let message = "";
    try {
      createMailer({ env: { SMTP_URL: "not a url with hunter2", MAIL_FROM: "a@b.example" } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Email: SMTP_URL is not a valid URL/);
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("\n");
  });

  it("rejects other protocols", () => {
    expect(() =>
      createMailer({ env: { SMTP_URL: "https://mail.example", MAIL_FROM: "a@b.example" } }),
    ).toThrow(/must start with smtp:\/\/ or smtps:\/\//);
  });

  it("needs MAIL_FROM with SMTP", () => {
    expect(() => createMailer({ env: { SMTP_URL: "smtp://mail.example:587" } })).toThrow(
      /MAIL_FROM is not set/,
    );
  });
});
