/**
 * The action tracker, "ask about an action" and the review report, in plain
 * English (the `actions` group of `enPlain`). Its shape is the contract for
 * easy read and the other languages.
 */
export const actionsPlain = {
  homeLink: "Actions agreed at reviews",
  homeLate_one: "{{count}} late",
  homeLate_other: "{{count}} late",
  homeReport: "Report from the review on {{date}}",
  tracker: {
    title: "Actions agreed at reviews",
    lead: "At each review, people agree actions to improve care. Each action has one named person responsible for it and a date.",
    about: "These actions are about {{name}}.",
    none: "No actions have been agreed at a review yet. When they are, you will see them here.",
    reviewHeading: "Agreed at the review on {{date}}",
    reviewHeadingNoDate: "Agreed at a review",
    reportLink: "Read the report from this review",
    staffWords: "The review's words: {{what}}",
    who: "Who is responsible",
    when: "By when",
    how: "How we will know it is done",
    latest: "Latest update",
    latestText: "{{date}}, from {{name}}: {{note}}",
    noUpdate: "No update yet.",
    state: { done: "Done", notDone: "Not done", late: "Late", open: "Not done yet" },
    doneOn: "Done on {{date}}.",
    notDoneReason: "It was not done. The reason given: {{reason}}",
    late_one: "This is {{count}} day late.",
    late_other: "This is {{count}} days late.",
    contactOne: "Contact {{name}}, who is responsible for it, or ask about it here.",
    contactTwo:
      "Contact {{name}}, who is responsible for it, or {{other}}, who tells you about progress. Or ask about it here.",
    askLink: "Ask about this action",
    askLinkHidden: ": {{what}}",
    questionsHeading: "Questions asked about this action",
    askedOn: "Asked on {{date}} by {{name}}:",
    waiting: "Waiting for an answer.",
    answered: "Answer from {{name}} on {{date}}: {{answer}}",
  },
  ask: {
    title: "Ask about this action",
    lead: "You can ask a question or tell us something, for example if you think this has not happened.",
    whoReads:
      "{{owner}}, who is responsible for it, and the commissioner who pays for the care will read your question.",
    label: "Your question",
    hint: "For example: I don't think this has happened. Who can tell me more?",
    send: "Send the question",
    cancel: "Go back to the actions",
    errors: {
      blank: "Write your question",
      tooLong: "Your question must be {{max}} characters or fewer",
      notSent: "Your question was not sent. Please try again.",
      tooMany:
        "You have sent a lot of questions in a short time. Please wait {{wait}} and try again.",
    },
    sent: {
      title: "Your question has been sent",
      body: "{{owner}} and the commissioner can now see your question.",
      nextHeading: "What happens next",
      next: {
        read: "They will read your question and look at the action.",
        reply: "Someone will contact you to answer it, in the way you asked us to contact you.",
        page: "Any update to the action will show on the actions page.",
      },
      yourQuestion: "Your question",
      back: "Go back to the actions",
    },
  },
  report: {
    title: "Report from the review",
    lead: "After each review, the commissioner writes a report. It says what the review found and what will happen next.",
    about: "This report is about {{name}}.",
    reviewOn: "The review was on {{date}}.",
    dueOn: "The report was due on {{date}}, 2 weeks after the review.",
    onTime: "This report came on time. It was sent on {{date}}.",
    late_one: "This report came {{count}} day late. It was sent on {{date}}.",
    late_other: "This report came {{count}} days late. It was sent on {{date}}.",
    notSent: "The report has not been sent yet.",
    notSentLate_one: "It is {{count}} day late.",
    notSentLate_other: "It is {{count}} days late.",
    noEasyRead:
      "There is no easy read version of this report yet. Ask your care coordinator for one.",
    bodyHeading: "The report",
    plainVersion: "Read the report in plain English",
    actionsLink: "See the actions agreed at reviews",
  },
};
