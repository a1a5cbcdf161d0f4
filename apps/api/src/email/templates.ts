import type { EmailFormat, OutgoingEmail } from "./mailer.js";

/**
 * The emails the API sends, as pure functions of their inputs: no I/O, no
 * clock, no database. Each exists in plain English and easy read, in every
 * language below; the copy tables are typed so a missing string fails `tsc`.
 *
 * Only what the reader needs is put in: their own name (optional), the code,
 * the link and, for invitations, who invited them and for whom. Nothing from
 * the person's record goes into an email, which may be read on a shared device.
 */

export type EmailLanguage = "en-GB" | "pl" | "ur";

export const emailLanguages: readonly EmailLanguage[] = ["en-GB", "pl", "ur"];

export const emailFormats: readonly EmailFormat[] = ["PLAIN", "EASY_READ"];

export type EmailTemplate =
  | "sign-in"
  | "invitation"
  | "request-reply"
  | "notification"
  | "action-question";

/** An `OutgoingEmail` that also says which template made it (the outbox names files by it). */
export interface TemplatedEmail extends OutgoingEmail {
  template: EmailTemplate;
  language: EmailLanguage;
}

/**
 * The best language we have for a BCP 47 tag: "pl-PL" → "pl", "en-US" →
 * "en-GB"; anything we have not written falls back to English, the one
 * version that is complete and checked.
 */
export function resolveEmailLanguage(requested: string | null | undefined): EmailLanguage {
  const primary = (requested ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "pl") return "pl";
  if (primary === "ur") return "ur";
  return "en-GB";
}

export interface SignInEmailInput {
  to: string;
  recipientName?: string;
  format: EmailFormat;
  /** Any BCP 47 tag; unknown languages get English. */
  language?: string | null;
  /** Letters and digits; shown grouped ("123 456"). */
  code: string;
  /** The one-time sign-in link (http or https). */
  link: string;
  /** Defaults to 15. */
  expiresInMinutes?: number;
}

export interface InvitationEmailInput {
  to: string;
  recipientName?: string;
  format: EmailFormat;
  language?: string | null;
  invitedBy: { name: string; organisation: string };
  /**
   * The young person whose reviews the invitee will help with. Omit it when
   * the invitation is for the young person themselves.
   */
  forPersonName?: string;
  link: string;
  /** When the link stops working; shown in UK time. */
  expiresAt: Date;
}

export function signInEmail(input: SignInEmailInput): TemplatedEmail {
  const language = resolveEmailLanguage(input.language);
  const minutes = input.expiresInMinutes ?? 15;
  if (!Number.isInteger(minutes) || minutes < 1) {
    throw new Error("signInEmail: expiresInMinutes must be a whole number of minutes, at least 1.");
  }
  const code = displayCode(input.code);
  const link = checkLink(input.link);
  const common = commonCopy[language][input.format];
  const copy = signInCopy[language][input.format];
  const blocks: Block[] = [
    ...notice(common),
    { kind: "h1", text: copy.heading },
    { kind: "p", text: common.greeting(clean(input.recipientName)) },
    ...paragraphs(copy.intro),
    { kind: "h2", text: copy.codeHeading },
    { kind: "p", text: copy.codeLead },
    { kind: "code", text: code },
    ...paragraphs(copy.copyPaste),
    { kind: "h2", text: copy.linkHeading },
    { kind: "p", text: copy.linkLead },
    { kind: "link", text: copy.linkLabel, url: link },
    { kind: "url", text: copy.urlLead, url: link },
    { kind: "h2", text: copy.expiryHeading(minutes) },
    ...paragraphs(copy.expiry(minutes)),
    { kind: "h2", text: copy.notYouHeading },
    ...paragraphs(copy.notYou),
  ];
  return build("sign-in", input.to, copy.subject, language, input.format, blocks);
}

export function invitationEmail(input: InvitationEmailInput): TemplatedEmail {
  const language = resolveEmailLanguage(input.language);
  if (Number.isNaN(input.expiresAt.getTime())) {
    throw new Error("invitationEmail: expiresAt is not a valid date.");
  }
  const staffName = clean(input.invitedBy.name);
  const organisation = clean(input.invitedBy.organisation);
  if (!staffName || !organisation) {
    throw new Error("invitationEmail: invitedBy needs a name and an organisation.");
  }
  const link = checkLink(input.link);
  const vars: InvitationVars = {
    staffName,
    organisation,
    forPersonName: clean(input.forPersonName),
    ...expiryParts(language, input.expiresAt),
  };
  const common = commonCopy[language][input.format];
  const copy = invitationCopy[language][input.format];
  const blocks: Block[] = [
    ...notice(common),
    { kind: "h1", text: copy.heading },
    { kind: "p", text: common.greeting(clean(input.recipientName)) },
    ...paragraphs(copy.intro(vars)),
    { kind: "h2", text: copy.linkHeading },
    { kind: "p", text: copy.linkLead },
    { kind: "link", text: copy.linkLabel, url: link },
    { kind: "url", text: copy.urlLead, url: link },
    ...paragraphs(copy.expiry(vars)),
    { kind: "h2", text: copy.nextHeading },
    { kind: "steps", items: copy.nextSteps(vars) },
    ...paragraphs(copy.ifExpired(vars)),
    { kind: "h2", text: copy.notExpectingHeading },
    ...paragraphs(copy.notExpecting),
  ];
  return build("invitation", input.to, copy.subject(vars), language, input.format, blocks);
}

export interface RequestReplyEmailInput {
  to: string;
  recipientName?: string;
  /** The reference the requester was given, e.g. "RQ-7K4M-2P9X". */
  reference: string;
  /** What the member of staff wrote; blank lines separate paragraphs. */
  message: string;
  sender: { name: string; organisation: string; email: string };
}

/**
 * A member of staff's reply about a request form. In English: staff write
 * the message, and the form does not record another language. Their name,
 * organisation and address are given, so the requester can answer a person.
 */
export function requestReplyEmail(input: RequestReplyEmailInput): TemplatedEmail {
  const reference = clean(input.reference);
  const name = clean(input.sender.name);
  const organisation = clean(input.sender.organisation);
  if (!reference || !name || !organisation)
    throw new Error("requestReplyEmail: needs a reference and the sender's name and organisation.");
  const message = input.message
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const subject = `Your request for a review (${reference})`;
  const blocks: Block[] = [
    { kind: "h1", text: "About your request for a review" },
    { kind: "p", text: commonCopy["en-GB"].PLAIN.greeting(clean(input.recipientName)) },
    ...paragraphs(message),
    { kind: "p", text: `${name}, ${organisation}` },
    { kind: "h2", text: "If you want to reply" },
    {
      kind: "p",
      text: `Email ${name} at ${input.sender.email}, and say your reference: ${reference}.`,
    },
  ];
  return build("request-reply", input.to, subject, "en-GB", "PLAIN", blocks);
}

export type NotificationEmailKind =
  | "ACTION_UPDATED"
  | "ACTION_OVERDUE"
  | "REVIEW_SCHEDULED"
  | "REPORT_SENT"
  | "DISCHARGE_CHANGED"
  | "ACTION_QUESTION_ANSWERED";

/** Why a member of staff is told about a family's question (ADR 0027). */
export type QuestionEmailReason = "OWNER" | "COMMISSIONER";

export interface ActionQuestionEmailInput {
  to: string;
  recipientName?: string;
  reason: QuestionEmailReason;
  /** The action's page in the console, where the question is answered. */
  link: string;
  /** The console's list of open questions from families. */
  listLink: string;
}

/**
 * To staff: a family has asked about an action. In English, like the console.
 * Neither the question nor the action is quoted: the reader signs in to the
 * console to read them, as with every email here.
 */
export function actionQuestionEmail(input: ActionQuestionEmailInput): TemplatedEmail {
  const link = checkLink(input.link);
  const listLink = checkLink(input.listLink);
  const subject =
    input.reason === "OWNER"
      ? "A family has asked about an action you are responsible for"
      : "A family has asked about an action on your caseload";
  const why =
    input.reason === "OWNER"
      ? "You are named as the person responsible for this action."
      : "You are a commissioner for an organisation with this person on its caseload.";
  const blocks: Block[] = [
    { kind: "h1", text: subject },
    { kind: "p", text: commonCopy["en-GB"].PLAIN.greeting(clean(input.recipientName)) },
    {
      kind: "p",
      text: "A young person or someone in their family has asked about an action agreed at a review, for example because they think it has not happened.",
    },
    { kind: "p", text: why },
    {
      kind: "p",
      text: "Read the question in the console and answer it there. The family see your answer beside the action and are told it is there.",
    },
    { kind: "link", text: "Read and answer the question", url: link },
    { kind: "url", text: "Or copy this address into your browser:", url: link },
    { kind: "link", text: "See all open questions from families", url: listLink },
  ];
  return build("action-question", input.to, subject, "en-GB", "PLAIN", blocks);
}

export interface NotificationEmailInput {
  to: string;
  recipientName?: string;
  format: EmailFormat;
  language?: string | null;
  kind: NotificationEmailKind;
  /** The portal's /notifications page. */
  link: string;
  /** The portal's /notifications/settings page. */
  settingsLink: string;
}

/**
 * "Something has changed: sign in to read it." What changed, and for whom,
 * stays in the portal: an email may be read on a shared device.
 */
export function notificationEmail(input: NotificationEmailInput): TemplatedEmail {
  const language = resolveEmailLanguage(input.language);
  const link = checkLink(input.link);
  const settingsLink = checkLink(input.settingsLink);
  const common = commonCopy[language][input.format];
  const copy = notificationCopy[language][input.format];
  const blocks: Block[] = [
    ...notice(common),
    { kind: "h1", text: copy.heading[input.kind] },
    { kind: "p", text: common.greeting(clean(input.recipientName)) },
    ...paragraphs(copy.intro[input.kind]),
    { kind: "link", text: copy.linkLabel, url: link },
    { kind: "url", text: copy.urlLead, url: link },
    { kind: "h2", text: copy.settingsHeading },
    { kind: "p", text: copy.settingsLead },
    { kind: "link", text: copy.settingsLabel, url: settingsLink },
  ];
  return build("notification", input.to, copy.heading[input.kind], language, input.format, blocks);
}

// ---------------------------------------------------------------------------
// Rendering: one list of blocks becomes both the text and the HTML body, so
// the two can never say different things.

type Block =
  | { kind: "h1" | "h2" | "p" | "code"; text: string; lang?: EmailLanguage }
  | { kind: "link" | "url"; text: string; url: string }
  | { kind: "steps"; items: string[] };

const rtl: ReadonlySet<EmailLanguage> = new Set(["ur"]);

function build(
  template: EmailTemplate,
  to: string,
  subject: string,
  language: EmailLanguage,
  format: EmailFormat,
  blocks: Block[],
): TemplatedEmail {
  return {
    template,
    to,
    subject,
    language,
    text: renderText(blocks),
    html: renderHtml(subject, language, format, blocks),
  };
}

function renderText(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "h1":
      case "h2":
      case "p":
        out.push(block.text);
        break;
      case "code":
        // Indented on a line of its own so it is easy to find and select.
        out.push(`    ${block.text}`);
        break;
      case "link":
        out.push(`${block.text}:\n${block.url}`);
        break;
      case "url":
        // The text body already shows the address under the link.
        break;
      case "steps":
        out.push(block.items.map((item, i) => `${i + 1}. ${item}`).join("\n"));
        break;
    }
  }
  return `${out.join("\n\n")}\n`;
}

function renderHtml(
  subject: string,
  language: EmailLanguage,
  format: EmailFormat,
  blocks: Block[],
): string {
  const dir = rtl.has(language) ? "rtl" : "ltr";
  // Easy read: larger text and more space between lines. Inline styles only,
  // because many mail programs drop <style> blocks.
  const size = format === "EASY_READ" ? 22 : 19;
  const lineHeight = format === "EASY_READ" ? 1.7 : 1.5;
  const body = blocks.map((block) => renderBlock(block, dir, size)).join("\n");
  return [
    "<!DOCTYPE html>",
    `<html lang="${language}" dir="${dir}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    "</head>",
    `<body style="margin:0;padding:16px;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:${size}px;line-height:${lineHeight}">`,
    '<div style="max-width:640px">',
    body,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function renderBlock(block: Block, dir: "ltr" | "rtl", size: number): string {
  switch (block.kind) {
    case "h1":
      return `<h1 style="font-size:${Math.round(size * 1.6)}px;line-height:1.25;margin:0 0 16px">${escapeHtml(block.text)}</h1>`;
    case "h2":
      return `<h2 style="font-size:${Math.round(size * 1.25)}px;line-height:1.3;margin:32px 0 12px">${escapeHtml(block.text)}</h2>`;
    case "p": {
      // A line in another language (the English translation notice in an
      // Urdu email) carries its own lang and dir so screen readers switch voice.
      const attrs = block.lang
        ? ` lang="${block.lang}" dir="${rtl.has(block.lang) ? "rtl" : "ltr"}"`
        : "";
      return `<p${attrs} style="margin:0 0 16px">${escapeHtml(block.text)}</p>`;
    }
    case "code":
      // Real text, never an image, so it can be copied, enlarged and read
      // aloud; dir="ltr" keeps the digit groups in order inside Urdu.
      return `<p dir="ltr" style="margin:0 0 16px;font-family:'Courier New',Courier,monospace;font-size:${Math.round(size * 1.8)}px;font-weight:bold;letter-spacing:0.1em;text-align:${dir === "rtl" ? "right" : "left"}">${escapeHtml(block.text)}</p>`;
    case "link":
      return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="color:#005eb8;font-size:${Math.round(size * 1.2)}px;font-weight:bold;text-decoration:underline">${escapeHtml(block.text)}</a></p>`;
    case "url":
      return `<p style="margin:0 0 16px">${escapeHtml(block.text)}<br><span dir="ltr" style="word-break:break-all">${escapeHtml(block.url)}</span></p>`;
    case "steps":
      return `<ol style="margin:0 0 16px;padding-inline-start:1.5em">${block.items.map((item) => `<li style="margin:0 0 8px">${escapeHtml(item)}</li>`).join("")}</ol>`;
  }
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function paragraphs(lines: string[]): Block[] {
  return lines.map((text) => ({ kind: "p", text }));
}

function notice(common: CommonCopy): Block[] {
  return common.translationNotice.map(({ lang, text }) => ({ kind: "p", text, lang }));
}

/** Trims and collapses whitespace; a name made only of spaces counts as none. */
function clean(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed : undefined;
}

/**
 * "123456" → "123 456": groups are easier to read and hold in mind. The
 * sign-in form must therefore ignore spaces in what is pasted or typed, as
 * the emails promise.
 */
export function displayCode(code: string): string {
  const compact = code.replace(/\s+/g, "").toUpperCase();
  if (!/^[0-9A-Z]{4,12}$/.test(compact)) {
    throw new Error("signInEmail: the code must be 4 to 12 letters or digits.");
  }
  const size = compact.length % 3 === 0 || compact.length % 4 !== 0 ? 3 : 4;
  return compact.match(new RegExp(`.{1,${size}}`, "g"))?.join(" ") ?? compact;
}

function checkLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new Error("email templates: the link is not a valid URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error("email templates: the link must be http or https.");
  }
  return url.href;
}

interface InvitationVars {
  staffName: string;
  organisation: string;
  forPersonName: string | undefined;
  /** e.g. "Monday 30 November 2026", in the email's language. */
  date: string;
  /** e.g. "9:30pm" or "21:30". */
  time: string;
}

/** Invitations are sent by UK services, so their expiry is shown in UK time. */
function expiryParts(language: EmailLanguage, at: Date): { date: string; time: string } {
  const timeZone = "Europe/London";
  const date = new Intl.DateTimeFormat(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone,
  }).format(at);
  const time = new Intl.DateTimeFormat(language, {
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    // English readers expect "9:30pm"; Polish and Urdu use the 24-hour clock
    // ("21:30"), which also avoids a Latin "PM" inside Urdu text.
    ...(language === "en-GB" ? { hour12: true } : { hourCycle: "h23" as const }),
  }).format(at);
  // GOV.UK style for English: "Monday 30 November 2026" and "9:30pm".
  if (language === "en-GB") {
    return { date: date.replace(",", ""), time: time.replace(/\s+/g, "").toLowerCase() };
  }
  return { date, time };
}

function polishMinutes(n: number): string {
  const form = new Intl.PluralRules("pl").select(n);
  return `${n} ${form === "one" ? "minutę" : form === "few" ? "minuty" : "minut"}`;
}

// ---------------------------------------------------------------------------
// Copy. Easy read: short sentences, one idea per line, everyday words. Each
// array entry becomes its own paragraph in both bodies.

interface CommonCopy {
  greeting: (name: string | undefined) => string;
  /** Shown first in every translation not yet checked by a professional. */
  translationNotice: { lang: EmailLanguage; text: string }[];
}

interface SignInCopy {
  subject: string;
  heading: string;
  intro: string[];
  codeHeading: string;
  codeLead: string;
  copyPaste: string[];
  linkHeading: string;
  linkLead: string;
  /** Says where the link goes, not "click here". */
  linkLabel: string;
  urlLead: string;
  expiryHeading: (minutes: number) => string;
  expiry: (minutes: number) => string[];
  notYouHeading: string;
  notYou: string[];
}

interface InvitationCopy {
  subject: (v: InvitationVars) => string;
  heading: string;
  intro: (v: InvitationVars) => string[];
  linkHeading: string;
  linkLead: string;
  linkLabel: string;
  urlLead: string;
  expiry: (v: InvitationVars) => string[];
  nextHeading: string;
  nextSteps: (v: InvitationVars) => string[];
  ifExpired: (v: InvitationVars) => string[];
  notExpectingHeading: string;
  notExpecting: string[];
}

type Copy<T> = Record<EmailLanguage, Record<EmailFormat, T>>;

const uncheckedEnglish = "This translation has not yet been checked by a professional translator.";

const commonCopy: Copy<CommonCopy> = {
  "en-GB": {
    PLAIN: { greeting: (name) => (name ? `Dear ${name},` : "Hello,"), translationNotice: [] },
    EASY_READ: { greeting: (name) => (name ? `Hello ${name}.` : "Hello."), translationNotice: [] },
  },
  pl: {
    PLAIN: {
      greeting: (name) => (name ? `Dzień dobry, ${name},` : "Dzień dobry,"),
      translationNotice: [
        { lang: "en-GB", text: uncheckedEnglish },
        {
          lang: "pl",
          text: "To tłumaczenie nie zostało jeszcze sprawdzone przez profesjonalnego tłumacza.",
        },
      ],
    },
    EASY_READ: {
      greeting: (name) => (name ? `Dzień dobry, ${name}.` : "Dzień dobry."),
      translationNotice: [
        { lang: "en-GB", text: uncheckedEnglish },
        { lang: "pl", text: "Tego tłumaczenia nie sprawdził jeszcze zawodowy tłumacz." },
      ],
    },
  },
  ur: {
    PLAIN: {
      greeting: (name) => (name ? `ہیلو ${name}،` : "ہیلو،"),
      translationNotice: [
        { lang: "en-GB", text: uncheckedEnglish },
        { lang: "ur", text: "اس ترجمے کو ابھی تک کسی پیشہ ور مترجم نے نہیں جانچا ہے۔" },
      ],
    },
    EASY_READ: {
      greeting: (name) => (name ? `ہیلو ${name}۔` : "ہیلو۔"),
      translationNotice: [
        { lang: "en-GB", text: uncheckedEnglish },
        { lang: "ur", text: "اس ترجمے کو ابھی تک کسی پیشہ ور مترجم نے نہیں جانچا ہے۔" },
      ],
    },
  },
};

const signInCopy: Copy<SignInCopy> = {
  "en-GB": {
    PLAIN: {
      subject: "Your sign-in code for the CETR portal",
      heading: "Sign in to the CETR portal",
      intro: [
        "You asked to sign in to the Care, Education and Treatment Review (CETR) portal. Use the code or the link below – you only need one of them.",
      ],
      codeHeading: "Your code",
      codeLead: "Enter this code on the sign-in page:",
      copyPaste: ["You can copy and paste the code instead of typing it. Spaces do not matter."],
      linkHeading: "Or use the link",
      linkLead: "The link signs you in without the code:",
      linkLabel: "Sign in to the CETR portal",
      urlLead: "If the link does not open, copy this address into your web browser:",
      expiryHeading: (m) => `It expires in ${m} ${m === 1 ? "minute" : "minutes"}`,
      expiry: () => [
        "The code and the link work once. If they have expired, ask for a new code on the sign-in page.",
      ],
      notYouHeading: "If you did not ask for this",
      notYou: [
        "You can ignore this email. Nobody can sign in without the code or the link.",
        "Do not give the code to anyone. Staff will never ask you for it.",
      ],
    },
    EASY_READ: {
      subject: "Your code to sign in",
      heading: "Your code to sign in",
      intro: ["This email helps you sign in to the CETR website."],
      codeHeading: "Your code",
      codeLead: "Here is your code:",
      copyPaste: ["You can copy the code and paste it in.", "You do not have to type it."],
      linkHeading: "Or press the link",
      linkLead: "You can press this link instead:",
      linkLabel: "Sign in to the CETR website",
      urlLead: "If the link does not work, copy this into your web browser:",
      expiryHeading: () => "The code only works for a short time",
      expiry: (m) => [
        `The code and the link work for ${m} ${m === 1 ? "minute" : "minutes"}.`,
        "After that they stop working.",
        "You can ask for a new code.",
      ],
      notYouHeading: "Did you not ask for this?",
      notYou: [
        "You can ignore this email.",
        "Nobody can sign in without the code or the link.",
        "Do not tell anyone your code.",
      ],
    },
  },
  pl: {
    PLAIN: {
      subject: "Twój kod logowania do portalu CETR",
      heading: "Logowanie do portalu CETR",
      intro: [
        "Otrzymaliśmy prośbę o zalogowanie do portalu przeglądów opieki, edukacji i leczenia (CETR). Użyj kodu albo linku poniżej – wystarczy jedno z nich.",
      ],
      codeHeading: "Twój kod",
      codeLead: "Wpisz ten kod na stronie logowania:",
      copyPaste: [
        "Możesz skopiować i wkleić kod zamiast go przepisywać. Spacje nie mają znaczenia.",
      ],
      linkHeading: "Albo użyj linku",
      linkLead: "Link loguje bez kodu:",
      linkLabel: "Zaloguj się do portalu CETR",
      urlLead: "Jeśli link się nie otwiera, skopiuj ten adres do przeglądarki internetowej:",
      expiryHeading: (m) => `Wygasa za ${polishMinutes(m)}`,
      expiry: () => [
        "Kod i link działają tylko raz. Jeśli wygasły, poproś o nowy kod na stronie logowania.",
      ],
      notYouHeading: "Jeśli to nie była Twoja prośba",
      notYou: [
        "Zignoruj tę wiadomość. Nikt nie zaloguje się bez kodu lub linku.",
        "Nie podawaj nikomu kodu. Pracownicy nigdy nie poproszą Cię o niego.",
      ],
    },
    EASY_READ: {
      subject: "Twój kod do logowania",
      heading: "Twój kod do logowania",
      intro: ["Ta wiadomość pomoże Ci zalogować się na stronie CETR."],
      codeHeading: "Twój kod",
      codeLead: "Oto Twój kod:",
      copyPaste: ["Możesz skopiować kod i go wkleić.", "Nie musisz go przepisywać."],
      linkHeading: "Albo naciśnij link",
      linkLead: "Możesz też nacisnąć ten link:",
      linkLabel: "Zaloguj się na stronie CETR",
      urlLead: "Jeśli link nie działa, skopiuj to do przeglądarki:",
      expiryHeading: () => "Kod działa krótko",
      expiry: (m) => [
        `Kod i link działają przez ${polishMinutes(m)}.`,
        "Potem przestają działać.",
        "Możesz poprosić o nowy kod.",
      ],
      notYouHeading: "To nie była Twoja prośba?",
      notYou: [
        "Możesz zignorować tę wiadomość.",
        "Nikt nie zaloguje się bez kodu lub linku.",
        "Nie mów nikomu swojego kodu.",
      ],
    },
  },
  ur: {
    PLAIN: {
      subject: "CETR پورٹل میں سائن ان کرنے کے لیے آپ کا کوڈ",
      heading: "CETR پورٹل میں سائن ان کریں",
      intro: [
        "آپ نے نگہداشت، تعلیم اور علاج کے جائزے (CETR) کے پورٹل میں سائن ان کرنے کی درخواست کی ہے۔ نیچے دیا گیا کوڈ یا لنک استعمال کریں – ان میں سے صرف ایک کافی ہے۔",
      ],
      codeHeading: "آپ کا کوڈ",
      codeLead: "سائن ان کے صفحے پر یہ کوڈ درج کریں:",
      copyPaste: [
        "آپ کوڈ ٹائپ کرنے کے بجائے اسے کاپی کر کے پیسٹ کر سکتے ہیں۔ خالی جگہوں سے کوئی فرق نہیں پڑتا۔",
      ],
      linkHeading: "یا لنک استعمال کریں",
      linkLead: "لنک کوڈ کے بغیر آپ کو سائن ان کر دیتا ہے:",
      linkLabel: "CETR پورٹل میں سائن ان کریں",
      urlLead: "اگر لنک نہ کھلے تو یہ پتہ اپنے ویب براؤزر میں کاپی کریں:",
      expiryHeading: (m) => `یہ ${m} منٹ میں ختم ہو جائے گا`,
      expiry: () => [
        "کوڈ اور لنک صرف ایک بار کام کرتے ہیں۔ اگر ان کی مدت ختم ہو گئی ہو تو سائن ان کے صفحے پر نیا کوڈ مانگیں۔",
      ],
      notYouHeading: "اگر آپ نے یہ درخواست نہیں کی",
      notYou: [
        "اس ای میل کو نظر انداز کر دیں۔ کوڈ یا لنک کے بغیر کوئی سائن ان نہیں کر سکتا۔",
        "یہ کوڈ کسی کو نہ دیں۔ عملہ آپ سے یہ کوڈ کبھی نہیں مانگے گا۔",
      ],
    },
    EASY_READ: {
      subject: "سائن ان کرنے کے لیے آپ کا کوڈ",
      heading: "سائن ان کرنے کے لیے آپ کا کوڈ",
      intro: ["یہ ای میل CETR ویب سائٹ میں سائن ان کرنے کے لیے ہے۔"],
      codeHeading: "آپ کا کوڈ",
      codeLead: "یہ آپ کا کوڈ ہے:",
      copyPaste: ["آپ کوڈ کاپی کر کے پیسٹ کر سکتے ہیں۔", "آپ کو اسے ٹائپ کرنے کی ضرورت نہیں۔"],
      linkHeading: "یا لنک دبائیں",
      linkLead: "آپ یہ لنک بھی دبا سکتے ہیں:",
      linkLabel: "CETR ویب سائٹ میں سائن ان کریں",
      urlLead: "اگر لنک کام نہ کرے تو اسے اپنے براؤزر میں کاپی کریں:",
      expiryHeading: () => "کوڈ تھوڑی دیر کام کرتا ہے",
      expiry: (m) => [
        `کوڈ اور لنک ${m} منٹ تک کام کریں گے۔`,
        "اس کے بعد وہ کام نہیں کریں گے۔",
        "آپ نیا کوڈ مانگ سکتے ہیں۔",
      ],
      notYouHeading: "کیا آپ نے یہ نہیں مانگا؟",
      notYou: [
        "آپ اس ای میل کو نظر انداز کر سکتے ہیں۔",
        "کوڈ یا لنک کے بغیر کوئی سائن ان نہیں کر سکتا۔",
        "اپنا کوڈ کسی کو نہ بتائیں۔",
      ],
    },
  },
};

const invitationCopy: Copy<InvitationCopy> = {
  "en-GB": {
    PLAIN: {
      subject: (v) => `${v.staffName} has invited you to the CETR portal`,
      heading: "You are invited to the CETR portal",
      intro: (v) => [
        v.forPersonName
          ? `${v.staffName} from ${v.organisation} has invited you to the Care, Education and Treatment Review (CETR) portal, to help with ${v.forPersonName}'s reviews.`
          : `${v.staffName} from ${v.organisation} has invited you to the Care, Education and Treatment Review (CETR) portal, so you can get ready for your own reviews.`,
        "The portal helps young people and their families get ready for CETR meetings.",
      ],
      linkHeading: "Accept the invitation",
      linkLead: "Open this link to accept:",
      linkLabel: "Accept the invitation and open the CETR portal",
      urlLead: "If the link does not open, copy this address into your web browser:",
      expiry: (v) => [`The link works once, until ${v.time} on ${v.date} (UK time).`],
      nextHeading: "What happens next",
      nextSteps: (v) => [
        "Open the link before it expires.",
        "Sign in with this email address. Each time, we email you a short code – there is no password to remember.",
        v.forPersonName
          ? `You can then help ${v.forPersonName} get ready for their reviews.`
          : "You can then get ready for your reviews and say what matters to you.",
      ],
      ifExpired: (v) => [`If the link has expired, ask ${v.staffName} for a new invitation.`],
      notExpectingHeading: "If you were not expecting this",
      notExpecting: [
        "You can ignore this email. Nothing happens unless you open the link.",
        "Please do not forward it: the link is for you only.",
      ],
    },
    EASY_READ: {
      subject: () => "You are invited to the CETR website",
      heading: "You are invited to the CETR website",
      intro: (v) => [
        `${v.staffName} has invited you to use the CETR website.`,
        `${v.staffName} works for ${v.organisation}.`,
        ...(v.forPersonName
          ? [
              `The website is about ${v.forPersonName}'s CETR meetings.`,
              "You can help them get ready.",
            ]
          : ["The website is about your CETR meetings.", "It helps you get ready for them."]),
      ],
      linkHeading: "What to do",
      linkLead: "Press this link:",
      linkLabel: "Say yes and open the CETR website",
      urlLead: "If the link does not work, copy this into your web browser:",
      expiry: (v) => [
        `The link works until ${v.time} on ${v.date}.`,
        "After that it stops working.",
      ],
      nextHeading: "What happens next",
      nextSteps: () => [
        "We will send you a code by email.",
        "You use the code to sign in.",
        "You do not need a password.",
      ],
      ifExpired: (v) => [
        "If the link stops working, ask for a new one.",
        `You can ask ${v.staffName}.`,
      ],
      notExpectingHeading: "Not expecting this email?",
      notExpecting: [
        "You can ignore it.",
        "Nothing will happen.",
        "Please do not send this email to anyone else.",
      ],
    },
  },
  pl: {
    PLAIN: {
      subject: (v) => `${v.staffName} zaprasza Cię do portalu CETR`,
      heading: "Zaproszenie do portalu CETR",
      intro: (v) => [
        v.forPersonName
          ? `${v.staffName} (${v.organisation}) zaprasza Cię do portalu przeglądów opieki, edukacji i leczenia (CETR), aby pomóc w przeglądach dotyczących osoby: ${v.forPersonName}.`
          : `${v.staffName} (${v.organisation}) zaprasza Cię do portalu przeglądów opieki, edukacji i leczenia (CETR), w którym przygotujesz się do swoich przeglądów.`,
        "Portal pomaga młodym osobom i ich rodzinom przygotować się do spotkań CETR.",
      ],
      linkHeading: "Przyjmij zaproszenie",
      linkLead: "Otwórz ten link, aby przyjąć zaproszenie:",
      linkLabel: "Przyjmij zaproszenie i otwórz portal CETR",
      urlLead: "Jeśli link się nie otwiera, skopiuj ten adres do przeglądarki internetowej:",
      expiry: (v) => [
        `Link działa jeden raz, do godz. ${v.time}, ${v.date} (czas w Wielkiej Brytanii).`,
      ],
      nextHeading: "Co dalej",
      nextSteps: (v) => [
        "Otwórz link, zanim wygaśnie.",
        "Zaloguj się tym adresem e-mail. Za każdym razem wyślemy Ci krótki kod – nie potrzebujesz hasła.",
        v.forPersonName
          ? `Potem możesz pomóc w przygotowaniu do przeglądów osoby: ${v.forPersonName}.`
          : "Potem możesz przygotować się do swoich przeglądów i powiedzieć, co jest dla Ciebie ważne.",
      ],
      ifExpired: (v) => [
        `Jeśli link wygasł, poproś o nowe zaproszenie osobę, która Cię zaprosiła (${v.staffName}).`,
      ],
      notExpectingHeading: "Jeśli nie spodziewasz się tego zaproszenia",
      notExpecting: [
        "Możesz zignorować tę wiadomość. Nic się nie stanie, jeśli nie otworzysz linku.",
        "Nie przekazuj jej dalej – link jest tylko dla Ciebie.",
      ],
    },
    EASY_READ: {
      subject: () => "Zaproszenie na stronę CETR",
      heading: "Zaproszenie na stronę CETR",
      intro: (v) => [
        `${v.staffName} zaprasza Cię na stronę CETR.`,
        `${v.staffName} pracuje w: ${v.organisation}.`,
        ...(v.forPersonName
          ? [
              `Strona dotyczy spotkań CETR osoby: ${v.forPersonName}.`,
              "Możesz pomóc w przygotowaniach.",
            ]
          : ["Strona dotyczy Twoich spotkań CETR.", "Pomoże Ci się do nich przygotować."]),
      ],
      linkHeading: "Co zrobić",
      linkLead: "Naciśnij ten link:",
      linkLabel: "Przyjmij zaproszenie i otwórz stronę CETR",
      urlLead: "Jeśli link nie działa, skopiuj to do przeglądarki:",
      expiry: (v) => [`Link działa do godz. ${v.time}, ${v.date}.`, "Potem przestaje działać."],
      nextHeading: "Co będzie dalej",
      nextSteps: () => [
        "Wyślemy Ci kod e-mailem.",
        "Kodem zalogujesz się na stronie.",
        "Nie potrzebujesz hasła.",
      ],
      ifExpired: (v) => [
        "Jeśli link nie działa, poproś o nowy.",
        `Osoba, która Cię zaprosiła: ${v.staffName}.`,
      ],
      notExpectingHeading: "Nie czekasz na to zaproszenie?",
      notExpecting: [
        "Możesz zignorować tę wiadomość.",
        "Nic się nie stanie.",
        "Nie wysyłaj tej wiadomości nikomu.",
      ],
    },
  },
  ur: {
    PLAIN: {
      subject: (v) => `${v.staffName} نے آپ کو CETR پورٹل میں مدعو کیا ہے`,
      heading: "CETR پورٹل میں شمولیت کی دعوت",
      intro: (v) => [
        v.forPersonName
          ? `${v.organisation} سے ${v.staffName} نے آپ کو نگہداشت، تعلیم اور علاج کے جائزے (CETR) کے پورٹل میں مدعو کیا ہے، تاکہ آپ ${v.forPersonName} کے جائزوں میں مدد کر سکیں۔`
          : `${v.organisation} سے ${v.staffName} نے آپ کو نگہداشت، تعلیم اور علاج کے جائزے (CETR) کے پورٹل میں مدعو کیا ہے، تاکہ آپ اپنے جائزوں کی تیاری کر سکیں۔`,
        "یہ پورٹل نوجوانوں اور ان کے خاندانوں کو CETR ملاقاتوں کی تیاری میں مدد دیتا ہے۔",
      ],
      linkHeading: "دعوت قبول کریں",
      linkLead: "دعوت قبول کرنے کے لیے یہ لنک کھولیں:",
      linkLabel: "دعوت قبول کریں اور CETR پورٹل کھولیں",
      urlLead: "اگر لنک نہ کھلے تو یہ پتہ اپنے ویب براؤزر میں کاپی کریں:",
      expiry: (v) => [`یہ لنک صرف ایک بار، ${v.date}، ${v.time} (برطانوی وقت) تک کام کرے گا۔`],
      nextHeading: "آگے کیا ہوگا",
      nextSteps: (v) => [
        "لنک کی مدت ختم ہونے سے پہلے اسے کھولیں۔",
        "اسی ای میل ایڈریس سے سائن ان کریں۔ ہم ہر بار آپ کو ایک مختصر کوڈ ای میل کریں گے – کوئی پاس ورڈ یاد رکھنے کی ضرورت نہیں۔",
        v.forPersonName
          ? `پھر آپ ${v.forPersonName} کے جائزوں کی تیاری میں مدد کر سکیں گے۔`
          : "پھر آپ اپنے جائزوں کی تیاری کر سکیں گے اور بتا سکیں گے کہ آپ کے لیے کیا اہم ہے۔",
      ],
      ifExpired: (v) => [`اگر لنک کی مدت ختم ہو گئی ہو تو ${v.staffName} سے نئی دعوت مانگیں۔`],
      notExpectingHeading: "اگر آپ کو اس کی توقع نہیں تھی",
      notExpecting: [
        "آپ اس ای میل کو نظر انداز کر سکتے ہیں۔ جب تک آپ لنک نہیں کھولتے، کچھ نہیں ہوگا۔",
        "براہ کرم اسے آگے نہ بھیجیں: یہ لنک صرف آپ کے لیے ہے۔",
      ],
    },
    EASY_READ: {
      subject: () => "CETR ویب سائٹ کے لیے دعوت",
      heading: "CETR ویب سائٹ کے لیے دعوت",
      intro: (v) => [
        `${v.staffName} نے آپ کو CETR ویب سائٹ پر بلایا ہے۔`,
        `${v.staffName}، ${v.organisation} میں کام کرتے ہیں۔`,
        ...(v.forPersonName
          ? [
              `یہ ویب سائٹ ${v.forPersonName} کی CETR ملاقاتوں کے بارے میں ہے۔`,
              "آپ تیاری میں مدد کر سکتے ہیں۔",
            ]
          : ["یہ ویب سائٹ آپ کی CETR ملاقاتوں کے بارے میں ہے۔", "یہ آپ کو تیاری میں مدد دیتی ہے۔"]),
      ],
      linkHeading: "کیا کرنا ہے",
      linkLead: "یہ لنک دبائیں:",
      linkLabel: "دعوت قبول کریں اور CETR ویب سائٹ کھولیں",
      urlLead: "اگر لنک کام نہ کرے تو اسے اپنے براؤزر میں کاپی کریں:",
      expiry: (v) => [
        `یہ لنک ${v.date}، ${v.time} تک کام کرے گا۔`,
        "اس کے بعد یہ کام نہیں کرے گا۔",
      ],
      nextHeading: "آگے کیا ہوگا",
      nextSteps: () => [
        "ہم آپ کو ای میل پر ایک کوڈ بھیجیں گے۔",
        "آپ کوڈ سے سائن ان کریں گے۔",
        "آپ کو پاس ورڈ کی ضرورت نہیں۔",
      ],
      ifExpired: (v) => [
        "اگر لنک کام نہ کرے تو نیا لنک مانگیں۔",
        `آپ ${v.staffName} سے پوچھ سکتے ہیں۔`,
      ],
      notExpectingHeading: "کیا آپ کو اس ای میل کی توقع نہیں تھی؟",
      notExpecting: [
        "آپ اسے نظر انداز کر سکتے ہیں۔",
        "کچھ نہیں ہوگا۔",
        "یہ ای میل کسی اور کو نہ بھیجیں۔",
      ],
    },
  },
};

interface NotificationCopy {
  heading: Record<NotificationEmailKind, string>;
  intro: Record<NotificationEmailKind, string[]>;
  linkLabel: string;
  urlLead: string;
  settingsHeading: string;
  settingsLead: string;
  settingsLabel: string;
}

const notificationCopy: Copy<NotificationCopy> = {
  "en-GB": {
    PLAIN: {
      heading: {
        ACTION_UPDATED: "An action from a review has been updated",
        ACTION_OVERDUE: "An action from a review is overdue",
        REVIEW_SCHEDULED: "A review has been arranged",
        REPORT_SENT: "The report of a review is ready",
        DISCHARGE_CHANGED: "The plan for leaving hospital has changed",
        ACTION_QUESTION_ANSWERED: "Your question about an action has been answered",
      },
      intro: {
        ACTION_UPDATED: ["Someone has written an update on one of the actions agreed at a review."],
        ACTION_OVERDUE: [
          "One of the actions agreed at a review has passed the date it should have been done by.",
        ],
        REVIEW_SCHEDULED: ["A date has been set for a Care (Education) and Treatment Review."],
        REPORT_SENT: ["The report written after a review has been sent and you can now read it."],
        DISCHARGE_CHANGED: ["Staff have changed a step in the plan for leaving hospital."],
        ACTION_QUESTION_ANSWERED: [
          "Staff have answered the question you asked about an action agreed at a review.",
        ],
      },
      linkLabel: "Read your notifications on the CETR portal",
      urlLead: "Or copy this address into your browser:",
      settingsHeading: "Choosing your emails",
      settingsLead:
        "You can choose which of these emails you get. The portal still lists them all.",
      settingsLabel: "Choose your emails",
    },
    EASY_READ: {
      heading: {
        ACTION_UPDATED: "There is news about an action",
        ACTION_OVERDUE: "An action is late",
        REVIEW_SCHEDULED: "There is a date for a review",
        REPORT_SENT: "Your review report is ready",
        DISCHARGE_CHANGED: "Your plan for leaving hospital has changed",
        ACTION_QUESTION_ANSWERED: "We answered your question",
      },
      intro: {
        ACTION_UPDATED: [
          "An action is something people said they will do.",
          "Someone wrote news about it.",
        ],
        ACTION_OVERDUE: [
          "An action is something people said they will do.",
          "It has not been done on time.",
        ],
        REVIEW_SCHEDULED: ["A review is a meeting about your care.", "There is now a date for it."],
        REPORT_SENT: ["The report says what happened at your review.", "You can read it now."],
        DISCHARGE_CHANGED: ["Staff changed a step in your plan for leaving hospital."],
        ACTION_QUESTION_ANSWERED: ["You asked about an action.", "Staff wrote an answer for you."],
      },
      linkLabel: "See your news on the CETR website",
      urlLead: "Or type this address:",
      settingsHeading: "Choose your emails",
      settingsLead: "You can say which emails you want.",
      settingsLabel: "Choose your emails",
    },
  },
  pl: {
    PLAIN: {
      heading: {
        ACTION_UPDATED: "Działanie ustalone podczas przeglądu zostało zaktualizowane",
        ACTION_OVERDUE: "Działanie ustalone podczas przeglądu jest opóźnione",
        REVIEW_SCHEDULED: "Zaplanowano przegląd",
        REPORT_SENT: "Raport z przeglądu jest gotowy",
        DISCHARGE_CHANGED: "Plan wyjścia ze szpitala został zmieniony",
        ACTION_QUESTION_ANSWERED: "Odpowiedziano na Twoje pytanie o działanie",
      },
      intro: {
        ACTION_UPDATED: ["Ktoś dodał informację o jednym z działań ustalonych podczas przeglądu."],
        ACTION_OVERDUE: ["Minął termin jednego z działań ustalonych podczas przeglądu."],
        REVIEW_SCHEDULED: ["Ustalono datę przeglądu opieki i leczenia (CETR)."],
        REPORT_SENT: ["Raport napisany po przeglądzie został wysłany i można go już przeczytać."],
        DISCHARGE_CHANGED: ["Personel zmienił krok w planie wyjścia ze szpitala."],
        ACTION_QUESTION_ANSWERED: [
          "Personel odpowiedział na Twoje pytanie o działanie ustalone podczas przeglądu.",
        ],
      },
      linkLabel: "Przeczytaj powiadomienia w portalu CETR",
      urlLead: "Albo skopiuj ten adres do przeglądarki:",
      settingsHeading: "Wybór e-maili",
      settingsLead: "Możesz wybrać, które e-maile chcesz dostawać. Portal nadal pokaże wszystkie.",
      settingsLabel: "Wybierz e-maile",
    },
    EASY_READ: {
      heading: {
        ACTION_UPDATED: "Są nowe informacje o działaniu",
        ACTION_OVERDUE: "Działanie jest spóźnione",
        REVIEW_SCHEDULED: "Jest data przeglądu",
        REPORT_SENT: "Raport z przeglądu jest gotowy",
        DISCHARGE_CHANGED: "Twój plan wyjścia ze szpitala się zmienił",
        ACTION_QUESTION_ANSWERED: "Odpowiedzieliśmy na Twoje pytanie",
      },
      intro: {
        ACTION_UPDATED: [
          "Działanie to coś, co ktoś obiecał zrobić.",
          "Ktoś napisał o nim nowe informacje.",
        ],
        ACTION_OVERDUE: ["Działanie to coś, co ktoś obiecał zrobić.", "Nie zrobiono tego na czas."],
        REVIEW_SCHEDULED: ["Przegląd to spotkanie o Twojej opiece.", "Jest już jego data."],
        REPORT_SENT: ["Raport mówi, co było na przeglądzie.", "Możesz go teraz przeczytać."],
        DISCHARGE_CHANGED: ["Personel zmienił krok w Twoim planie wyjścia ze szpitala."],
        ACTION_QUESTION_ANSWERED: [
          "Twoje pytanie było o działanie.",
          "Personel napisał Ci odpowiedź.",
        ],
      },
      linkLabel: "Zobacz nowe informacje na stronie CETR",
      urlLead: "Albo wpisz ten adres:",
      settingsHeading: "Wybierz e-maile",
      settingsLead: "Możesz powiedzieć, jakie e-maile chcesz.",
      settingsLabel: "Wybierz e-maile",
    },
  },
  ur: {
    PLAIN: {
      heading: {
        ACTION_UPDATED: "جائزے میں طے پانے والے ایک کام کی تازہ کاری ہوئی ہے",
        ACTION_OVERDUE: "جائزے میں طے پانے والا ایک کام وقت سے پیچھے ہے",
        REVIEW_SCHEDULED: "ایک جائزے کا انتظام کیا گیا ہے",
        REPORT_SENT: "جائزے کی رپورٹ تیار ہے",
        DISCHARGE_CHANGED: "ہسپتال سے جانے کا منصوبہ بدل گیا ہے",
        ACTION_QUESTION_ANSWERED: "ایک کام کے بارے میں آپ کے سوال کا جواب دے دیا گیا ہے",
      },
      intro: {
        ACTION_UPDATED: [
          "کسی نے جائزے میں طے پانے والے ایک کام کے بارے میں تازہ معلومات لکھی ہیں۔",
        ],
        ACTION_OVERDUE: ["جائزے میں طے پانے والے ایک کام کی آخری تاریخ گزر گئی ہے۔"],
        REVIEW_SCHEDULED: ["نگہداشت (تعلیم) اور علاج کے جائزے کی تاریخ طے ہو گئی ہے۔"],
        REPORT_SENT: ["جائزے کے بعد لکھی گئی رپورٹ بھیج دی گئی ہے اور آپ اسے اب پڑھ سکتے ہیں۔"],
        DISCHARGE_CHANGED: ["عملے نے ہسپتال سے جانے کے منصوبے کا ایک مرحلہ بدلا ہے۔"],
        ACTION_QUESTION_ANSWERED: [
          "عملے نے جائزے میں طے پانے والے ایک کام کے بارے میں آپ کے سوال کا جواب دیا ہے۔",
        ],
      },
      linkLabel: "CETR پورٹل پر اپنی اطلاعات پڑھیں",
      urlLead: "یا یہ پتہ اپنے براؤزر میں کاپی کریں:",
      settingsHeading: "اپنی ای میلز کا انتخاب",
      settingsLead: "آپ چن سکتے ہیں کہ آپ کو کون سی ای میلز ملیں۔ پورٹل پھر بھی سب دکھائے گا۔",
      settingsLabel: "اپنی ای میلز چنیں",
    },
    EASY_READ: {
      heading: {
        ACTION_UPDATED: "ایک کام کے بارے میں نئی خبر ہے",
        ACTION_OVERDUE: "ایک کام دیر سے ہے",
        REVIEW_SCHEDULED: "جائزے کی تاریخ طے ہو گئی ہے",
        REPORT_SENT: "آپ کے جائزے کی رپورٹ تیار ہے",
        DISCHARGE_CHANGED: "ہسپتال سے جانے کا آپ کا منصوبہ بدل گیا ہے",
        ACTION_QUESTION_ANSWERED: "ہم نے آپ کے سوال کا جواب دیا",
      },
      intro: {
        ACTION_UPDATED: [
          "کام وہ چیز ہے جو لوگوں نے کرنے کا کہا۔",
          "کسی نے اس کے بارے میں خبر لکھی ہے۔",
        ],
        ACTION_OVERDUE: ["کام وہ چیز ہے جو لوگوں نے کرنے کا کہا۔", "یہ وقت پر نہیں ہوا۔"],
        REVIEW_SCHEDULED: ["جائزہ آپ کی دیکھ بھال کے بارے میں ملاقات ہے۔", "اب اس کی تاریخ ہے۔"],
        REPORT_SENT: ["رپورٹ بتاتی ہے کہ جائزے میں کیا ہوا۔", "آپ اسے اب پڑھ سکتے ہیں۔"],
        DISCHARGE_CHANGED: ["عملے نے ہسپتال سے جانے کے آپ کے منصوبے کا ایک مرحلہ بدلا ہے۔"],
        ACTION_QUESTION_ANSWERED: [
          "آپ نے ایک کام کے بارے میں پوچھا۔",
          "عملے نے آپ کے لیے جواب لکھا ہے۔",
        ],
      },
      linkLabel: "CETR ویب سائٹ پر اپنی خبریں دیکھیں",
      urlLead: "یا یہ پتہ لکھیں:",
      settingsHeading: "اپنی ای میلز چنیں",
      settingsLead: "آپ بتا سکتے ہیں کہ آپ کون سی ای میلز چاہتے ہیں۔",
      settingsLabel: "اپنی ای میلز چنیں",
    },
  },
};
