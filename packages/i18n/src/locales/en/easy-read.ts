import type { Messages } from "./plain.js";

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
          "It is for young people with a learning disability or autism. It is for young people who might go into hospital, or who are in hospital now.",
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
  errors: {
    notFoundTitle: "We cannot find this page",
    notFoundBody: "Check the web address is right.",
    problemTitle: "Sorry, something went wrong",
    problemBody: "Please try again later.",
    goHome: "Go to the start page",
  },
};
