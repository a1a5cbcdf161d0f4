import { crc32, deflateSync } from "node:zlib";
import { graphql } from "@cetr/graphql";
import type { Page, TestInfo } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  signInToConsole,
  signInToPortalAs,
  snapshot,
  test,
} from "../support/fixtures.js";

/**
 * The one-page profile: a parent carer writes it (a mistake first, which
 * keeps every answer), sends it to the review team and prints it on one A4
 * page; the staff console shows the version sent, with who wrote each
 * answer; the home page's task list shows the statuses. The three projects
 * share one database, in any order: Sarah, Alex's mum, on the desktop and
 * Alex himself without JavaScript change Alex's profile (sent before, with
 * an answer from Jo, his advocate, which both leave as it is); Tariq writes
 * Daniyal's ("Dan") first profile at 320 px.
 */
const journeys = {
  desktop: {
    email: "sarah.morgan@family.example",
    writer: "Sarah Morgan (parent carer)",
    person: "Alex",
    sentBefore: true,
  },
  "mobile-320": {
    email: "tariq.hussain@family.example",
    writer: "Tariq Hussain (parent carer)",
    person: "Dan",
    sentBefore: false,
  },
  "no-js": {
    email: "alex.morgan@young.example",
    writer: "Alex Morgan (the young person)",
    person: "Alex",
    sentBefore: true,
  },
} as const;

/** Realistic, long answers: close to the 500-character limit, so the A4 check means something. */
const ANSWERS = {
  "What do people like and admire about you?":
    "People say I am funny and loyal, and that I never give up once I have decided to do something. I know everything about trains: the timetables, the engines and the old lines that closed. My grandad says I am the best person to go on a day out with, because I plan every part of it and I make sure nobody gets lost. My teachers say I am kind to the younger children at school and that I notice when someone is sad before anyone else does. I am good at drawing maps and at fixing bikes.",
  "What is important to you?":
    "My cat Pixel, my bedroom with the blue light, and going the same way to school every day. Knowing what is going to happen next, with plenty of warning if something changes. Having my headphones with me when it is noisy. Saturday mornings at the railway club with my friends, and my tablet with my train videos. Being asked what I think before decisions are made about me, and being allowed time to answer. Eating my tea at six o'clock, and having my own space when I get home from school.",
  "How can people best support you?":
    "Tell me what is happening before it happens, and write it down or show me a picture if you can. Use short sentences and give me time to think before you ask me again. If I am getting upset, give me space and a quiet place to go, and do not touch me or raise your voice. Let me use my headphones. Do not make me look at you when you talk to me. Check with Mum if you are not sure what I need. When I am calm again, talk to me about what happened, one thing at a time, please.",
  "Who is important to you?":
    "Mum, who knows me best and helps me with everything. My sister Jo, who makes me laugh. Grandad, who takes me to see the steam trains. My cat Pixel. Mrs Khan at school, who understands me and helps me when lessons get too much. My friends at the railway club, especially Sam and Priya. Jo Adebayo, my advocate, who helps me say what I want. Sam Patel, my care coordinator, who explains things to me properly. My aunt Lisa in Leeds, who I talk to on video calls every Sunday evening.",
  "How do you communicate?":
    "I talk, but when I am anxious I find it hard to find the words, so I might go quiet or use my phone to type what I mean. I like it when people write things down or show me pictures. I need extra time to answer questions, and I answer best when I am asked one question at a time. I understand things better when people say exactly what they mean, without jokes or hints. If I say I am fine but I am rocking or covering my ears, I am not fine: please give me a break and ask me later.",
} as const;

/**
 * A real 600×600 PNG, made here (a few kB: one colour compresses well): NHS
 * blue with a white square in the middle. Large enough that the sheet has to
 * shrink it, on screen and on the printed page.
 */
function tinyPng(): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    const typed = Buffer.concat([Buffer.from(type, "latin1"), body]);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([head, typed, crc]);
  };
  const size = 600;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < size; x++) {
      const inner = x > size / 3 && x < (size * 2) / 3 && y > size / 3 && y < (size * 2) / 3;
      rows.push(...(inner ? [255, 255, 255] : [0, 94, 184]));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function check(page: Page, testInfo: TestInfo, name: string) {
  await expectNoAxeViolations(page, name);
  await snapshot(page, testInfo, name);
}

/** The home page's entry for one young person. */
function personOnHome(page: Page, person: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(person) }) });
}

function taskStatus(page: Page, person: string, task: string) {
  return personOnHome(page, person)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: task }) });
}

/** Pages in a PDF: each page object is "/Type /Page" (the page tree is "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test("a parent carer (or the young person) writes the one-page profile, sends it and prints it on one A4 page; staff see it", async ({
  page,
  portalUrl,
  consoleUrl,
}, testInfo) => {
  test.setTimeout(240_000);
  const journey = journeys[testInfo.project.name as keyof typeof journeys];
  const isAlex = journey.person === "Alex";
  const isDesktop = testInfo.project.name === "desktop";
  const hasJs = testInfo.project.use.javaScriptEnabled !== false;
  await signInToPortalAs(page, portalUrl, journey.email);

  // Home: who this is about, the next review in words, what to do next, the task list.
  await page.goto(`${portalUrl}/home`);
  await expect(page.getByRole("heading", { name: "Getting ready" })).toBeVisible();
  await expect(taskStatus(page, journey.person, "One-page profile")).toContainText(
    journey.sentBefore ? "Completed" : "Not started",
  );
  await expect(personOnHome(page, journey.person)).toContainText(
    {
      desktop: "Alex's next review is on Wednesday 2 December.",
      "mobile-320": "Dan does not have a review date yet.",
      "no-js": "Your next review is on Wednesday 2 December.",
    }[testInfo.project.name as keyof typeof journeys],
  );
  if (journey.person === "Dan") {
    // No review date and nothing written: the profile is the thing to do next.
    await expect(taskStatus(page, "Dan", "My CETR Planner")).toContainText("Not started");
    // A review is planned, with no date yet: the planner comes first.
    await expect(personOnHome(page, "Dan")).toContainText(
      "What to do nextFill in My CETR Planner and send it before the review.",
    );
  } else {
    // Alex's planner has answers (and may have been sent by the planner journey).
    await expect(taskStatus(page, "Alex", "My CETR Planner")).toContainText(
      /In progress|Completed/,
    );
  }
  await expect(page.getByRole("link", { name: "Ask for a review" })).toBeVisible();
  await check(page, testInfo, "profile-home-before");

  await personOnHome(page, journey.person).getByRole("link", { name: "One-page profile" }).click();
  await expect(page).toHaveTitle("One-page profile – Your CETR");
  await check(page, testInfo, "profile-overview-before");
  await page
    .getByRole("link", { name: journey.sentBefore ? "Change the profile" : "Write the profile" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write your one-page profile");

  // Alex's profile was sent before: what Jo wrote is kept, and says who wrote it.
  const support = page.getByLabel("How can people best support you?");
  if (isAlex) {
    await expect(support).toHaveValue("Tell me what is happening before it happens");
    await expect(page.getByText("Written by Jo Adebayo (advocate)")).toBeVisible();
  }
  // Alex's own changes differ from his mum's, which may already have been sent.
  const answers =
    isAlex && !isDesktop
      ? {
          ...ANSWERS,
          "Who is important to you?": ANSWERS["Who is important to you?"].replace(
            "Mum,",
            "My mum,",
          ),
        }
      : ANSWERS;
  const fill = Object.entries(answers).filter(
    ([label]) => !(isAlex && label === "How can people best support you?"),
  );
  for (const [label, text] of fill) await page.getByLabel(label).fill(text);
  // A mistake: one answer too long. The error summary says so; nothing typed is lost.
  const tooLong = `${ANSWERS["How do you communicate?"]} I also use some signs.`;
  await page.getByLabel("How do you communicate?").fill(tooLong);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveTitle("Error: Write your one-page profile – Your CETR");
  const summary = page.locator(".cetr-error-summary");
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText(
    `Your answer must be 500 characters or fewer. It is ${tooLong.length} characters now.`,
  );
  for (const [label, text] of fill.slice(0, -1))
    await expect(page.getByLabel(label)).toHaveValue(text);
  await expect(page.getByLabel("How do you communicate?")).toHaveValue(tooLong);
  await check(page, testInfo, "profile-edit-error");
  await summary.getByRole("link", { name: /500 characters or fewer/ }).click();
  await page.getByLabel("How do you communicate?").fill(ANSWERS["How do you communicate?"]);
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Saved as a draft: staff cannot see it until it is sent.
  await expect(page).toHaveTitle("One-page profile – Your CETR");
  await expect(
    page.getByRole("heading", { name: "Your changes have not been sent" }),
  ).toBeVisible();
  const sheet = page.locator(".cetr-profile-sheet");
  const box = (title: string) => sheet.locator("section").filter({ hasText: title });
  await expect(box("What is important to me")).toContainText("My cat Pixel");
  // Every journey changes this answer; the others may keep an earlier writer.
  await expect(box("People who are important to me")).toContainText(`Written by ${journey.writer}`);
  if (isAlex)
    await expect(box("How best to support me")).toContainText("Written by Jo Adebayo (advocate)");
  await expect(sheet).toContainText(/Not sent yet\. Last changed on \w+day \d{1,2} \w+\./);

  // A photo (ADR 0022): a text file named .png is refused, and the description typed is kept.
  const altText = `${journey.person} smiling in a blue shirt (${testInfo.project.name})`;
  await page.getByRole("link", { name: /^(Add a photo|Change or remove the photo)$/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^(Add a photo|Change or remove the photo)$/,
  );
  const photoInput = page.getByLabel("Choose a photo");
  const describe = page.getByLabel("Describe the photo, for people who cannot see it");
  await photoInput.setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("This is a text file, not a picture.\n"),
  });
  await describe.fill(altText);
  await page.getByRole("button", { name: "Save the photo" }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary).toContainText("The file must be a photo saved as JPEG or PNG");
  await expect(describe).toHaveValue(altText);
  await check(page, testInfo, "profile-photo-error");
  await photoInput.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: tinyPng() });
  await page.getByRole("button", { name: "Save the photo" }).click();
  await expect(page).toHaveTitle("One-page profile – Your CETR");
  await expect(sheet.getByRole("img", { name: altText })).toBeVisible();
  // Removed (a plain form, so without JavaScript too), then added again for the review team.
  await page.getByRole("link", { name: "Change or remove the photo" }).click();
  await expect(
    page.getByRole("region", { name: "The photo on the profile now" }).getByRole("img"),
  ).toHaveAccessibleName(altText);
  await expect(describe).toHaveValue(altText);
  await page.getByRole("button", { name: "Remove the photo" }).click();
  await expect(page).toHaveTitle("One-page profile – Your CETR");
  await expect(sheet.getByRole("img")).toHaveCount(0);
  await page.getByRole("link", { name: "Add a photo" }).click();
  await photoInput.setInputFiles({ name: "me.png", mimeType: "image/png", buffer: tinyPng() });
  await describe.fill(altText);
  await page.getByRole("button", { name: "Save the photo" }).click();
  await expect(sheet.getByRole("img", { name: altText })).toBeVisible();
  // 600 px wide, shown at most 8 rem wide: it never crowds out the answers.
  const shown = await sheet.getByRole("img", { name: altText }).boundingBox();
  expect(shown?.width).toBeLessThanOrEqual(8 * 16);
  // The answers written before are all still there.
  await expect(box("What is important to me")).toContainText("My cat Pixel");
  await check(page, testInfo, "profile-overview-draft");

  if (isDesktop) {
    // Easy read: short sentences, a picture beside each idea and each section; pictures can go.
    await page.getByRole("button", { name: "Switch to easy read" }).click();
    await expect(page.getByText("Your profile tells people who you are.")).toBeVisible();
    await expect(sheet.locator(".cetr-pictogram")).toHaveCount(5);
    await check(page, testInfo, "profile-overview-easy-read");
    await page.getByRole("link", { name: "Change the photo" }).click();
    await expect(page.getByText("You can add a photo of you.")).toBeVisible();
    await check(page, testInfo, "profile-photo-easy-read");
    await page.getByRole("link", { name: "Back to the profile" }).click();
    await page.getByRole("link", { name: "Change the profile" }).click();
    await expect(page.locator(".profile-question .cetr-pictogram")).toHaveCount(5);
    await check(page, testInfo, "profile-edit-easy-read");
    await page.getByRole("link", { name: "Back to the profile" }).click();
    await expect(page).toHaveTitle("One-page profile – Your CETR");
    await page.getByRole("button", { name: "Hide pictures" }).click();
    await expect(sheet.locator(".cetr-pictogram")).toHaveCount(0);
    await check(page, testInfo, "profile-overview-easy-read-no-pictures");
    await page.getByRole("button", { name: "Show pictures" }).click();
    await page.getByRole("button", { name: "Switch to plain English" }).click();
    await expect(page.getByText("A one-page profile tells the review team")).toBeVisible();
  }

  await page.getByRole("button", { name: "Send to my review team" }).click();
  await expect(page).toHaveTitle("Profile sent – Your CETR");
  await expect(page.getByRole("heading", { level: 1, name: "Profile sent" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
  await check(page, testInfo, "profile-sent");

  await page.getByRole("link", { name: "See and print your profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile has been sent" })).toBeVisible();
  await expect(sheet).toContainText(/Sent to the review team on \w+day \d{1,2} \w+\./);
  await expect(page.getByText("Cmd and P on a Mac")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print this page" })).toHaveCount(hasJs ? 1 : 0);
  await check(page, testInfo, "profile-overview-sent");

  // Printed: the sheet alone, on one A4 page.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".cetr-header")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Print the profile" })).toBeHidden();
  await expect(sheet).toBeVisible();
  // The photo prints too, small enough that the sheet stays on one page.
  await expect(sheet.getByRole("img", { name: altText })).toBeVisible();
  await snapshot(page, testInfo, "profile-print");
  // page.pdf prints with print styles, unless screen media is emulated: so the override goes after.
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  expect(pdfPageCount(pdf), "the printed profile's pages").toBe(1);
  if (hasJs) {
    // Easy read prints at the same fixed size, pictures included: still one page.
    await page.getByRole("button", { name: "Switch to easy read" }).click();
    await expect(sheet.locator(".cetr-pictogram")).toHaveCount(5);
    const easyReadPdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    expect(pdfPageCount(easyReadPdf), "the easy-read profile's pages").toBe(1);
    await page.getByRole("button", { name: "Switch to plain English" }).click();
  }

  // The staff console shows the version sent, with who wrote each answer.
  const personId = decodeURIComponent(new URL(page.url()).pathname.split("/")[2] ?? "");
  await page.context().clearCookies();
  await signInToConsole(page, consoleUrl, `/people/${encodeURIComponent(personId)}/profile`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    new RegExp(`^One-page profile: ${journey.person}`),
  );
  await expect(
    page.getByText(/^Version \d+, sent by the family on \d{1,2} \w+ \d{4}\.$/),
  ).toBeVisible();
  await expect(
    page.locator(".cetr-profile-sheet section").filter({ hasText: "What is important to me" }),
  ).toContainText(`My cat Pixel`);
  // The photo the family sent, with its description for people who cannot see it.
  await expect(
    page.locator(".cetr-profile-sheet").getByRole("img", { name: altText }),
  ).toBeVisible();
  await expect(
    page
      .locator(".cetr-profile-sheet section")
      .filter({ hasText: "People who are important to me" }),
  ).toContainText(`Written by ${journey.writer.replace(/ \(.*\)$/, "")}`);
  if (isAlex)
    await expect(
      page.locator(".cetr-profile-sheet section").filter({ hasText: "How best to support me" }),
    ).toContainText("Written by Jo Adebayo");
  await check(page, testInfo, "console-profile");
  const staffPdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdfPageCount(staffPdf), "the console's printed profile").toBe(1);

  // Back home as the parent carer: the profile is Completed.
  await page.context().clearCookies();
  await signInToPortalAs(page, portalUrl, journey.email);
  await page.goto(`${portalUrl}/home`);
  await expect(taskStatus(page, journey.person, "One-page profile")).toContainText("Completed");
  await check(page, testInfo, "profile-home-after");
});

const PeopleNamed = graphql(`
  query E2eProfilePeople($first: Int) { people(first: $first) { edges { node { id name } } } }
`);

test("the console says when no profile has been shared", async ({
  page,
  consoleUrl,
  api,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "One project is enough for an empty state");
  // Callum has no family account: nobody has sent a profile for him.
  const { people } = await api.request(PeopleNamed, { first: 100 });
  const callum = people.edges.find((e) => e.node.name.startsWith("Callum"))?.node;
  expect(callum, "Callum is in the demo data").toBeTruthy();
  await signInToConsole(
    page,
    consoleUrl,
    `/people/${encodeURIComponent(callum?.id ?? "")}/profile`,
  );
  await expect(page.getByText("No profile has been shared yet.")).toBeVisible();
  await check(page, testInfo, "console-profile-none");
});

test("the home page shows each tool's status in easy read", async ({
  page,
  portalUrl,
}, testInfo) => {
  test.skip(testInfo.project.name !== "mobile-320", "Easy read at 320 px");
  await signInToPortalAs(page, portalUrl, "tariq.hussain@family.example");
  await page.goto(`${portalUrl}/home`);
  // Tariq's son Daniyal likes to be called Dan.
  await page.getByRole("button", { name: "Switch to easy read" }).click();
  await expect(page.getByRole("heading", { name: "What to do next" })).toBeVisible();
  const planner = taskStatus(page, "Dan", "My CETR Planner");
  await expect(planner).toContainText(/Not started|Started|Finished/);
  await expect(page.locator(".cetr-task-list .cetr-pictogram").first()).toBeVisible();
  await check(page, testInfo, "profile-home-easy-read");
});
