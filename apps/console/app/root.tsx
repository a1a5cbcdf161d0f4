import { Footer, Header, PageLayout } from "@cetr/ui";
import uiStyles from "@cetr/ui/styles.css?url";
import type { ReactNode } from "react";
import { I18nProvider, RouterProvider } from "react-aria-components";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useHref,
  useLocation,
  useNavigate,
} from "react-router";
import type { Route } from "./+types/root";
import { pageTitle } from "./lib/format";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: uiStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export function headers(): HeadersInit {
  // Staff pages show personal data: never store them in shared or browser caches.
  return { "Cache-Control": "no-store" };
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#005eb8" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function ConsoleLayout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PageLayout
      skipLinkText="Skip to main content"
      header={
        <Header
          serviceName="CETR staff console"
          homeHref="/people"
          navigationLabel="Console"
          navigation={[
            { href: "/people", label: "People", isCurrent: pathname.startsWith("/people") },
          ]}
        />
      }
      footer={
        <Footer links={[{ href: "/people", label: "People" }]}>
          <p>
            For commissioners and coordinators running Care (Education) and Treatment Reviews.
            Records here are confidential: only open them for someone in your caseload.
          </p>
        </Footer>
      }
    >
      {children}
    </PageLayout>
  );
}

export default function App() {
  const navigate = useNavigate();
  return (
    <I18nProvider locale="en-GB">
      <RouterProvider navigate={navigate} useHref={useHref}>
        <ConsoleLayout>
          <Outlet />
        </ConsoleLayout>
      </RouterProvider>
    </I18nProvider>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  const title = notFound ? "Page not found" : "Sorry, there is a problem with the service";
  return (
    <I18nProvider locale="en-GB">
      <ConsoleLayout>
        <title>{pageTitle(title)}</title>
        <h1>{title}</h1>
        {notFound ? (
          <p>
            If you typed the web address, check it is correct. If you pasted it, check you copied
            all of it.
          </p>
        ) : (
          <p>Try again later. Nothing you entered has been saved unless you were told it was.</p>
        )}
        <p>
          <a href="/people">Go to the list of people</a>
        </p>
      </ConsoleLayout>
    </I18nProvider>
  );
}
