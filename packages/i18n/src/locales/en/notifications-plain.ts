/**
 * The notifications list and its email settings, in plain English (the
 * `notifications` group of `enPlain`). Its shape is the contract for easy
 * read and the other languages.
 */
export const notificationsPlain = {
  homeLink: "Notifications",
  homeUnread_one: "{{count}} new",
  homeUnread_other: "{{count}} new",
  title: "Notifications",
  lead: "We tell you here when something changes for you or the person you support.",
  none: "You have no notifications yet. When something changes, you will see it here.",
  newTag: "New",
  unreadCount_one: "You have {{count}} new notification.",
  unreadCount_other: "You have {{count}} new notifications.",
  markAllRead: "Mark all as read",
  markedRead: "All your notifications are marked as read.",
  markedReadTitle: "Done",
  at: "{{date}}",
  about: "About {{name}}",
  aboutYou: "About you",
  kinds: {
    ACTION_UPDATED: "An action from a review has been updated",
    ACTION_OVERDUE: "An action from a review is overdue",
    REVIEW_SCHEDULED: "A review has been arranged",
    REPORT_SENT: "The report of a review is ready",
    DISCHARGE_CHANGED: "The plan for leaving hospital has changed",
    ACTION_QUESTION_ANSWERED: "Your question about an action has been answered",
  },
  links: {
    ACTION_UPDATED: "See the actions",
    ACTION_OVERDUE: "See the actions",
    REVIEW_SCHEDULED: "See what happens next",
    REPORT_SENT: "See the actions and the report",
    DISCHARGE_CHANGED: "See the plan for leaving hospital",
    ACTION_QUESTION_ANSWERED: "See the answer",
  },
  older: "Older notifications",
  newer: "Newer notifications",
  settingsLink: "Choose which notifications also come by email",
  settings: {
    title: "Choose your emails",
    lead: "This page lists everything. You can choose which of these we also send to you by email.",
    legend: "Email me when",
    hint: "Select all that apply.",
    save: "Save my choices",
    saved: "Your choices are saved.",
    savedTitle: "Saved",
    back: "Back to notifications",
  },
};
