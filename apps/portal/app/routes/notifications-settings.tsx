import { Button, Checkboxes, Form, Notice } from "@cetr/ui";
import { redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { isNotificationKind, NOTIFICATION_KINDS } from "../lib/notifications";
import { MyNotificationPreferences, SetNotificationPreferences } from "../lib/notifications.server";
import { usePageText } from "../lib/preferences";
import type { Route } from "./+types/notifications-settings";

/**
 * Which notifications also come by email (ADR 0026). One group of native
 * checkboxes: a box left unticked is "no email", so the form always sends
 * every kind and needs no JavaScript. Nothing typed can be invalid.
 */

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { viewer } = await api.request(MyNotificationPreferences);
  return {
    emailed: (viewer.notificationPreferences ?? []).filter((p) => p.email).map((p) => p.kind),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request }: Route.ActionArgs) {
  const api = await requireApi(request);
  const ticked = new Set(
    (await request.formData()).getAll("email").map(String).filter(isNotificationKind),
  );
  await api.request(SetNotificationPreferences, {
    input: NOTIFICATION_KINDS.map((kind) => ({ kind, email: ticked.has(kind) })),
  });
  throw redirect("/notifications/settings?saved=1", 303);
}

export default function NotificationSettings({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  const title = t("notifications.settings.title");
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      {loaderData.saved ? (
        <Notice title={t("notifications.settings.savedTitle")} variant="success" role="status">
          <p>{t("notifications.settings.saved")}</p>
        </Notice>
      ) : null}
      <h1>{title}</h1>
      <p>{t("notifications.settings.lead")}</p>
      <Form method="post">
        <Checkboxes
          id="email"
          name="email"
          legend={t("notifications.settings.legend")}
          hint={t("notifications.settings.hint")}
          options={NOTIFICATION_KINDS.map((kind) => ({
            value: kind,
            label: t(`notifications.kinds.${kind}`),
          }))}
          checked={loaderData.emailed}
        />
        <Button type="submit">{t("notifications.settings.save")}</Button>
      </Form>
      <p>
        <a href="/notifications">{t("notifications.settings.back")}</a>
      </p>
    </div>
  );
}
