/**
 * Sending email. The API depends on this interface only; `createMailer`
 * (email/create-mailer.ts) picks SMTP in production or the local outbox in
 * the embedded default, and tests use a real SMTP server.
 */
export type EmailFormat = "PLAIN" | "EASY_READ";

export interface OutgoingEmail {
  to: string;
  subject: string;
  /** The plain-text body: always present (screen readers, text-only clients). */
  text: string;
  /** An HTML body, when the template has one. */
  html?: string;
  /** BCP 47, e.g. "en-GB", "pl", "ur": set as Content-Language. */
  language: string;
}

export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
}
