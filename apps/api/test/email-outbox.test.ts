import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMailer, defaultOutboxDir, outboxFileBase } from "../src/email/create-mailer.js";
import { signInEmail } from "../src/email/templates.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cetr-outbox-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const at = new Date("2026-11-22T21:30:05.123Z");
const message = signInEmail({
  to: "sarah.morgan@family.example",
  format: "PLAIN",
  language: "pl",
  code: "482913",
  link: "https://portal.example/sign-in/verify?token=abc",
});

describe("outbox mailer", () => {
  it("writes a parseable .eml named by time, recipient and template", async () => {
    const outbox = path.join(dir, "nested", "outbox");
    const mailer = createMailer({
      env: { NODE_ENV: "development", CETR_OUTBOX_DIR: outbox },
      now: () => at,
    });
    expect(mailer.kind).toBe("outbox");
    expect(mailer.outboxDir).toBe(outbox);
    await mailer.send(message);

    const files = await readdir(outbox);
    expect(files).toEqual(["2026-11-22T21-30-05.123Z--sarah.morgan@family.example--sign-in.eml"]);
    const file = path.join(outbox, files[0] ?? "");
    if (process.platform !== "win32") expect((await stat(file)).mode & 0o777).toBe(0o600);

    const raw = await readFile(file);
    expect(raw.includes("\r\n")).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe(message.subject);
    expect(mail.headers.get("content-language")).toBe("pl");
    expect(mail.from?.value[0]?.address).toBe("no-reply@cetr.localhost");
    expect(mail.text).toContain("482 913");
    expect(mail.html || "").toContain('lang="pl"');
  });

  it("keeps both messages sent in the same millisecond", async () => {
    const mailer = createMailer({ env: { CETR_OUTBOX_DIR: dir }, now: () => at });
    await mailer.send(message);
    await mailer.send(message);
    expect((await readdir(dir)).sort()).toEqual([
      "2026-11-22T21-30-05.123Z--sarah.morgan@family.example--sign-in--2.eml",
      "2026-11-22T21-30-05.123Z--sarah.morgan@family.example--sign-in.eml",
    ]);
  });

  it("uses MAIL_FROM when set", async () => {
    const mailer = createMailer({
      env: { CETR_OUTBOX_DIR: dir, MAIL_FROM: "CETR <hello@cetr.example>" },
    });
    await mailer.send(message);
    const [name] = await readdir(dir);
    const mail = await simpleParser(await readFile(path.join(dir, name ?? "")));
    expect(mail.from?.value[0]?.address).toBe("hello@cetr.example");
  });

  it("refuses to start in production, in one line", () => {
    let error: unknown;
    try {
      createMailer({ env: { NODE_ENV: "production", CETR_OUTBOX_DIR: dir } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Email: SMTP_URL is not set\..*NODE_ENV=production/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("defaults to .data/outbox at the repository root", () => {
    expect(defaultOutboxDir).toBe(path.resolve(import.meta.dirname, "../../../.data/outbox"));
    const mailer = createMailer({ env: {} });
    expect(mailer.outboxDir).toBe(defaultOutboxDir);
  });

  it("names untagged messages from their subject, and makes unsafe addresses safe", () => {
    expect(
      outboxFileBase(at, {
        to: "../../etc/passwd",
        subject: "Hello there",
        text: "",
        language: "en-GB",
      }),
    ).toBe("2026-11-22T21-30-05.123Z--etc_passwd--hello-there");
    expect(
      outboxFileBase(at, { to: "a@b.example", subject: "ہیلو", text: "", language: "ur" }),
    ).toBe("2026-11-22T21-30-05.123Z--a@b.example--message");
  });

  it("refuses a language that is not a BCP 47 tag", async () => {
    const mailer = createMailer({ env: { CETR_OUTBOX_DIR: dir } });
    await expect(
      mailer.send({ ...message, language: "en\r\nBcc: x@evil.example" }),
    ).rejects.toThrow(/not a BCP 47 language tag/);
  });
});
