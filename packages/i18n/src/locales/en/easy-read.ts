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
  errors: {
    notFoundTitle: "We cannot find this page",
    notFoundBody: "Check the web address is right.",
    problemTitle: "Sorry, something went wrong",
    problemBody: "Please try again later.",
    goHome: "Go to the start page",
  },
};
