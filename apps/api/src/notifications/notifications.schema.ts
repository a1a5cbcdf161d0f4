import type { Notification } from "@cetr/db";
import { ViewerRef } from "../auth/auth.schema.js";
import { PersonGuard } from "../people/people.guard.js";
import { PersonRef } from "../people/people.schema.js";
import { builder } from "../schema/builder.js";
import { BadUserInputError } from "../schema/errors.js";
import { isUuid } from "../schema/guard.js";
import { connectionArgs, pageComplexity } from "../schema/pagination.js";
import {
  countUnread,
  listNotifications,
  markRead,
  NOTIFICATION_KINDS,
  preferencesOf,
  setPreferences,
} from "./notifications.service.js";

/**
 * The family portal's /notifications (ADR 0026): only ever the viewer's own,
 * on `Viewer`, read and changed by a signed-in person (never a partner system).
 */

const NotificationKindEnum = builder.enumType("NotificationKind", {
  description: "What changed.",
  values: NOTIFICATION_KINDS,
});

const NotificationRef = builder.objectRef<Notification>("Notification").implement({
  description:
    "Something changed in the record of someone you support (or your own). The portal words it.",
  authScopes: { viaParent: true },
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: NotificationKindEnum, resolve: (n) => n.kind }),
    subjectId: t.exposeID("subjectId", {
      description: "The action, review, report or discharge plan it is about.",
    }),
    createdAt: t.field({ type: "DateTime", resolve: (n) => new Date(n.createdAt) }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    emailed: t.boolean({ resolve: (n) => n.emailedAt !== null }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: "Whose record; null if you may no longer see it.",
      resolve: (n, _args, ctx) => PersonGuard.loadReadable(ctx, n.personId),
    }),
  }),
});

const NotificationConnection = builder.connectionObject({
  type: NotificationRef,
  name: "NotificationConnection",
  fields: (t) => ({
    unreadCount: t.int({
      description: "How many of your notifications you have not read, across every page.",
      complexity: 5,
      resolve: (parent) =>
        (parent as unknown as { unreadCount: () => Promise<number> }).unreadCount(),
    }),
  }),
});

builder.objectField(ViewerRef, "notifications", (t) =>
  t.field({
    type: NotificationConnection,
    nullable: true,
    description: "Your notifications, newest first (null unless you are signed in as a person).",
    complexity: pageComplexity,
    args: {
      ...connectionArgs(t),
      unreadFirst: t.arg.boolean({ description: "Unread ones before read ones." }),
    },
    resolve: (_v, args, ctx) =>
      ctx.viewer.kind === "user"
        ? listNotifications(ctx, {
            first: args.first,
            after: args.after,
            last: args.last,
            before: args.before,
            unreadFirst: args.unreadFirst,
          })
        : null,
  }),
);

builder.objectField(ViewerRef, "unreadNotificationCount", (t) =>
  t.int({
    nullable: true,
    description: "For the portal's home page link (null unless signed in as a person).",
    resolve: (_v, _args, ctx) => (ctx.viewer.kind === "user" ? countUnread(ctx) : null),
  }),
);

const NotificationPreferenceRef = builder
  .objectRef<{ kind: (typeof NOTIFICATION_KINDS)[number]; email: boolean }>(
    "NotificationPreference",
  )
  .implement({
    description:
      "Whether you get an email for one kind of notification. The portal lists them all.",
    authScopes: { viaParent: true },
    fields: (t) => ({
      kind: t.field({ type: NotificationKindEnum, resolve: (p) => p.kind }),
      email: t.exposeBoolean("email"),
    }),
  });

builder.objectField(ViewerRef, "notificationPreferences", (t) =>
  t.field({
    type: [NotificationPreferenceRef],
    nullable: true,
    description: "One per kind (null unless you are signed in as a person).",
    resolve: (_v, _args, ctx) => (ctx.viewer.kind === "user" ? preferencesOf(ctx) : null),
  }),
);

builder.mutationField("markNotificationsRead", (t) =>
  t.field({
    type: NotificationConnection,
    description:
      "Marks your notifications read: the ones named, or all of them when `ids` is left out. Returns the first page, newest first.",
    authScopes: { user: true },
    args: { ids: t.arg.idList({ required: false }) },
    resolve: async (_root, { ids }, ctx) => {
      const list = ids?.map(String) ?? null;
      if (list?.some((id) => !isUuid(id)))
        throw new BadUserInputError("ids must be notification ids");
      await markRead(ctx, list);
      return listNotifications(ctx, {});
    },
  }),
);

builder.mutationField("setNotificationPreferences", (t) =>
  t.field({
    type: [NotificationPreferenceRef],
    description:
      "Chooses which kinds of notification also come by email. Kinds left out keep their setting.",
    authScopes: { user: true },
    args: {
      input: t.arg({
        type: [
          builder.inputType("NotificationPreferenceInput", {
            fields: (f) => ({
              kind: f.field({ type: NotificationKindEnum, required: true }),
              email: f.boolean({ required: true }),
            }),
          }),
        ],
        required: true,
      }),
    },
    resolve: (_root, { input }, ctx) => setPreferences(ctx, input),
  }),
);
