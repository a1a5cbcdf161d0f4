import { isLanguageCode } from "@cetr/i18n";
import uiStyles from "@cetr/ui/styles.css?url";
import { useEffect } from "react";
import { I18nProvider, RouterProvider } from "react-aria-components";
import { useTranslation } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useHref,
  useNavigate,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { SiteLayout } from "./components/SiteLayout";
import { englishTranslationNotice, getRequestPreferences } from "./i18n.server";
import { ensureMessages, messagesUrl } from "./lib/messages";
import { messagesVersion } from "./lib/messages.server";
import { usePageText, usePreferences } from "./lib/preferences";
import { readSessionToken } from "./lib/session.server";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: uiStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: Route.LoaderArgs) {
  const { language, register, pictures, textSize } = await getRequestPreferences(request);
  // Only whether a cookie is there, for the header: pages that need the session check it with the API.
  const signedIn = (await readSessionToken(request)) !== null;
  const translationNotice = englishTranslationNotice(language, register);
  return {
    language,
    register,
    pictures,
    textSize,
    translationNotice,
    signedIn,
    messagesVersion,
  };
}

/** Pages differ by the preferences cookie and browser language, so shared caches must not mix them up. */
export function headers(): HeadersInit {
  return { Vary: "Cookie, Accept-Language", "Cache-Control": "private, no-cache" };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { language, register, textSize } = usePreferences();
  const version = useMessagesVersion();
  return (
    <html
      lang={language.locale}
      dir={language.dir}
      // Every size is in rem, so the root size scales the whole page (ADR 0019).
      className={textSize === "standard" ? undefined : `cetr-text-${textSize}`}
      data-register={register}
      data-messages-version={version}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#005eb8" />
        <Meta />
        <Links />
        {/* Fetched by entry.client.tsx before hydrating: start it with the page, not after the scripts. */}
        <link
          rel="preload"
          as="fetch"
          crossOrigin="anonymous"
          href={messagesUrl(language.code, register, version)}
        />
      </head>
      <body className={register === "easyRead" ? "cetr-register-easy-read" : undefined}>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

/** Which version of the strings the browser should ask for (lib/messages.ts). */
function useMessagesVersion(): string {
  return useRouteLoaderData<typeof loader>("root")?.messagesVersion ?? "";
}

export default function App() {
  const navigate = useNavigate();
  const { language, register } = usePreferences();
  const version = useMessagesVersion();
  const { i18n } = useTranslation();

  // A language or register picked without a page load arrives through revalidated loader data;
  // the browser has only the first page's language and register until then (entry.client.tsx).
  useEffect(() => {
    const code = language.code;
    if (!isLanguageCode(code)) return;
    let current = true;
    ensureMessages(i18n, code, register, version)
      .then(() => {
        if (current && i18n.language !== code) void i18n.changeLanguage(code);
      })
      // Offline: the words already loaded stay (i18next falls back to them); the next page
      // load from the server has the new ones.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [i18n, language.code, register, version]);

  return (
    <I18nProvider locale={language.locale}>
      <RouterProvider navigate={navigate} useHref={useHref}>
        <SiteLayout>
          <Outlet />
        </SiteLayout>
      </RouterProvider>
    </I18nProvider>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  const title = notFound ? t("errors.notFoundTitle") : t("errors.problemTitle");
  return (
    <I18nProvider locale={language.locale}>
      <SiteLayout>
        <title>{`${title} – ${t("common.serviceName")}`}</title>
        <div className="cetr-readable">
          <h1>{title}</h1>
          <p>{notFound ? t("errors.notFoundBody") : t("errors.problemBody")}</p>
          <p>
            <a href="/">{t("errors.goHome")}</a>
          </p>
        </div>
      </SiteLayout>
    </I18nProvider>
  );
}
