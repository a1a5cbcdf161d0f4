import { graphql } from "@cetr/graphql";
import { Button, ErrorSummary, Form } from "@cetr/ui";
import { data, redirect } from "react-router";
import { anonymousApi, requireApi } from "../lib/api.server";
import { usePageText } from "../lib/preferences";
import { readSessionToken, storeSession } from "../lib/session.server";
import type { Route } from "./+types/invitation";

const PortalInvitation = graphql(`
  query PortalInvitation($token: String!) {
    portalInvitation(token: $token) { status personName invitedByName kind }
  }
`);

const AcceptInvitation = graphql(`
  mutation PortalAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { token errors { code field message } }
  }
`);

type ErrorKey = "invitation.errors.notConfirmed" | "invitation.errors.wrongAccount";

async function pageData(request: Request, token: string) {
  const { portalInvitation } = await anonymousApi.request(PortalInvitation, { token });
  return {
    token,
    signedIn: (await readSessionToken(request)) !== null,
    status: portalInvitation.status,
    personName: portalInvitation.personName,
    invitedByName: portalInvitation.invitedByName,
    kind: portalInvitation.kind,
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  return pageData(request, params.token);
}

export async function action({ request, params }: Route.ActionArgs) {
  const api = await requireApi(request);
  const form = await request.formData();
  const confirmed = form.get("confirmed") === "yes";
  const { acceptInvitation } = await api.request(AcceptInvitation, {
    input: { token: params.token, confirmed },
  });
  if (acceptInvitation.token) {
    // The API replaced the session (new privileges): the old token no longer works.
    throw redirect("/home", {
      status: 303,
      headers: { "Set-Cookie": await storeSession(request, acceptInvitation.token) },
    });
  }
  const codes = acceptInvitation.errors.map((e) => e.code);
  // No longer valid (used or withdrawn meanwhile): the page itself now says why.
  if (codes.includes("INVITATION_NOT_VALID")) throw redirect(new URL(request.url).pathname, 303);
  const error: ErrorKey = codes.includes("INVITATION_WRONG_ACCOUNT")
    ? "invitation.errors.wrongAccount"
    : "invitation.errors.notConfirmed";
  return data({ ...(await pageData(request, params.token)), error }, { status: 400 });
}

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePageText();
  const page = actionData ?? loaderData;
  const error = actionData?.error;
  const suffix = ` – ${t("common.serviceName")}`;

  if (page.status !== "VALID") {
    const title = t(`invitation.status.${page.status}.title`);
    return (
      <div className="cetr-readable">
        <title>{`${title}${suffix}`}</title>
        <h1>{title}</h1>
        <p>{t(`invitation.status.${page.status}.body`)}</p>
        <p>
          <a href={page.signedIn ? "/home" : "/sign-in"}>
            {page.signedIn ? t("common.yourPage") : t("common.signIn")}
          </a>
        </p>
      </div>
    );
  }

  const name = page.personName ?? "";
  const by = page.invitedByName ?? "";
  const title = name ? t("invitation.titleWithName", { name }) : t("invitation.title");
  const kind = page.kind ?? "OTHER_FAMILY";
  return (
    <div className="cetr-readable">
      <title>{`${error ? `${t("common.errorPrefix")} ` : ""}${title}${suffix}`}</title>
      {error ? (
        <ErrorSummary
          title={t("common.errorSummaryTitle")}
          errors={[
            {
              fieldId: error === "invitation.errors.notConfirmed" ? "confirmed" : "accept",
              message: t(error),
            },
          ]}
        />
      ) : null}
      <h1>{title}</h1>
      <p>
        {kind === "SELF"
          ? t("invitation.invitedYou", { by })
          : t("invitation.invitedBy", { by, name })}
      </p>
      <p>{t("invitation.what", { name })}</p>
      {page.signedIn ? (
        <Form method="post">
          <fieldset
            className={`cetr-fieldset cetr-form-group${error === "invitation.errors.notConfirmed" ? " cetr-form-group--error" : ""}`}
            aria-describedby={error ? "confirmed-error" : undefined}
          >
            <legend className="cetr-fieldset__legend">{t("invitation.confirmLegend")}</legend>
            {error ? (
              <p id="confirmed-error" className="cetr-error-message">
                <span className="cetr-visually-hidden">{`${t("common.errorPrefix")} `}</span>
                {t(error)}
              </p>
            ) : null}
            <div className="cetr-radios__item">
              {/* A native checkbox: it posts "yes" without JavaScript. */}
              <input
                id="confirmed"
                name="confirmed"
                type="checkbox"
                value="yes"
                style={{
                  position: "absolute",
                  insetInlineStart: 0,
                  top: 0,
                  width: "2.75rem",
                  height: "2.75rem",
                  margin: 0,
                }}
              />
              <label htmlFor="confirmed" className="cetr-label cetr-radios__label">
                {t(`invitation.confirm.${kind}`, { name })}
              </label>
            </div>
          </fieldset>
          <Button id="accept" type="submit">
            {t("invitation.accept")}
          </Button>
        </Form>
      ) : (
        <>
          <p>{t("invitation.signInFirst")}</p>
          <p>
            <a
              className="cetr-button"
              href={`/sign-in?${new URLSearchParams({ returnTo: `/invitation/${encodeURIComponent(page.token)}` })}`}
            >
              {t("invitation.signInButton")}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
