import { Button, Form, Notice, Pagination, Tag } from "@cetr/ui";
import { redirect } from "react-router";
import { requireApi } from "../lib/api.server";
import { dateInWords, londonDate } from "../lib/dates";
import { isNotificationKind, notificationHref } from "../lib/notifications";
import { MarkAllNotificationsRead, MyNotifications } from "../lib/notifications.server";
import { usePageText, usePreferences } from "../lib/preferences";
import type { Route } from "./+types/notifications";

/**
 * The in-portal list of what changed (ADR 0026): unread first, then newest.
 * Every notification is listed whatever the email settings; reading the list
 * does not mark it read, the button does (a plain form, so it works without
 * JavaScript). `?after=` / `?before=` page through it.
 */

const PAGE_SIZE = 20;

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const url = new URL(request.url);
  const after = url.searchParams.get("after");
  const before = url.searchParams.get("before");
  const { viewer } = await api.request(
    MyNotifications,
    before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after },
  );
  const list = viewer.notifications;
  return {
    unreadCount: list?.unreadCount ?? 0,
    markedRead: url.searchParams.get("read") === "1",
    items: (list?.edges ?? []).flatMap(({ node }) =>
      node.person && isNotificationKind(node.kind)
        ? [
            {
              id: node.id,
              kind: node.kind,
              read: node.read,
              day: londonDate(new Date(node.createdAt as string)),
              personId: node.person.id,
              personName: node.person.preferredName || node.person.name,
              isYou: node.person.yourRoles.includes("SELF"),
            },
          ]
        : [],
    ),
    newer: list?.pageInfo.hasPreviousPage ? list.pageInfo.startCursor : null,
    older: list?.pageInfo.hasNextPage ? list.pageInfo.endCursor : null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const api = await requireApi(request);
  await api.request(MarkAllNotificationsRead);
  // Post/redirect/get: a refresh does not post again, and the notice survives without JavaScript.
  throw redirect("/notifications?read=1", 303);
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  const { language } = usePreferences();
  const title = t("notifications.title");
  const { items, unreadCount } = loaderData;
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      {loaderData.markedRead ? (
        <Notice title={t("notifications.markedReadTitle")} variant="success" role="status">
          <p>{t("notifications.markedRead")}</p>
        </Notice>
      ) : null}
      <h1>{title}</h1>
      <p>{t("notifications.lead")}</p>
      {items.length === 0 ? (
        <p>{t("notifications.none")}</p>
      ) : (
        <>
          {unreadCount > 0 ? (
            <>
              <p>{t("notifications.unreadCount", { count: unreadCount })}</p>
              <Form method="post">
                <Button type="submit" variant="secondary">
                  {t("notifications.markAllRead")}
                </Button>
              </Form>
            </>
          ) : null}
          <ul className="cetr-list-plain">
            {items.map((item) => (
              <li key={item.id} style={{ borderBottom: "1px solid #b1b4b6", paddingBlock: "1rem" }}>
                <h2 style={{ fontSize: "1.25rem", marginBlock: 0 }}>
                  {item.read ? null : (
                    <>
                      <Tag colour="blue">{t("notifications.newTag")}</Tag>{" "}
                    </>
                  )}
                  {t(`notifications.kinds.${item.kind}`)}
                </h2>
                <p style={{ marginBlock: "0.5rem" }}>
                  {item.isYou
                    ? t("notifications.aboutYou")
                    : t("notifications.about", { name: item.personName })}
                  {" · "}
                  {dateInWords(item.day, language.locale)}
                </p>
                <a href={notificationHref(item.kind, item.personId)}>
                  {t(`notifications.links.${item.kind}`)}
                </a>
              </li>
            ))}
          </ul>
          <Pagination
            label={title}
            previousHref={
              loaderData.newer
                ? `/notifications?before=${encodeURIComponent(loaderData.newer)}`
                : undefined
            }
            nextHref={
              loaderData.older
                ? `/notifications?after=${encodeURIComponent(loaderData.older)}`
                : undefined
            }
            previousText={t("notifications.newer")}
            nextText={t("notifications.older")}
          />
        </>
      )}
      <p>
        <a href="/notifications/settings">{t("notifications.settingsLink")}</a>
      </p>
    </div>
  );
}
