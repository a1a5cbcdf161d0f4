import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTransport } from "nodemailer";
import type { Mailer, OutgoingEmail } from "./mailer.js";

/**
 * The repository root, found from this file (apps/api/src/email/) the same way
 * packages/db/src/paths.ts finds it, so the outbox lands beside `.data/pglite`
 * whatever the working directory. Not imported from @cetr/db: that would load
 * Prisma just to send an email.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export const defaultOutboxDir = path.join(repoRoot, ".data", "outbox");

/** Used when MAIL_FROM is unset and mail only goes to the local outbox. */
const outboxFrom = "CETR (local outbox) <no-reply@cetr.localhost>";

export interface CreateMailerOptions {
  /**
   * Where to read SMTP_URL, MAIL_FROM, CETR_OUTBOX_DIR and NODE_ENV from;
   * defaults to process.env. Passed in so tests need not mutate process.env.
   */
  env?: NodeJS.ProcessEnv;
  /** Clock for the outbox file names; tests pin it. */
  now?: () => Date;
}

export interface AppMailer extends Mailer {
  /** Which one `createMailer` chose, so the API can say so at start. */
  readonly kind: "smtp" | "outbox";
  /** Where outbox files go (outbox only). */
  readonly outboxDir?: string;
  /** Closes SMTP connections; a no-op for the outbox. */
  close(): void;
}

/**
 * SMTP when SMTP_URL is set, otherwise the local outbox folder. Throws a
 * one-line error for a malformed SMTP_URL, a missing MAIL_FROM, or no SMTP in
 * production: sign-in codes written to a server's disk would reach nobody.
 */
export function createMailer(options: CreateMailerOptions = {}): AppMailer {
  const env = options.env ?? process.env;
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) return createSmtpMailer(smtpUrl, env.MAIL_FROM?.trim());
  if (env.NODE_ENV === "production") {
    throw new Error(
      "Email: SMTP_URL is not set. The local outbox is for development only; set SMTP_URL (smtp://user:pass@host:587) and MAIL_FROM when NODE_ENV=production.",
    );
  }
  const dir = env.CETR_OUTBOX_DIR?.trim() ? path.resolve(env.CETR_OUTBOX_DIR) : defaultOutboxDir;
  return createOutboxMailer(
    dir,
    env.MAIL_FROM?.trim() || outboxFrom,
    options.now ?? (() => new Date()),
  );
}

function createSmtpMailer(smtpUrl: string, from: string | undefined): AppMailer {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // Never echo the value: it usually holds the SMTP password.
    throw new Error("Email: SMTP_URL is not a valid URL; expected smtp://user:pass@host:587.");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error(
      `Email: SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//; expected smtp://user:pass@host:587.`,
    );
  }
  if (!url.hostname) {
    throw new Error("Email: SMTP_URL has no host; expected smtp://user:pass@host:587.");
  }
  if (!from) {
    // A guessed From address gets mail rejected or filed as spam by providers.
    throw new Error(
      "Email: MAIL_FROM is not set; with SMTP_URL, set it to the sender, e.g. CETR <no-reply@example.nhs.uk>.",
    );
  }
  const transport = createTransport({
    url: smtpUrl,
    // Sending happens inside a request (sign-in); nodemailer's defaults
    // (2 minutes to connect, 10 idle) would leave the person staring at a spinner.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    kind: "smtp",
    async send(message) {
      await transport.sendMail(toNodemailer(message, from));
    },
    close() {
      transport.close();
    },
  };
}

function createOutboxMailer(dir: string, from: string, now: () => Date): AppMailer {
  // Buffer mode gives the whole RFC 822 message, exactly as SMTP would carry it,
  // so any mail program opens the file. CRLF line ends as the RFC requires.
  const transport = createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    kind: "outbox",
    outboxDir: dir,
    async send(message) {
      const info = await transport.sendMail(toNodemailer(message, from));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error("Email: the outbox expected a buffered message.");
      // The files hold sign-in codes and links: readable by this user only.
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const base = outboxFileBase(now(), message);
      for (let attempt = 1; ; attempt++) {
        const name = attempt === 1 ? `${base}.eml` : `${base}--${attempt}.eml`;
        try {
          // "wx" never overwrites: two messages in the same millisecond both survive.
          await writeFile(path.join(dir, name), raw, { flag: "wx", mode: 0o600 });
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 100) throw error;
        }
      }
    },
    close() {},
  };
}

/**
 * `2026-11-22T21-30-05.123Z--sarah.morgan@family.example--sign-in`: the ISO time
 * first so a plain directory listing is in the order sent, colons swapped
 * because Windows forbids them in file names.
 */
export function outboxFileBase(at: Date, message: OutgoingEmail): string {
  const time = at.toISOString().replaceAll(":", "-");
  const to = safeName(message.to).slice(0, 100) || "unknown";
  const kind = safeName(emailKind(message)).slice(0, 40) || "message";
  return `${time}--${to}--${kind}`;
}

/**
 * Templates tag their messages with `template` (see templates.ts); anything
 * else is named after its subject, which may be empty once non-ASCII letters
 * (Urdu, Polish) are dropped, hence the fallback in `outboxFileBase`.
 */
function emailKind(message: OutgoingEmail): string {
  const tagged = (message as OutgoingEmail & { template?: unknown }).template;
  if (typeof tagged === "string") return tagged;
  return message.subject.toLowerCase().replace(/\s+/g, "-");
}

function safeName(value: string): string {
  return value
    .replace(/[^A-Za-z0-9.@+_-]+/g, "_")
    .replace(/^[._-]+|[._-]+$/g, "")
    .replace(/_+/g, "_");
}

const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

function toNodemailer(message: OutgoingEmail, from: string) {
  // Checked here because it goes into a header verbatim.
  if (!languageTag.test(message.language)) {
    throw new Error(`Email: "${message.language}" is not a BCP 47 language tag.`);
  }
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    headers: { "Content-Language": message.language },
  };
}
