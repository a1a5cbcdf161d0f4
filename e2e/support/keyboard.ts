import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Driving a page as a keyboard-only user does: Tab (or Shift+Tab) to a
 * control, then Enter, Space, arrow keys or typing. Nothing here clicks,
 * checks, selects or fills through Playwright's element actions, so a control
 * that cannot be reached or worked with the keyboard fails the journey, naming
 * the control.
 */

/** How the target sits relative to what has focus now: Tab forwards if it comes later. */
async function comesBeforeFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
}

/** Whether the element with focus is the target (or inside it, for a group). */
async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const active = document.activeElement;
    return active !== null && (active === el || el.contains(active));
  });
}

/** What has focus, described for a failure message. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing (the page body)";
    const label =
      el.getAttribute("aria-label") ??
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
      el.textContent ??
      "";
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${label.trim().slice(0, 80)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab, if the control comes before the focus) until
 * `target` has focus; fails naming the control if `max` presses never reach it.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 120, name }: { max?: number; name?: string } = {},
) {
  const what = name ?? target.toString();
  await expect(target, `${what} is on the page`).toHaveCount(1);
  const key = (await comesBeforeFocus(target)) ? "Shift+Tab" : "Tab";
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  if (await isFocused(target)) return;
  throw new Error(
    `${what} was never reached with ${key} (${max} presses); focus is on ${await describeFocus(page)}`,
  );
}

/** Tabs to a link or button and presses Enter. */
export async function press(page: Page, target: Locator, key: "Enter" | "Space" = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key === "Space" ? " " : key);
}

/** Tabs to a text box and types into it (replacing nothing: boxes are empty or selected first). */
export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  // Select what is there, as a person would before typing over it.
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
}

/** Types a date into the GOV.UK day, month and year boxes inside `scope`. */
export async function typeDate(page: Page, scope: Page | Locator, iso: string) {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  await typeInto(page, scope.getByLabel("Day", { exact: true }), String(d));
  await typeInto(page, scope.getByLabel("Month", { exact: true }), String(m));
  await typeInto(page, scope.getByLabel("Year", { exact: true }), String(y));
}

/**
 * Chooses a radio the keyboard way: Tab into its group (focus lands on the
 * chosen radio, or the first), then arrow keys until the wanted one is
 * chosen; Space if focus is already on it and nothing is chosen yet.
 */
export async function chooseRadio(page: Page, radio: Locator) {
  const what = radio.toString();
  await expect(radio, `${what} is on the page`).toHaveCount(1);
  const groupName = await radio.getAttribute("name");
  const inGroup = radio.page().locator(`input[type=radio][name="${groupName}"]`);
  const size = await inGroup.count();
  // Any radio of the group will do: Tab stops once per group.
  const key = (await comesBeforeFocus(radio)) ? "Shift+Tab" : "Tab";
  for (let i = 0; i < 120; i++) {
    const here = await page.evaluate(
      (name) =>
        document.activeElement instanceof HTMLInputElement &&
        document.activeElement.type === "radio" &&
        document.activeElement.name === name,
      groupName,
    );
    if (here) break;
    await page.keyboard.press(key);
    if (i === 119)
      throw new Error(
        `the radio group of ${what} was never reached; focus is on ${await describeFocus(page)}`,
      );
  }
  if ((await isFocused(radio)) && !(await radio.isChecked())) await page.keyboard.press(" ");
  for (let i = 0; i <= size && !(await radio.isChecked()); i++)
    await page.keyboard.press("ArrowDown");
  await expect(radio, `${what} chosen with the arrow keys`).toBeChecked();
  await expect(radio, `${what} has focus once chosen`).toBeFocused();
}

/** Ticks a checkbox with Space. */
export async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) await page.keyboard.press(" ");
  await expect(checkbox).toBeChecked();
}

/**
 * Chooses an option of a native select without opening it: focus it, go to
 * the top with Home, then ArrowDown until the option with this label is chosen.
 */
export async function chooseOption(page: Page, select: Locator, label: string) {
  await tabTo(page, select);
  const labels = await select.locator("option").allTextContents();
  const index = labels.findIndex((text) => text.trim() === label);
  if (index < 0)
    throw new Error(`${select} has no option "${label}" (it has: ${labels.join("; ")})`);
  await page.keyboard.press("Home");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect(select.locator("option:checked")).toHaveText(label);
}

/**
 * The element with focus shows it (WCAG 2.4.7): an outline, a box shadow or
 * the focus colour's background, as the design system draws it.
 */
export async function expectVisibleFocus(page: Page, where: string) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const css = getComputedStyle(el);
    return {
      outline: css.outlineStyle !== "none" && Number.parseFloat(css.outlineWidth) > 0,
      shadow: css.boxShadow !== "none",
      // The yellow (#ffeb3b) fill links and buttons take.
      fill: css.backgroundColor === "rgb(255, 235, 59)",
    };
  });
  expect(style, `something has focus ${where}`).not.toBeNull();
  expect(
    style?.outline || style?.shadow || style?.fill,
    `the focus is visible ${where} (${await describeFocus(page)})`,
  ).toBe(true);
}

/**
 * After a form is sent, focus is where a keyboard user needs it: the error
 * summary if something was refused, else the status message or the heading.
 */
export async function expectFocusAfterSending(page: Page, where: string) {
  const landing = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return "nothing";
      if (el.closest(".cetr-error-summary")) return "error summary";
      if (el.closest('[role="status"]')) return "status";
      if (el.tagName === "H1") return "heading";
      return "elsewhere";
    });
  // Polled: with JavaScript the answer comes back after the key press returns.
  await expect
    .poll(landing, {
      message: `focus after ${where} is on the error summary, status or heading`,
    })
    .toMatch(/^(error summary|status|heading)$/)
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nFocus is on ${await describeFocus(page)}`);
    });
}
