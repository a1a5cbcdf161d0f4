import { useEffect, useRef } from "react";
import { useNavigation } from "react-router";

/**
 * Where focus goes once JavaScript has changed the page under a keyboard or
 * screen reader user: what they need to hear first. A refusal's error
 * summary, else the result of what they did (a status message), else the
 * page's heading.
 */
function focusTarget(): HTMLElement | null {
  const main = document.getElementById("main-content");
  if (!main) return null;
  return (
    main.querySelector<HTMLElement>(".cetr-error-summary") ??
    main.querySelector<HTMLElement>('[role="status"]') ??
    main.querySelector<HTMLElement>("h1")
  );
}

/**
 * With JavaScript, React Router swaps the page in place instead of loading a
 * new one, so the link or button that was pressed is often removed (a form is
 * keyed to start empty again) and focus falls to the page body: the next Tab
 * starts from the top, and a screen reader says nothing about what happened.
 * Without JavaScript a new page loads (focus starts at the top, or on the
 * error summary, which has `autofocus`). This moves focus, after each
 * navigation or form post, to the error summary, the status message or the
 * heading (WCAG 2.4.3 focus order; 4.1.3 status messages), unless the page
 * has already moved focus somewhere on purpose (a question it opened, the
 * error summary on first showing). A GET form (a filter) keeps focus where it
 * is: the list below it changes, not the page.
 */
export function useFocusAfterNavigation() {
  const navigation = useNavigation();
  const started = useRef<{ active: Element | null; isGetForm: boolean } | null>(null);

  useEffect(() => {
    if (navigation.state !== "idle") {
      started.current ??= {
        active: document.activeElement,
        isGetForm: navigation.formMethod?.toUpperCase() === "GET",
      };
      return;
    }
    const before = started.current;
    started.current = null;
    if (!before || before.isGetForm) return;
    const active = document.activeElement;
    const untouched = !active || active === document.body || active === before.active;
    if (!untouched) return;
    const target = focusTarget();
    if (!target) return;
    // Headings and status messages are not focusable by Tab: only by script, here.
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }, [navigation.state, navigation.formMethod]);
}
