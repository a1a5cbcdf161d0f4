import { graphql } from "@cetr/graphql";

/** The notification operations the portal's server sends; the browser never calls the API. */

export const MyNotifications = graphql(`
  query PortalMyNotifications($first: Int, $after: String, $last: Int, $before: String) {
    viewer {
      notifications(first: $first, after: $after, last: $last, before: $before, unreadFirst: true) {
        unreadCount
        edges { node { id kind read createdAt person { id name preferredName yourRoles } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

export const MarkAllNotificationsRead = graphql(`
  mutation PortalMarkAllNotificationsRead {
    markNotificationsRead { unreadCount }
  }
`);

export const MyNotificationPreferences = graphql(`
  query PortalMyNotificationPreferences {
    viewer { notificationPreferences { kind email } }
  }
`);

export const SetNotificationPreferences = graphql(`
  mutation PortalSetNotificationPreferences($input: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(input: $input) { kind email }
  }
`);
