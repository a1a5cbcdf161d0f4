import { actionsPlain } from "./actions-plain.js";
import { leavingPlain } from "./leaving-plain.js";
import { notificationsPlain } from "./notifications-plain.js";
import { plannerPlain } from "./planner-plain.js";
import { profilePlain } from "./profile-plain.js";
import { requestPlain } from "./request-plain.js";

/**
 * Plain English. This object's shape is the contract for every other register
 * and language: its keys are what `t()` accepts anywhere in the apps.
 *
 * Groups of ideas (`points`) are keyed objects, not arrays, so each idea keeps
 * a stable name: the easy-read version gives every idea a picture by that name,
 * and the same idea must exist in both registers.
 */
export const enPlain = {
  common: {
    serviceName: "Your CETR",
    serviceDescription: "Help for young people and families getting ready for a CETR",
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
      announceEasyRead: "This page is now in easy read.",
      announcePlain: "This page is now in plain English.",
      announcePicturesShown: "Pictures are now shown.",
      announcePicturesHidden: "Pictures are now hidden.",
    },
    footer: {
      label: "Support links",
      about:
        "This service helps children and young people with a learning disability, autistic children and young people, and their families, get ready for a Care, Education and Treatment Review.",
      helpHeading: "Need help?",
      helpText:
        "Talk to your care coordinator or keyworker. They can answer questions about your CETR.",
    },
    errorPrefix: "Error:",
    errorSummaryTitle: "There is a problem",
  },
  welcome: {
    title: "Your Care, Education and Treatment Review (CETR)",
    lead: "A Care, Education and Treatment Review (CETR) is a meeting about you, your care and your plans. This page explains what happens and how you can get ready.",
    contentsLabel: "On this page",
    what: {
      heading: "What a CETR is",
      points: {
        meeting:
          "A CETR brings together you, your family, the people who support you and a small independent panel. Together you look at whether you are getting the right care, education and treatment.",
        forWhom:
          "CETRs are for children and young people with a learning disability, autistic children and young people, or both, who might need to go into a mental health or learning disability hospital, or who are in one now.",
        adults: "Adults have a similar review called a Care and Treatment Review (CTR).",
        listened:
          "The CETR is about you. The panel wants to hear what you and your family think, and your views are written down.",
      },
    },
    why: {
      heading: "Why a CETR happens",
      points: {
        risk: "A CETR can happen when people are worried that you might need to go into hospital, or that things at home or where you live might break down. This is called a community CETR.",
        inHospital:
          "If you go into hospital, you will have a CETR soon after you arrive and then regular CETRs while you stay there.",
        closeToHome:
          "The aim is for you to get the right support as close to home as possible, and to stay in hospital only if you really need to.",
        consent:
          "A CETR can only happen if you agree to it. Young people aged 16 or 17 can usually decide for themselves. For younger children, a parent or someone else with parental responsibility usually agrees.",
      },
    },
    questions: {
      heading: "The four questions",
      intro: "At every CETR, the panel looks for answers to four questions.",
      items: {
        safe: {
          question: "Am I safe?",
          detail:
            "Are you safe where you are now, and are people keeping you safe in the right way?",
        },
        care: {
          question: "Is my care good?",
          detail: "Are your care, education and treatment right for you, and are they helping you?",
        },
        future: {
          question: "What are my plans for the future?",
          detail:
            "Is there a clear plan for what happens next, including school or college and where you will live?",
        },
        hospital: {
          question: "Do I need to be in hospital?",
          detail:
            "Could you get the care and treatment you need at home or in your local community instead?",
        },
      },
    },
    who: {
      heading: "Who will be there",
      intro:
        "The panel is three people who lead the CETR. Two of them are independent experts who do not work with you.",
      panel: {
        chair: {
          term: "The chair",
          detail:
            "Someone from the commissioner, the NHS organisation that plans and pays for your care. The chair runs the meeting and writes down what the panel finds.",
        },
        expertByExperience: {
          term: "An expert by experience",
          detail:
            "Someone who knows about care from their own life: a person with a learning disability, an autistic person, or a family carer.",
        },
        clinicalExpert: {
          term: "A clinical expert",
          detail:
            "A professional such as a doctor, nurse or psychologist who does not work with you.",
        },
      },
      othersIntro: "Other people can be there too.",
      points: {
        you: "You, if you want to be. You can have someone you trust with you.",
        family:
          "Your parent carers and family. If they cannot come on the day, they can join by video call, send their views by email, or meet the panel on another day.",
        advocate:
          "Your advocate, if you have one. An advocate helps you say what you want and makes sure you are listened to.",
        team: "People who know you and support you, such as your doctor, nurses, social worker, and people from your school or college.",
        names:
          "Before the CETR you should be told the names of the panel members and, where possible, see photos of them.",
      },
    },
    prepare: {
      heading: "Getting ready",
      points: {
        planner:
          "My CETR Planner is a booklet that helps you get ready. You can use it to say who you want there, where and how you would like to meet, how you like to communicate, and what you want to talk about for each of the four questions.",
        profile:
          "A one-page profile tells the panel about you: what people like and admire about you, what is important to you, and how best to support you.",
        adjustments:
          "You can ask for things that help you take part, such as breaks, a quiet room, meeting by video, or papers in easy read.",
        ask: "Ask the person organising your CETR, or your care coordinator, for a copy of the planner and a one-page profile.",
      },
    },
    after: {
      heading: "After the CETR",
      points: {
        findings:
          "At the end of the CETR, the panel tells everyone what they found and what they recommend.",
        report:
          "You, your family and the people who support you should get a report within 2 weeks. It should be written in words you can understand.",
        actions:
          "The report lists the actions that need to happen. Each action has a named person who will do it and a date by when.",
        updates: "Someone will be named to tell you and your family how the actions are going.",
        followUp:
          "If you have another CETR, the panel will check whether the actions were done and, if not, why not.",
      },
    },
  },
  help: {
    title: "Get help",
    heading: "Where to get help",
    intro: "You do not have to do this on your own.",
    points: {
      questions:
        "If you have questions about your CETR, talk to your care coordinator or keyworker, or the person who invited you.",
      advocate: "An advocate can help you speak up. Ask the people who support you how to get one.",
      request:
        "You, your family or your advocate can ask for a CETR if you are worried about your care. Ask your care coordinator. Asking for a CETR is not the same as making a complaint.",
      emergency:
        "If you are in danger or someone is hurting you, tell someone you trust straight away. In an emergency, call 999.",
    },
    backToWelcome: "Read about what a CETR is",
  },
  signIn: {
    title: "Enter your email address",
    lead: "We will send you an email with a 6-digit code and a link. You can use either one to sign in.",
    emailLabel: "Email address",
    emailHint: "Use the email address your care coordinator has for you.",
    continue: "Continue",
    errors: {
      emailRequired: "Enter your email address",
      emailFormat: "Enter an email address in the right format, like name@example.com",
    },
    endedTitle: "You have been signed out",
    ended: "For your safety, you were signed out after a while. Sign in again to carry on.",
    code: {
      title: "Check your email",
      sentTo:
        "If {{email}} has an account with us, we have sent it an email with a 6-digit code and a link.",
      expires: "The code and the link work for 15 minutes, in this browser only.",
      codeLabel: "Enter the 6-digit code",
      codeHint: "The code is in the email. For example, 482 913.",
      submit: "Sign in",
      notArrivedHeading: "What to do if the email does not arrive",
      notArrived: {
        spam: "Check your spam or junk folder.",
        wait: "Wait a few minutes. Emails can take a little while.",
        again: "Ask for a new code.",
        coordinator: "If it still does not arrive, contact your care coordinator.",
      },
      askAgain: "Ask for a new code",
      errors: {
        required: "Enter the 6-digit code from the email",
        invalid:
          "The code is not right, or it is more than 15 minutes old. Check the newest email and try again, or ask for a new code.",
        used: "This code has already been used. Ask for a new code.",
        wrongBrowser:
          "This code was asked for in a different browser. Use the browser you used to ask for it, or ask for a new code here.",
      },
    },
    link: {
      title: "This sign-in link did not work",
      reasonUsed: "The link has already been used.",
      reasonOther: "The link may be old, already used, or opened in a different browser.",
      whatToDoTitle: "What to do",
      whatToDo:
        "Open the link in the same browser you used to ask for it, or type the code from the email instead.",
      askAgain: "Ask for a new code and link",
    },
    tooMany: {
      title: "Too many tries",
      body: "You have tried to sign in too many times. This keeps your account safe.",
      wait: "Please wait {{wait}}, then try again.",
      minutes_one: "{{count}} minute",
      minutes_other: "{{count}} minutes",
      seconds_one: "{{count}} second",
      seconds_other: "{{count}} seconds",
      help: "If you need help now, contact your care coordinator.",
    },
  },
  home: {
    title: "Your home page",
    greeting: "Hello, {{name}}",
    whoHeading: "Who this is about",
    nextReview: "The next review is on {{date}}.",
    noReview: "There is no review date yet.",
    nobody:
      "There is nobody linked to your account yet. When your care coordinator invites you, the person will show here.",
  },
  recordViews: {
    title: "Who has looked at the record",
    homeLink: "See who has looked at the record",
    intro:
      "Every time someone looks at or changes the record, we keep a note of who it was and when. Here you can see those notes. Your own looks are not shown.",
    whoseRecord: "{{name}}'s record",
    yourRecord: "Your record",
    nobody:
      "There is nobody whose record you can see here. You can see this for yourself and for a child you have parental responsibility for.",
    none: "Nobody else has looked at this record yet.",
    sentence: "{{who}} {{did}} on {{when}}.",
    when: "{{date}} at {{time}}",
    repeated: "This happened {{count}} times in a row, at about the same time.",
    refused: "They were not allowed to.",
    did: {
      looked: "looked at {{things}}",
      changed: "changed {{things}}",
      triedToLook: "tried to look at {{things}}",
      triedToChange: "tried to change {{things}}",
    },
    who: {
      staffAt: "{{name}}, {{role}} at {{organisation}},",
      named: "{{name}}, {{role}},",
      partner: "{{name}}, a computer system that staff use,",
      anonymous: "Someone who was not signed in",
      system: "The service itself",
    },
    roles: {
      COMMISSIONER: "a commissioner",
      CARE_COORDINATOR: "a care coordinator",
      CLINICIAN: "a doctor or nurse",
      CLINICAL_EXPERT: "a clinical expert",
      EXPERT_BY_EXPERIENCE: "an expert by experience",
      SOCIAL_WORKER: "a social worker",
      EDUCATION_STAFF: "someone from education",
      DISCHARGE_FACILITATOR: "a discharge facilitator",
      ADMINISTRATOR: "an administrator",
      SELF: "the person the record is about",
      PARENT_CARER: "a parent carer",
      OTHER_FAMILY: "a family member",
      ADVOCATE: "an advocate",
      PANEL: "a member of the review panel",
      staff: "a member of staff",
    },
    owner: {
      yours: "your {{things}}",
      named: "{{name}}'s {{things}}",
    },
    things: {
      Person: "details",
      Review: "reviews",
      Action: "actions",
      ActionUpdate: "updates on actions",
      EnquiryFinding: "review findings",
      Escalation: "concerns raised",
      Report: "review reports",
      ConsentRecord: "consent decisions",
      DischargePlan: "discharge plans",
      PlannerDocument: "planners",
      SettingEvent: "placement history",
      RestrictedPatientMonitoring: "monitoring records",
      AuditTrail: "list of who has looked at the record",
      other: "other records",
    },
    earlier: "Show earlier looks",
    earlierFor: "Show earlier looks at {{name}}'s record",
    backToAll: "Back to everyone",
    backHome: "Back to your home page",
  },
  passkeys: {
    title: "Passkeys",
    intro: {
      what: "A passkey lets you sign in with the fingerprint, face or screen lock on your phone, tablet or computer. You do not have to wait for an email.",
      optional: "Passkeys are optional. The code we email you always works too.",
      safe: "Your fingerprint or face never leaves your device. We only keep a key that cannot be used to sign in anywhere else.",
    },
    listHeading: "Your passkeys",
    none: "You have not added a passkey yet.",
    addedOn: "Added on {{date}}.",
    lastUsedOn: "Last used to sign in on {{date}}.",
    neverUsed: "Not used to sign in yet.",
    renameSummary: "Change the name of “{{name}}”",
    renameLabel: "New name",
    renameSubmit: "Save the new name",
    remove: "Remove “{{name}}”",
    removeHint: "After you remove it, this passkey cannot be used to sign in.",
    removedTitle: "Passkey removed",
    removed: "“{{name}}” can no longer be used to sign in.",
    renamedTitle: "Name changed",
    renamed: "The passkey is now called “{{name}}”.",
    addedTitle: "Passkey added",
    added: "Next time, choose “Sign in with a passkey” on the sign-in page.",
    addHeading: "Add a passkey",
    nameLabel: "Name for this passkey",
    nameHint: "So you can tell your passkeys apart. For example, “My phone”.",
    addSubmit: "Add a passkey",
    working: "Follow the steps on your device.",
    needsJavaScript:
      "Adding a passkey needs JavaScript, which is turned off or has not loaded in this browser. You can still sign in with the code we email you: it always works.",
    notSupported:
      "This browser cannot make passkeys. You can still sign in with the code we email you: it always works.",
    homeLink: "Sign in faster with a passkey",
    errors: {
      nameRequired: "Enter a name for the passkey, like “My phone”",
      nameTooLong: "The name must be 60 characters or fewer",
      tooMany: "You already have 10 passkeys. Remove one you do not use, then add the new one",
      cancelled: "The passkey was not added. You may have cancelled, or taken too long. Try again",
      expired: "This took too long. Try again",
      notVerified: "We could not check the passkey. Try again, or use a different device",
      alreadyAdded: "This device already has a passkey for your account",
      notFound: "We could not find that passkey. It may have been removed already",
    },
    signIn: {
      heading: "Or use a passkey",
      hint: "If you have added a passkey on this device, you can use it instead of a code.",
      button: "Sign in with a passkey",
      working: "Follow the steps on your device.",
      errors: {
        cancelled:
          "You did not sign in with a passkey. You may have cancelled. Try again, or enter your email address to get a code",
        notRecognised:
          "We do not know this passkey. It may have been removed. Enter your email address to get a code instead",
        failed:
          "Signing in with a passkey did not work. Try again, or enter your email address to get a code",
        tooMany: "You have tried to sign in too many times. Wait a few minutes, then try again",
      },
    },
  },
  signOut: {
    button: "Sign out",
  },
  invitation: {
    title: "You have been invited",
    titleWithName: "Help with {{name}}'s reviews",
    invitedBy: "{{by}} has invited you to help with {{name}}'s reviews.",
    invitedYou: "{{by}} has invited you to see your own reviews.",
    what: "When you accept, you can see {{name}}'s review dates and get ready for them here.",
    signInFirst:
      "Sign in with the email address the invitation was sent to. Then come back to this page.",
    signInButton: "Sign in to accept",
    confirmLegend: "Check this is you",
    confirm: {
      PARENT_CARER: "This is me, and I am {{name}}'s parent carer",
      SELF: "This is me, and I am {{name}}",
      OTHER_FAMILY: "This is me, and I am in {{name}}'s family",
      ADVOCATE: "This is me, and I am {{name}}'s advocate",
    },
    accept: "Accept the invitation",
    errors: {
      notConfirmed: "Tick the box to say this is you",
      wrongAccount:
        "This invitation was sent to a different email address. Sign out, then sign in with the address it was sent to.",
    },
    status: {
      EXPIRED: {
        title: "This invitation has run out",
        body: "Invitations only work for a short time, to keep people's information safe. Ask the person who invited you to send a new one.",
      },
      USED: {
        title: "This invitation has already been used",
        body: "If you accepted it, sign in to see your page. If you did not, contact the person who invited you.",
      },
      WITHDRAWN: {
        title: "This invitation has been cancelled",
        body: "The person who sent it has cancelled it. If you think this is a mistake, contact them or your care coordinator.",
      },
      UNKNOWN: {
        title: "We cannot find this invitation",
        body: "Check you used the whole link from the email. If it still does not work, ask the person who invited you to send a new one.",
      },
    },
  },
  leaving: leavingPlain,
  planner: plannerPlain,
  actions: actionsPlain,
  notifications: notificationsPlain,
  profile: profilePlain,
  request: requestPlain,
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "If you typed the web address, check it is correct.",
    problemTitle: "Sorry, there is a problem with the service",
    problemBody: "Try again later.",
    goHome: "Go to the start page",
  },
  /** The language switcher, text size and the notice on unchecked translations (ADR 0019). */
  language: {
    label: "Language",
    textSize: "Text size",
    textSizes: { standard: "Standard", large: "Large", largest: "Largest" },
    /** Shown in English under the same words in the page's language, on unchecked translations. */
    notReviewed:
      "A professional translator has not checked this translation yet. It may have mistakes.",
    readInEnglish: "Read this page in English",
  },
};

/** The shape every register of every language must match, key for key. */
export type Messages = typeof enPlain;
