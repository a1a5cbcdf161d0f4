import { actionsEasyRead } from "./actions-easy-read.js";
import { leavingEasyRead } from "./leaving-easy-read.js";
import { notificationsEasyRead } from "./notifications-easy-read.js";
import type { Messages } from "./plain.js";
import { plannerEasyRead } from "./planner-easy-read.js";
import { profileEasyRead } from "./profile-easy-read.js";
import { requestEasyRead } from "./request-easy-read.js";

/**
 * Easy read: short sentences, one idea each, everyday words. The page puts a
 * picture beside each idea, so every entry in `points` should make sense next
 * to one picture. Typed as `Messages` so a missing or extra key fails `tsc`.
 */
export const enEasyRead: Messages = {
  common: {
    serviceName: "Your CETR",
    serviceDescription: "Help to get ready for your CETR meeting",
    skipLink: "Skip to main content",
    navigationLabel: "Main menu",
    home: "Home",
    getHelp: "Get help",
    signIn: "Sign in",
    yourPage: "Your page",
    options: {
      label: "Page options",
      easyReadOn: "Switch to easy read",
      easyReadOff: "Switch to plain English",
      picturesOn: "Show pictures",
      picturesOff: "Hide pictures",
      announceEasyRead: "Easy read is on.",
      announcePlain: "Easy read is off.",
      announcePicturesShown: "Pictures are on.",
      announcePicturesHidden: "Pictures are off.",
    },
    footer: {
      label: "Support links",
      about: "This website helps you get ready for your CETR meeting.",
      helpHeading: "Need help?",
      helpText: "Talk to your care coordinator or keyworker.",
    },
    errorPrefix: "Error:",
    errorSummaryTitle: "There is a problem",
  },
  welcome: {
    title: "Your CETR meeting",
    lead: "CETR stands for Care, Education and Treatment Review. It is a meeting about you.",
    contentsLabel: "On this page",
    what: {
      heading: "What is a CETR?",
      points: {
        meeting: "A CETR is a meeting. People meet to check you get the right help.",
        forWhom:
          "It is for young people with a learning disability or autism. It is for young people who are in hospital. It is also for young people who might go into hospital.",
        adults: "Adults have a meeting like this too. It is called a CTR.",
        listened: "The meeting is about you. People want to hear what you think.",
      },
    },
    why: {
      heading: "Why do I have a CETR?",
      points: {
        risk: "You might have a CETR if people are worried you need to go into hospital. Or if things at home are getting very hard.",
        inHospital: "If you are in hospital, you will have CETRs while you are there.",
        closeToHome:
          "The CETR helps you get the right support near your home. You should only be in hospital if you really need to be.",
        consent:
          "You need to say yes before the CETR happens. Sometimes your parent or carer says yes for you.",
      },
    },
    questions: {
      heading: "The 4 questions",
      intro: "The CETR asks 4 big questions.",
      items: {
        safe: {
          question: "Am I safe?",
          detail: "Am I safe where I am now?",
        },
        care: {
          question: "Is my care good?",
          detail: "Is my care helping me?",
        },
        future: {
          question: "What are my plans for the future?",
          detail: "What will happen next? Where will I live and learn?",
        },
        hospital: {
          question: "Do I need to be in hospital?",
          detail: "Could I get help at home instead?",
        },
      },
    },
    who: {
      heading: "Who will be at my CETR?",
      intro: "3 people lead the meeting. They are called the panel.",
      panel: {
        chair: {
          term: "The chair",
          detail: "The chair is in charge of the meeting. They work for the NHS.",
        },
        expertByExperience: {
          term: "An expert by experience",
          detail:
            "This person knows about care from their own life. They may have a learning disability or autism, or look after someone who does.",
        },
        clinicalExpert: {
          term: "A clinical expert",
          detail:
            "This person is a doctor, nurse or other health worker. They do not work with you.",
        },
      },
      othersIntro: "Other people can come too.",
      points: {
        you: "You can be there. You can bring someone you trust.",
        family: "Your family can be there. They can join on a video call if they cannot come.",
        advocate: "Your advocate can be there. An advocate helps you say what you want.",
        team: "People who help you can be there. This could be your doctor, nurse or teacher.",
        names: "You should be told the names of the panel before the meeting.",
      },
    },
    prepare: {
      heading: "Getting ready",
      points: {
        planner: "My CETR Planner is a booklet. It helps you think about what you want to say.",
        profile:
          "A one-page profile tells people about you. It says what is important to you and how to help you.",
        adjustments: "You can ask for help to take part. You can ask for breaks or a quiet room.",
        ask: "Ask your care coordinator for the planner and the profile.",
      },
    },
    after: {
      heading: "After the CETR",
      points: {
        findings: "At the end, the panel says what they found.",
        report: "You will get a report within 2 weeks. It should use words you understand.",
        actions: "The report says what needs to happen. It says who will do it and by when.",
        updates: "Someone will tell you how things are going.",
        followUp: "If you have another CETR, the panel will check the actions were done.",
      },
    },
  },
  help: {
    title: "Get help",
    heading: "Where can I get help?",
    intro: "You do not have to do this on your own.",
    points: {
      questions: "Ask your care coordinator or keyworker if you have questions.",
      advocate: "An advocate can help you speak up. Ask how to get one.",
      request:
        "You can ask for a CETR if you are worried about your care. Asking is not the same as complaining.",
      emergency: "If you are in danger, tell someone you trust now. In an emergency, call 999.",
    },
    backToWelcome: "Find out what a CETR is",
  },
  signIn: {
    title: "Enter your email address",
    lead: "We will send you an email. It has a code with 6 numbers and a link. You can use the code or the link to sign in.",
    emailLabel: "Email address",
    emailHint: "Use the email address your care coordinator has.",
    continue: "Next",
    errors: {
      emailRequired: "Type your email address",
      emailFormat: "This email address is not right. It should look like name@example.com",
    },
    endedTitle: "You are signed out",
    ended: "Sign in again to carry on.",
    code: {
      title: "Check your email",
      sentTo: "If {{email}} has an account, we sent it an email. The email has a code and a link.",
      expires: "The code works for 15 minutes. Use this phone or computer.",
      codeLabel: "Type the code with 6 numbers",
      codeHint: "The code is in the email. It looks like 482 913.",
      submit: "Sign in",
      notArrivedHeading: "If the email does not come",
      notArrived: {
        spam: "Look in your spam or junk folder.",
        wait: "Wait a few minutes.",
        again: "Ask for a new code.",
        coordinator: "Ask your care coordinator for help.",
      },
      askAgain: "Ask for a new code",
      errors: {
        required: "Type the code from the email",
        invalid: "The code is not right, or it is too old. Look at the newest email.",
        used: "This code was used already. Ask for a new code.",
        wrongBrowser:
          "You asked for this code on a different phone or computer. Use that one, or ask for a new code here.",
      },
    },
    link: {
      title: "The link did not work",
      reasonUsed: "The link was used already.",
      reasonOther: "The link may be too old or used already.",
      whatToDoTitle: "What you can do",
      whatToDo:
        "Open the link on the same phone or computer you used to ask for it. Or type the code from the email.",
      askAgain: "Ask for a new code",
    },
    tooMany: {
      title: "Too many tries",
      body: "You tried to sign in too many times. This keeps you safe.",
      wait: "Wait {{wait}}. Then try again.",
      minutes_one: "{{count}} minute",
      minutes_other: "{{count}} minutes",
      seconds_one: "{{count}} second",
      seconds_other: "{{count}} seconds",
      help: "Ask your care coordinator if you need help now.",
    },
  },
  home: {
    title: "Your page",
    greeting: "Hello, {{name}}",
    whoHeading: "Who this is about",
    nextReview: "The next review is on {{date}}.",
    noReview: "There is no date for a review yet.",
    nobody: "Nobody is on your page yet. Your care coordinator will invite you.",
  },
  recordViews: {
    title: "Who looked at the record",
    homeLink: "See who looked at the record",
    intro:
      "We write down when someone looks at the record. We write down who it was. You can see that here.",
    whoseRecord: "{{name}}'s record",
    yourRecord: "Your record",
    nobody: "There is no record you can see here.",
    none: "Nobody else has looked at this record yet.",
    sentence: "{{who}} {{did}}. This was on {{when}}.",
    when: "{{date}} at {{time}}",
    repeated: "This happened {{count}} times.",
    refused: "We did not let them.",
    did: {
      looked: "looked at {{things}}",
      changed: "changed {{things}}",
      triedToLook: "tried to look at {{things}}",
      triedToChange: "tried to change {{things}}",
    },
    who: {
      staffAt: "{{name}} from {{organisation}}",
      named: "{{name}}",
      partner: "A computer system called {{name}}",
      anonymous: "Someone who was not signed in",
      system: "The computer system",
    },
    roles: {
      COMMISSIONER: "someone who plans and pays for care",
      CARE_COORDINATOR: "a care coordinator",
      CLINICIAN: "a doctor or nurse",
      CLINICAL_EXPERT: "a health expert",
      EXPERT_BY_EXPERIENCE: "an expert by experience",
      SOCIAL_WORKER: "a social worker",
      EDUCATION_STAFF: "someone from school or college",
      DISCHARGE_FACILITATOR: "someone who helps people leave hospital",
      ADMINISTRATOR: "someone who runs the service",
      SELF: "the person the record is about",
      PARENT_CARER: "a parent carer",
      OTHER_FAMILY: "a family member",
      ADVOCATE: "an advocate",
      PANEL: "someone on the review panel",
      staff: "someone who works in care",
    },
    owner: {
      yours: "your {{things}}",
      named: "{{name}}'s {{things}}",
    },
    things: {
      Person: "details",
      Review: "reviews",
      Action: "list of things to do",
      ActionUpdate: "news about things to do",
      EnquiryFinding: "review notes",
      Escalation: "worries people told us about",
      Report: "review reports",
      ConsentRecord: "yes or no answers",
      DischargePlan: "plans for leaving hospital",
      PlannerDocument: "planners",
      SettingEvent: "list of places lived",
      RestrictedPatientMonitoring: "checks",
      AuditTrail: "list of who looked at the record",
      other: "other things",
    },
    earlier: "See older ones",
    earlierFor: "See older ones for {{name}}",
    backToAll: "Back to everyone",
    backHome: "Back to your page",
  },
  passkeys: {
    title: "Passkeys",
    intro: {
      what: "A passkey is a quick way to sign in. You use your finger, your face or your phone's lock.",
      optional: "You do not have to use a passkey. The code in your email always works.",
      safe: "Your finger or face stays on your phone. We do not see it.",
    },
    listHeading: "Your passkeys",
    none: "You do not have a passkey yet.",
    addedOn: "You added it on {{date}}.",
    lastUsedOn: "You last used it on {{date}}.",
    neverUsed: "You have not used it yet.",
    renameSummary: "Change the name of “{{name}}”",
    renameLabel: "New name",
    renameSubmit: "Save the name",
    remove: "Remove “{{name}}”",
    removeHint: "If you remove it, you cannot sign in with it.",
    removedTitle: "Passkey removed",
    removed: "You cannot sign in with “{{name}}” now.",
    renamedTitle: "Name changed",
    renamed: "The new name is “{{name}}”.",
    addedTitle: "Passkey added",
    added: "Next time, press “Sign in with a passkey”.",
    addHeading: "Add a passkey",
    nameLabel: "Give it a name",
    nameHint: "For example, “My phone”.",
    addSubmit: "Add a passkey",
    working: "Look at your phone or computer. Do what it asks.",
    needsJavaScript:
      "You cannot add a passkey in this browser now. JavaScript is off. You can still sign in with the code in your email.",
    notSupported:
      "This browser cannot make passkeys. You can still sign in with the code in your email.",
    homeLink: "Sign in quicker with a passkey",
    errors: {
      nameRequired: "Write a name. For example, “My phone”",
      nameTooLong: "The name is too long. Use 60 letters or fewer",
      tooMany: "You have 10 passkeys. Remove one first",
      cancelled: "The passkey was not added. Try again",
      expired: "It took too long. Try again",
      notVerified: "Something went wrong. Try again, or use another phone or computer",
      alreadyAdded: "This phone or computer has a passkey already",
      notFound: "We cannot find that passkey. Maybe it was removed",
    },
    signIn: {
      heading: "Or use a passkey",
      hint: "Did you add a passkey on this phone or computer? You can use it.",
      button: "Sign in with a passkey",
      working: "Look at your phone or computer. Do what it asks.",
      errors: {
        cancelled: "You did not sign in. Try again, or write your email address",
        notRecognised: "We do not know this passkey. Write your email address to get a code",
        failed: "It did not work. Try again, or write your email address",
        tooMany: "Too many tries. Wait a few minutes. Then try again",
      },
    },
  },
  signOut: {
    button: "Sign out",
  },
  invitation: {
    title: "You are invited",
    titleWithName: "Help with {{name}}'s reviews",
    invitedBy: "{{by}} invited you to help with {{name}}'s reviews.",
    invitedYou: "{{by}} invited you to see your reviews.",
    what: "You can see when {{name}}'s reviews are. You can get ready for them here.",
    signInFirst: "Sign in with the email address the invitation came to. Then come back here.",
    signInButton: "Sign in",
    confirmLegend: "Is this you?",
    confirm: {
      PARENT_CARER: "This is me. I am {{name}}'s parent carer",
      SELF: "This is me. I am {{name}}",
      OTHER_FAMILY: "This is me. I am in {{name}}'s family",
      ADVOCATE: "This is me. I am {{name}}'s advocate",
    },
    accept: "Yes, accept",
    errors: {
      notConfirmed: "Tick the box to say this is you",
      wrongAccount:
        "This invitation is for a different email address. Sign out. Then sign in with the right email address.",
    },
    status: {
      EXPIRED: {
        title: "This invitation is too old",
        body: "Ask the person who invited you to send a new one.",
      },
      USED: {
        title: "This invitation was used already",
        body: "If you said yes to it, sign in. If not, tell the person who invited you.",
      },
      WITHDRAWN: {
        title: "This invitation was stopped",
        body: "The person who sent it stopped it. Ask them or your care coordinator if this is wrong.",
      },
      UNKNOWN: {
        title: "We cannot find this invitation",
        body: "Check you used all of the link in the email. Or ask for a new invitation.",
      },
    },
  },
  leaving: leavingEasyRead,
  planner: plannerEasyRead,
  actions: actionsEasyRead,
  notifications: notificationsEasyRead,
  profile: profileEasyRead,
  request: requestEasyRead,
  errors: {
    notFoundTitle: "We cannot find this page",
    notFoundBody: "Check the web address is right.",
    problemTitle: "Sorry, something went wrong",
    problemBody: "Please try again later.",
    goHome: "Go to the start page",
  },
  language: {
    label: "Language",
    textSize: "Text size",
    textSizes: { standard: "Standard", large: "Large", largest: "Largest" },
    notReviewed: "A translator has not checked these words yet. There may be mistakes.",
    readInEnglish: "Read this page in English",
  },
};
