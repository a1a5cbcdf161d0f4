import { graphql } from "@cetr/graphql";
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
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { apiFor } from "./lib/api.server";
import { useFocusAfterNavigation } from "./lib/focus-after-navigation";
import { pageTitle } from "./lib/format";
import { readSessionToken } from "./lib/session.server";

const SignedInAs = graphql(`
  query SignedInAs { viewer { user { displayName } } }
`);

/** Who is signed in, for the header; nobody when there is no session or it has ended. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = await readSessionToken(request);
  if (!token) return { signedInAs: null };
  const viewer = await apiFor(token)
    .request(SignedInAs)
    .then((r) => r.viewer.user?.displayName ?? null)
    .catch(() => null);
  return { signedInAs: viewer };
}

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

/** The console's sections, with the one the page belongs to marked current. */
const CONSOLE_NAVIGATION = (pathname: string) => [
  {
    href: "/",
    label: "Dashboard",
    isCurrent: pathname === "/" || pathname.startsWith("/dashboard"),
  },
  { href: "/people", label: "People", isCurrent: pathname.startsWith("/people") },
  { href: "/register", label: "Register", isCurrent: pathname.startsWith("/register") },
  { href: "/requests", label: "Requests", isCurrent: pathname.startsWith("/requests") },
  { href: "/returns", label: "Returns", isCurrent: pathname.startsWith("/returns") },
  {
    href: "/oversight",
    label: "Oversight",
    isCurrent: pathname.startsWith("/oversight"),
  },
];

function ConsoleLayout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const signedInAs = useRouteLoaderData<typeof loader>("root")?.signedInAs ?? null;
  return (
    <PageLayout
      skipLinkText="Skip to main content"
      header={
        <Header
          serviceName="CETR staff console"
          homeHref="/"
          navigationLabel="Console"
          // Signed out, every page but sign-in sends you to sign in: no links that lead nowhere.
          navigation={signedInAs ? CONSOLE_NAVIGATION(pathname) : []}
        >
          {signedInAs ? (
            <form method="post" action="/sign-out" className="cetr-signed-in">
              <span>Signed in as {signedInAs}</span>{" "}
              <button type="submit" className="cetr-link-button">
                Sign out
              </button>
            </form>
          ) : null}
        </Header>
      }
      footer={
        <Footer
          links={
            signedInAs
              ? [
                  { href: "/", label: "Dashboard" },
                  { href: "/people", label: "People" },
                ]
              : []
          }
        >
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
  useFocusAfterNavigation();
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
