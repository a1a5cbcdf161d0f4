import { resources, translations } from "@cetr/i18n/resources";
import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS, notificationHref } from "../app/lib/notifications";

/*
 * The in-portal list (issue 7 item 5): each kind of notification — an action
 * updated or overdue, a review scheduled, a report ready, a discharge step
 * changed, and a question answered — reads in the account's language and
 * register, translated (not the English fallback), and links to the page
 * that shows what changed.
 */

const PERSON = "UGVyc29uOjE=";

describe("the notifications list, for every kind", () => {
  it.each(NOTIFICATION_KINDS)("%s has its own words in plain English and easy read", (kind) => {
    const { plain, easyRead } = resources.en;
    for (const group of ["kinds", "links"] as const) {
      expect(plain.notifications[group][kind]).toMatch(/\w/);
      expect(easyRead.notifications[group][kind]).toMatch(/\w/);
    }
    // Easy read says it in its own, simpler words at least once.
    expect(
      easyRead.notifications.kinds[kind] !== plain.notifications.kinds[kind] ||
        easyRead.notifications.links[kind] !== plain.notifications.links[kind],
    ).toBe(true);
  });

  it.each(NOTIFICATION_KINDS)(
    "%s is translated into Polish and Urdu, in both registers",
    (kind) => {
      for (const language of ["pl", "ur"] as const)
        for (const register of ["plain", "easyRead"] as const) {
          const words = translations[language][register].notifications;
          expect(words?.kinds?.[kind], `${language} ${register} kinds`).toMatch(/\S/);
          expect(words?.links?.[kind], `${language} ${register} links`).toMatch(/\S/);
          expect(words?.kinds?.[kind]).not.toBe(resources.en[register].notifications.kinds[kind]);
        }
    },
  );

  it("links each kind to the page that shows what changed", () => {
    const path = `/people/${encodeURIComponent(PERSON)}`;
    expect(
      Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, notificationHref(k, PERSON)])),
    ).toEqual({
      ACTION_UPDATED: `${path}/actions`,
      ACTION_OVERDUE: `${path}/actions`,
      REVIEW_SCHEDULED: "/home",
      REPORT_SENT: `${path}/actions`,
      DISCHARGE_CHANGED: `${path}/leaving-hospital/tracker`,
      ACTION_QUESTION_ANSWERED: `${path}/actions`,
    });
  });
});
