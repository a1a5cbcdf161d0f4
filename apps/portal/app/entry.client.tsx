import { defaultLanguage, i18nextOptions, languages } from "@cetr/i18n";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { HydratedRouter } from "react-router/dom";

// The server chose the language and wrote it into <html lang>; start from the same one so hydration matches.
const htmlLang = document.documentElement.lang;
const language = languages.find((l) => l.locale === htmlLang)?.code ?? defaultLanguage;

void i18next.use(initReactI18next).init({ ...i18nextOptions(language), initAsync: false });

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
