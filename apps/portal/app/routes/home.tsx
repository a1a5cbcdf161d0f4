import { graphql } from "@cetr/graphql";
import { EasyReadList, Pictogram, type PictogramName, Tag } from "@cetr/ui";
import { actionsPath, lateCount, reportPath } from "../lib/actions";
import { requireApi } from "../lib/api.server";
import { dateInWords } from "../lib/dates";
import { personTasks } from "../lib/home";
import { leavingPath } from "../lib/leaving-hospital";
import { plannerPath } from "../lib/planner";
import { toPlannerDocument } from "../lib/planner.server";
import { usePageText, usePreferences } from "../lib/preferences";
import { profilePath } from "../lib/profile";
import type { Route } from "./+types/home";
import { StatusTag } from "./planner-parts";

const PortalHome = graphql(`
  query PortalHome {
    viewer {
      user { displayName }
      unreadNotificationCount
      people {
        id
        name
        preferredName
        yourRoles
        reviews { id kind status scheduledOn heldOn report { isSent } }
        actions { status isOverdue }
        dischargePlans { id steps { trackerStatus } }
        plannerDocuments {
          id
          kind
          status
          version
          submittedAt
          updatedAt
          review { id }
          answers { questionKey answer writtenAt author { id displayName } }
          photo { altText uploadedAt }
        }
      }
    }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const api = await requireApi(request);
  const { viewer } = await api.request(PortalHome);
  return {
    name: viewer.user?.displayName ?? null,
    unreadNotifications: viewer.unreadNotificationCount ?? 0,
    people: viewer.people.map((person) => {
      const documents = person.plannerDocuments.map((d) => ({
        kind: d.kind,
        ...toPlannerDocument(d),
        updatedAt: d.updatedAt as string,
        // Enough to tell a new photo from the sent one (the task list's status), not the image.
        photo: d.photo
          ? { altText: d.photo.altText, uploadedAt: d.photo.uploadedAt as string }
          : null,
      }));
      return {
        id: person.id,
        // The name the person likes to be called, where they have told us one.
        name: person.preferredName || person.name,
        isSelf: person.yourRoles.includes("SELF"),
        hasActions: person.actions.length > 0,
        lateActions: lateCount(person.actions),
        // Sent reports, newest review first: each is its own link.
        reports: person.reviews
          .filter((r) => r.report?.isSent && r.heldOn)
          .map((r) => ({ reviewId: r.id, heldOn: (r.heldOn as string).slice(0, 10) }))
          .sort((a, b) => b.heldOn.localeCompare(a.heldOn)),
        ...personTasks({
          reviews: person.reviews.map((r) => ({
            id: r.id,
            status: r.status,
            scheduledOn: (r.scheduledOn as string | null) ?? null,
            heldOn: (r.heldOn as string | null) ?? null,
          })),
          planners: documents.filter((d) => d.kind === "CETR_PLANNER"),
          profiles: documents.filter((d) => d.kind === "ONE_PAGE_PROFILE"),
          dischargePlans: person.dischargePlans,
        }),
      };
    }),
  };
}

type Person = Route.ComponentProps["loaderData"]["people"][number];

/** Who this is about, the next review in words, what to do next and each tool's status. */
export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = usePageText();
  const title = t("home.title");
  return (
    <div className="cetr-readable">
      <title>{`${title} – ${t("common.serviceName")}`}</title>
      <h1>{loaderData.name ? t("home.greeting", { name: loaderData.name }) : title}</h1>
      <p>
        <a
          href="/notifications"
          aria-describedby={loaderData.unreadNotifications > 0 ? "notifications-unread" : undefined}
        >
          {t("notifications.homeLink")}
        </a>{" "}
        {loaderData.unreadNotifications > 0 ? (
          <span id="notifications-unread">
            <Tag colour="blue">
              {t("notifications.homeUnread", { count: loaderData.unreadNotifications })}
            </Tag>
          </span>
        ) : null}
      </p>
      <h2>{t("home.whoHeading")}</h2>
      {loaderData.people.length === 0 ? (
        <p>{t("home.nobody")}</p>
      ) : (
        <ul className="cetr-list-plain">
          {loaderData.people.map((person) => (
            <li key={person.id}>
              <PersonTasks person={person} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t("profile.homeTasks.worriedHeading")}</h2>
      <p>{t("profile.homeTasks.worriedText")}</p>
      <p>
        <a href="/request">{t("profile.homeTasks.requestLink")}</a>
      </p>
      {loaderData.people.length > 0 ? (
        <p>
          <a href="/record-views">{t("recordViews.homeLink")}</a>
        </p>
      ) : null}
      <p>
        <a href="/passkeys">{t("passkeys.homeLink")}</a>
      </p>
    </div>
  );
}

function PersonTasks({ person }: { person: Person }) {
  const { t } = usePageText();
  const { language, register, pictures } = usePreferences();
  const showPictures = register === "easyRead" && pictures;
  const date = person.nextReview ? dateInWords(person.nextReview, language.locale) : null;
  const review = date
    ? person.isSelf
      ? t("profile.homeTasks.nextReviewSelf", { date })
      : t("profile.homeTasks.nextReviewOther", { name: person.name, date })
    : person.isSelf
      ? t("profile.homeTasks.noReviewSelf")
      : t("profile.homeTasks.noReviewOther", { name: person.name });
  const next = t(`profile.homeTasks.next.${person.next}`);
  const tasks: {
    id: string;
    href: string;
    label: string;
    picture: PictogramName;
    status: NonNullable<Person["leaving"]>;
  }[] = [
    {
      id: "planner",
      href: plannerPath(person.id),
      label: t("planner.homeLink"),
      picture: "planner",
      status: person.planner,
    },
    {
      id: "profile",
      href: profilePath(person.id),
      label: t("profile.homeLink"),
      picture: "profile",
      status: person.profile,
    },
    // Only for someone with a discharge plan: the planner and its printable tracker.
    ...(person.leaving
      ? [
          {
            id: "leaving",
            href: leavingPath(person.id),
            label: t("leaving.homeLink"),
            picture: "hospitalOrHome" as const,
            status: person.leaving,
          },
          {
            id: "leaving-tracker",
            href: leavingPath(person.id, "/tracker"),
            label: t("leaving.trackerHomeLink"),
            picture: "actions" as const,
            status: person.leaving,
          },
        ]
      : []),
  ];
  const headingId = (part: string) => `person-${person.id}-${part}`;
  return (
    <>
      <h3>{person.name}</h3>
      {register === "easyRead" ? (
        <EasyReadList
          showPictures={pictures}
          items={[{ id: "review", picture: "calendar", children: <p>{review}</p> }]}
        />
      ) : (
        <p>{review}</p>
      )}
      <h4>{t("profile.homeTasks.nextStepHeading")}</h4>
      {register === "easyRead" ? (
        <EasyReadList
          showPictures={pictures}
          items={[{ id: "next", picture: "actions", children: <p>{next}</p> }]}
        />
      ) : (
        <p>{next}</p>
      )}
      <h4 id={headingId("tasks")}>{t("profile.homeTasks.heading")}</h4>
      <ul className="cetr-task-list" aria-labelledby={headingId("tasks")}>
        {tasks.map((task) => (
          <li key={task.id} className="cetr-task-list__item">
            <span className="cetr-task-list__name">
              {showPictures ? <Pictogram name={task.picture} size={48} /> : null}
              <a href={task.href} aria-describedby={headingId(`${task.id}-status`)}>
                {task.label}
              </a>
            </span>
            <span id={headingId(`${task.id}-status`)}>
              {task.status === "late" ? (
                <Tag colour="red">{t("leaving.status.LATE")}</Tag>
              ) : (
                <StatusTag status={task.status} />
              )}
            </span>
          </li>
        ))}
      </ul>
      {person.hasActions || person.reports.length > 0 ? (
        <ul className="cetr-task-list" aria-labelledby={headingId("tasks")}>
          {person.hasActions ? (
            <li className="cetr-task-list__item">
              <span className="cetr-task-list__name">
                {showPictures ? <Pictogram name="actions" size={48} /> : null}
                <a
                  href={actionsPath(person.id)}
                  aria-describedby={
                    person.lateActions > 0 ? headingId("actions-status") : undefined
                  }
                >
                  {t("actions.homeLink")}
                </a>
              </span>
              {person.lateActions > 0 ? (
                <span id={headingId("actions-status")}>
                  <Tag colour="red">{t("actions.homeLate", { count: person.lateActions })}</Tag>
                </span>
              ) : null}
            </li>
          ) : null}
          {person.reports.map((report) => (
            <li key={report.reviewId} className="cetr-task-list__item">
              <span className="cetr-task-list__name">
                {showPictures ? <Pictogram name="report" size={48} /> : null}
                <a href={reportPath(person.id, report.reviewId)}>
                  {t("actions.homeReport", {
                    date: dateInWords(report.heldOn, language.locale),
                  })}
                </a>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
