import type { profilePlain } from "./profile-plain.js";

/**
 * The one-page profile in easy read: short sentences, one idea each. Every
 * entry in `howItWorks` and `sent.next` sits beside one picture on the page.
 */
export const profileEasyRead: typeof profilePlain = {
  title: "One-page profile",
  homeLink: "One-page profile",
  lead: "Your profile tells people who you are. You use your own words.",
  about: "This profile is about {{name}}.",
  howItWorks: {
    together: "You can write it on your own, or with someone. We show who wrote each answer.",
    saved: "We keep your answers safe. Nobody else sees them until you send them.",
    print: "You can print it on one page. You can take it to your meeting.",
  },
  sections: {
    likeAndAdmire: {
      title: "What people like about me",
      label: "What do people like about you?",
      hint: "What do your friends and family say you are good at?",
    },
    importantToMe: {
      title: "What is important to me",
      label: "What is important to you?",
      hint: "Things, places and routines you care about.",
    },
    howToSupportMe: {
      title: "How to help me",
      label: "How can people help you?",
      hint: "What helps you? What does not help you?",
    },
    importantPeople: {
      title: "People who are important to me",
      label: "Who is important to you?",
      hint: "Family, friends and pets.",
    },
    howICommunicate: {
      title: "How I talk and listen",
      label: "How do you talk and listen?",
      hint: "How do you show what you want? How should people talk to you?",
    },
  },
  sheetTitle: "One-page profile: {{name}}",
  versionSent: "Sent on {{date}}.",
  versionDraft: "Not sent yet. Changed on {{date}}.",
  notWritten: "Not written yet.",
  state: {
    newHeading: "You have not started your profile",
    draftHeading: "You have not sent your changes",
    draftBody: "The team can see your profile after you send it.",
    sentHeading: "You sent your profile",
    sentBody: "The team can read it now. You can change it and send it again.",
  },
  startLink: "Write the profile",
  changeLink: "Change the profile",
  edit: {
    title: "Write your one-page profile",
    intro: "You do not have to answer every question.",
    limit: "Each answer can be up to {{max}} letters. Then it fits on one page.",
  },
  saveAndContinue: "Save and go on",
  saveForLater: "Save and come back later",
  backToProfile: "Back to the profile",
  send: {
    heading: "Send to your team",
    text: "Your team can read it after you send it. You can change it later.",
    button: "Send to my review team",
    nothing: "Write at least one answer first.",
  },
  sent: {
    title: "Profile sent",
    body: "Your team can read your profile now.",
    nextHeading: "What happens next",
    next: {
      read: "The team will read your profile before your meeting.",
      bring: "You can print it. You can take it to your meeting.",
      change: "Things can change. You can change your profile and send it again.",
    },
    view: "See and print your profile",
  },
  print: {
    heading: "Print the profile",
    button: "Print this page",
    howTo: "On a computer, press Ctrl and P. On a phone, choose Share, then Print.",
    fits: "It prints on one page.",
  },
  photo: {
    title: "Photo",
    link: "Add a photo",
    changeLink: "Change the photo",
    intro: "You can add a photo of you. You do not have to.",
    rules: "The photo must be small. It must be a JPEG or PNG file.",
    current: "Your photo now",
    fileLabel: "Choose a photo",
    altLabel: "Describe the photo, for people who cannot see it",
    altHint: "Say who is in it and what they are doing. Use up to {{max}} letters.",
    save: "Save the photo",
    remove: "Remove photo",
    errors: {
      fileRequired: "Choose a photo.",
      notImage: "This file is not a photo. Choose a JPEG or PNG photo.",
      tooLarge: "This photo is too big. Choose a photo of 1 MB or less.",
      altRequired: "Say what is in the photo.",
      altTooLong: "This is too long. Use {{max}} letters or fewer.",
      notSaved: "We could not save the photo. Try again soon.",
    },
  },
  errors: {
    notSaved: "We could not save your answers. They are still here. Try again soon.",
  },
  homeTasks: {
    heading: "Getting ready",
    nextReviewSelf: "Your next meeting is on {{date}}.",
    nextReviewOther: "{{name}} has a meeting on {{date}}.",
    noReviewSelf: "There is no date for your meeting yet.",
    noReviewOther: "There is no date for the meeting yet.",
    nextStepHeading: "What to do next",
    next: {
      planner: "Fill in My CETR Planner. Send it before the meeting.",
      profileStart: "Write your one-page profile. It helps people know you.",
      profileSend: "Send your profile to your team when it is ready.",
      done: "You have done everything for now.",
    },
    worriedHeading: "Are you worried?",
    worriedText: "You can ask for a meeting about care.",
    requestLink: "Ask for a meeting",
  },
};
