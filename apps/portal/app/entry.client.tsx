import { defaultLanguage, i18nextOptions, isRegister, languages } from "@cetr/i18n";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { HydratedRouter } from "react-router/dom";
import { fetchMessages } from "./lib/messages";

// The server chose the language and register and wrote them on <html> (root.tsx); start from
// the same ones so hydration matches.
const root = document.documentElement;
const language = languages.find((l) => l.locale === root.lang)?.code ?? defaultLanguage;
const register = isRegister(root.dataset.register) ? root.dataset.register : "plain";

// Only this page's language and register are downloaded; the page is usable meanwhile, because
// the server rendered all of it. Should that download fail, the page simply stays as the server
// sent it: every journey works without JavaScript.
void fetchMessages(language, register, root.dataset.messagesVersion ?? "").then(
  async (messages) => {
    await i18next.use(initReactI18next).init({
      ...i18nextOptions(language, { [language]: { [register]: messages } }),
      initAsync: false,
      // Re-render when another language or register arrives (root.tsx loads it after a switch).
      react: { bindI18nStore: "added" },
    });
    startTransition(() => {
      hydrateRoot(
        document,
        <I18nextProvider i18n={i18next}>
          <StrictMode>
            <HydratedRouter />
          </StrictMode>
        </I18nextProvider>,
      );
    });
  },
);
