/**
 * The one-page profile in plain English (the `profile` group of `enPlain`),
 * and the home page's task list. Kept in its own file like the planner's;
 * plain.ts includes it, so its shape is the contract for easy read and other
 * languages.
 */
export const profilePlain = {
  title: "One-page profile",
  homeLink: "One-page profile",
  lead: "A one-page profile tells the review team and the panel who you are, in your own words.",
  about: "This profile is about {{name}}.",
  howItWorks: {
    together:
      "A young person can write it on their own, with someone, or a parent carer can write it for them. We show who wrote each answer.",
    saved:
      "Your answers are kept on our system when you choose a button. Nobody else sees them until you choose Send to my review team.",
    print: "You can print it on one sheet of A4 paper and bring it to the review.",
  },
  sections: {
    likeAndAdmire: {
      title: "What people like and admire about me",
      label: "What do people like and admire about you?",
      hint: "For example, what your friends and family say you are good at.",
    },
    importantToMe: {
      title: "What is important to me",
      label: "What is important to you?",
      hint: "The things, places and routines that matter most to you.",
    },
    howToSupportMe: {
      title: "How best to support me",
      label: "How can people best support you?",
      hint: "What helps you and what does not, for example when you are worried or upset.",
    },
    importantPeople: {
      title: "People who are important to me",
      label: "Who is important to you?",
      hint: "Family, friends, pets and anyone else who matters to you.",
    },
    howICommunicate: {
      title: "How I communicate",
      label: "How do you communicate?",
      hint: "How you show what you want or how you feel, and how people can best talk with you.",
    },
  },
  sheetTitle: "One-page profile: {{name}}",
  versionSent: "Sent to the review team on {{date}}.",
  versionDraft: "Not sent yet. Last changed on {{date}}.",
  notWritten: "Not written yet.",
  state: {
    newHeading: "You have not started a profile yet",
    draftHeading: "Your changes have not been sent",
    draftBody: "The review team can only see the profile once you send it.",
    sentHeading: "Your profile has been sent",
    sentBody: "The review team and the panel can read it. You can change it and send it again.",
  },
  startLink: "Write the profile",
  changeLink: "Change the profile",
  edit: {
    title: "Write your one-page profile",
    intro: "Every question is optional. Write as much or as little as you like.",
    limit:
      "You can write up to {{max}} characters for each answer, so the profile fits on one printed page.",
  },
  saveAndContinue: "Save and continue",
  saveForLater: "Save and come back later",
  backToProfile: "Back to the profile",
  send: {
    heading: "Send to your review team",
    text: "When you send it, the review team and the panel can read it. You can still change it and send it again.",
    button: "Send to my review team",
    nothing: "Write at least one answer before you send the profile.",
  },
  sent: {
    title: "Profile sent",
    body: "Your review team can now read your one-page profile.",
    nextHeading: "What happens next",
    next: {
      read: "The review team and the panel will read your profile before the review.",
      bring: "You can print it and bring it with you on the day.",
      change:
        "If something changes, change the profile and send it again. The team will see the newest version.",
    },
    view: "See and print your profile",
  },
  print: {
    heading: "Print the profile",
    button: "Print this page",
    howTo:
      "To print it, use your browser's Print option. On a computer, press Ctrl and P (Cmd and P on a Mac). On a phone, choose Share, then Print.",
    fits: "It prints on one sheet of A4 paper, without the rest of this page.",
  },
  photo: {
    title: "Photo",
    link: "Add a photo",
    changeLink: "Change or remove the photo",
    intro:
      "You can add one photo to the profile, so people can see who it is about. A photo is optional.",
    rules: "The photo must be a JPEG or PNG file of 1 MB or smaller.",
    current: "The photo on the profile now",
    fileLabel: "Choose a photo",
    altLabel: "Describe the photo, for people who cannot see it",
    altHint: "For example: Alex smiling, in a blue football shirt. Up to {{max}} characters.",
    save: "Save the photo",
    remove: "Remove the photo",
    errors: {
      fileRequired: "Choose a photo to add",
      notImage: "The file must be a photo saved as JPEG or PNG",
      tooLarge: "The photo must be 1 MB or smaller",
      altRequired: "Describe the photo, for people who cannot see it",
      altTooLong: "The description must be {{max}} characters or fewer",
      notSaved: "The photo could not be saved just now. Try again in a few minutes.",
    },
  },
  errors: {
    notSaved:
      "Your answers could not be saved just now. They are still on this page. Try again in a few minutes.",
  },
  homeTasks: {
    heading: "Getting ready",
    nextReviewSelf: "Your next review is on {{date}}.",
    nextReviewOther: "{{name}}'s next review is on {{date}}.",
    noReviewSelf: "You do not have a review date yet.",
    noReviewOther: "{{name}} does not have a review date yet.",
    nextStepHeading: "What to do next",
    next: {
      planner: "Fill in My CETR Planner and send it before the review.",
      profileStart: "Write a one-page profile, so the panel knows what matters.",
      profileSend: "Send the one-page profile to the review team when it is ready.",
      done: "You have done everything for now. You can change the profile at any time.",
    },
    worriedHeading: "Worried about care?",
    worriedText: "If you are worried about care, anyone can ask for a review.",
    requestLink: "Ask for a review",
  },
};
