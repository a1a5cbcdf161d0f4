import { Button } from "@cetr/ui";
import { useEffect, useRef, useState } from "react";
import { Form, useLocation } from "react-router";
import { usePageText, usePreferences } from "../lib/preferences";

/**
 * Easy read on/off and, in easy read, pictures on/off. Each is a one-button
 * form posting to /preferences, so it works without JavaScript and the choice
 * is remembered by the server. The button says what pressing it will do.
 */
export function PreferencesSwitch() {
  const { t } = usePageText();
  const { register, pictures } = usePreferences();
  const location = useLocation();
  // No hash: the server never sees it, and the rendered value must match on hydration.
  const returnTo = `${location.pathname}${location.search}`;
  const isEasyRead = register === "easyRead";
  const announcement = useChangeAnnouncement(register, pictures);

  return (
    <fieldset className="cetr-options">
      <legend className="cetr-visually-hidden">{t("common.options.label")}</legend>
      <Form method="post" action="/preferences" preventScrollReset>
        <input type="hidden" name="returnTo" value={returnTo} />
        <Button type="submit" name="easyRead" value={isEasyRead ? "off" : "on"} variant="secondary">
          <EasyReadIcon />
          {isEasyRead ? t("common.options.easyReadOff") : t("common.options.easyReadOn")}
        </Button>
      </Form>
      {isEasyRead ? (
        <Form method="post" action="/preferences" preventScrollReset>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Button type="submit" name="pictures" value={pictures ? "off" : "on"} variant="secondary">
            {pictures ? t("common.options.picturesOff") : t("common.options.picturesOn")}
          </Button>
        </Form>
      ) : null}
      <p className="cetr-visually-hidden" aria-live="polite">
        {announcement ? t(`common.options.${announcement}`) : ""}
      </p>
    </fieldset>
  );
}

type Announcement =
  | "announceEasyRead"
  | "announcePlain"
  | "announcePicturesShown"
  | "announcePicturesHidden";

/**
 * With JavaScript the switch changes the page without a reload, so focus
 * stays on the button and nothing else would tell a screen reader user that
 * the whole page changed. Empty on first render, so a full page load (the
 * no-JavaScript path) announces nothing twice.
 */
function useChangeAnnouncement(register: string, pictures: boolean): Announcement | undefined {
  const previous = useRef({ register, pictures });
  const [announcement, setAnnouncement] = useState<Announcement>();
  useEffect(() => {
    const before = previous.current;
    previous.current = { register, pictures };
    if (before.register !== register) {
      setAnnouncement(register === "easyRead" ? "announceEasyRead" : "announcePlain");
    } else if (before.pictures !== pictures) {
      setAnnouncement(pictures ? "announcePicturesShown" : "announcePicturesHidden");
    }
  }, [register, pictures]);
  return announcement;
}

/** A page with a picture beside a line of text: the usual easy-read symbol, drawn here. */
function EasyReadIcon() {
  return (
    <svg
      className="cetr-options__icon"
      viewBox="0 0 32 24"
      width="32"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="1"
        y="1"
        width="30"
        height="22"
        rx="3"
        fill="#ffffff"
        stroke="#005eb8"
        strokeWidth="2"
      />
      <circle cx="8.5" cy="9" r="3" fill="#005eb8" />
      <path d="M3.5 19 a5 4.5 0 0 1 10 0 Z" fill="#005eb8" />
      <path
        d="M17 8 H27 M17 13 H27 M17 18 H24"
        stroke="#212b32"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
