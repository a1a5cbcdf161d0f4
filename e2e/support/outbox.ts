import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/**
 * Reading the emails the API wrote to its outbox folder (CETR_E2E_OUTBOX_DIR,
 * this worker's stack's, see stack.ts), as a person reads their inbox: the newest message of
 * one kind to one address, sent after a given moment.
 */
function outboxDir(): string {
  const dir = process.env.CETR_E2E_OUTBOX_DIR;
  if (!dir) throw new Error("CETR_E2E_OUTBOX_DIR is not set: run through playwright.config.ts");
  return dir;
}

/** The newest email's text (quoted-printable soft breaks and "=3D" undone), once it arrives. */
export async function newestEmail(email: string, kind: string, after: number): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        const dir = outboxDir();
        if (!fs.existsSync(dir)) return undefined;
        const newest = fs
          .readdirSync(dir)
          .filter((name) => name.includes(`--${email}--${kind}`) && name.endsWith(".eml"))
          .map((name) => path.join(dir, name))
          .filter((file) => fs.statSync(file).mtimeMs >= after)
          .sort()
          .at(-1);
        if (!newest) return undefined;
        found = fs
          .readFileSync(newest, "utf8")
          .replace(/=\r?\n/g, "")
          .replace(/=3D/g, "=");
        return found;
      },
      { message: `a ${kind} email to ${email}` },
    )
    .toBeTruthy();
  return found as string;
}

/** The 6-digit code in the newest sign-in email, as it is shown ("123 456"). */
export async function newestSignInCode(email: string, after: number): Promise<string> {
  const text = await newestEmail(email, "sign-in", after);
  const code = /(?<![\d-])(\d{3}) (\d{3})(?![\d-])/.exec(text)?.slice(1, 3).join(" ");
  if (!code) throw new Error(`no code in the sign-in email to ${email}`);
  return code;
}

/** Signs in to the portal by emailed code, from whatever page asked for an email address. */
export async function signInToPortalByCode(page: Page, email: string) {
  const started = Date.now() - 1000;
  await page.getByLabel("Enter your email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const code = await newestSignInCode(email, started);
  await page.getByLabel("Enter the 6-digit code").fill(code);
  await page.getByRole("button", { name: "Sign in" }).click();
}
