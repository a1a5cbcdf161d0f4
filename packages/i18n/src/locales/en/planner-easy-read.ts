import type { plannerPlain } from "./planner-plain.js";

/**
 * My CETR Planner in easy read: short sentences, one idea each. Every entry
 * in `points` sits beside one picture on the page.
 */
export const plannerEasyRead: typeof plannerPlain = {
  title: "My CETR Planner",
  homeLink: "My CETR Planner",
  lead: "Get ready for your meeting. Say what matters to you.",
  about: "This planner is about {{name}}.",
  nextReview: "The meeting is on {{date}}.",
  noReview: "There is no date for the meeting yet. You can still fill in the planner.",
  howItWorks: {
    order: "You can do the parts in any order.",
    together: "You can do it on your own, or with someone. We show who wrote each answer.",
    saved: "We keep your answers safe. Nobody else sees them until you send them.",
  },
  sectionsHeading: "Your planner",
  progress: "You have finished {{done}} of {{total}} parts.",
  status: {
    notStarted: "Not started",
    inProgress: "Started",
    completed: "Finished",
  },
  checkHeading: "Check and send",
  checkLink: "Check your answers and send",
  checkHint: "You can send it before every part is finished.",
  saveAndContinue: "Save and go on",
  saveForLater: "Save and come back later",
  backToPlanner: "Back to the planner",
  optional: "(you do not have to answer)",
  writtenBy: "Written by {{name}}",
  writtenByRole: "Written by {{name}} ({{role}})",
  roles: {
    self: "the young person",
    parentCarer: "parent carer",
    family: "family",
    advocate: "advocate",
    staff: "staff",
    professional: "professional",
  },
  notAnswered: "No answer",
  sections: {
    about: {
      title: "What the meeting is",
      points: {
        meeting: "A CETR is a meeting about you and your care.",
        why: "It checks you get the right care in the right place.",
        panel: "Three people lead the meeting. They do not work in your care team.",
        listen: "What you think matters most. This planner helps people hear you.",
      },
      questionsIntro: "The meeting asks 4 questions:",
      confirm: "When you have read this, choose Save and go on.",
    },
    consent: {
      title: "Saying yes or no",
      points: {
        who: "The people at the meeting will read your planner.",
        what: "They see your answers. They see who wrote them.",
        choice: "You can say no. You can change your mind.",
        care: "If you say no, your care stays the same.",
        ask: "Your care coordinator will ask you about this too.",
      },
      share: {
        label: "Can the people at the meeting read your planner?",
        yes: "Yes",
        no: "No",
        notSure: "I am not sure. I want to talk about it.",
      },
      notes: {
        label: "Do you want to say anything else about this?",
        hint: "For example, something only one person should know.",
      },
    },
    people: {
      title: "Who I want at my meeting",
      points: {
        choose: "You can say who you want at the meeting.",
        notWant: "You can say who you do not want there.",
      },
      want: {
        label: "Who do you want at your meeting?",
        hint: "For example, Mum, my teacher, my advocate.",
      },
      notWant: {
        label: "Is there anyone you do not want there?",
        hint: "You can leave this empty.",
      },
    },
    where: {
      title: "Where and how we meet",
      points: {
        ways: "We can meet in a room, on a video call or on the phone.",
        breaks: "You can have a break when you need one.",
        quiet: "You can ask for a quiet room.",
      },
      how: {
        label: "How do you want to meet?",
        inPerson: "In a room together",
        video: "On a video call",
        phone: "On the phone",
        notSure: "I am not sure",
      },
      needs: {
        label: "What would help you on the day?",
        hint: "You can choose more than one.",
        breaks: "Breaks",
        quietRoom: "A quiet room",
        someoneWithMe: "Someone I know with me",
        shortMeeting: "A short meeting",
      },
      other: {
        label: "Anything else about where or how?",
        hint: "For example, a place you like.",
      },
    },
    communication: {
      title: "How I communicate",
      points: {
        talk: "Tell us the best way to talk with you.",
        adjustments: "The meeting must change things to help you take part.",
      },
      support: {
        label: "What help do you need?",
        hint: "You can choose more than one.",
        interpreter: "Someone to say things in my language",
        bsl: "A sign language (BSL) interpreter",
        easyRead: "Easy read papers",
        extraTime: "More time to answer",
        pictures: "Pictures",
        writtenDown: "Things written down",
      },
      language: {
        label: "What language do you speak?",
        hint: "Only if you need someone to say things in your language.",
      },
      adjustments: {
        label: "What else would help you?",
        hint: "For example, no bright lights.",
      },
    },
    talk: {
      title: "What I want to talk about",
      intro: "The meeting asks 4 questions. Write what you want to say.",
    },
    questions: {
      title: "My questions",
      points: {
        ask: "You can ask the panel anything.",
      },
      panelQuestions: {
        label: "What do you want to ask?",
        hint: "Write one question on each line.",
      },
    },
    panel: {
      title: "Meet the panel",
      points: {
        intro: "The panel is 3 people. They are there to listen to you.",
      },
      namedIntro: "These people are on your panel:",
      unnamed: "We do not know their names yet. Your care coordinator will tell you.",
      roles: {
        CHAIR: {
          term: "Chair",
          detail: "Runs the meeting. Makes sure everyone is heard.",
        },
        EXPERT_BY_EXPERIENCE: {
          term: "Expert by experience",
          detail: "Knows about services like yours from their own life.",
        },
        CLINICAL_EXPERT: {
          term: "Clinical expert",
          detail: "A doctor or nurse. They do not work with you already.",
        },
      },
      confirm: "When you have read this, choose Save and go on.",
    },
  },
  fourQuestions: {
    SAFE: { label: "Am I safe?", hint: "What makes you feel safe? What worries you?" },
    CURRENT_CARE: {
      label: "Is my care good?",
      hint: "What is good about your care? What is not good?",
    },
    FUTURE_PLAN: {
      label: "What are my plans for the future?",
      hint: "Where do you want to live? What do you want to do?",
    },
    NEED_HOSPITAL: {
      label: "Do I need to be in hospital?",
      hint: "What would help you be at home?",
    },
  },
  errors: {
    tooLong: "Your answer is too long. Make it {{max}} letters or fewer.",
    languageRequired: "Tell us your language",
    notSaved: "We could not save your answers. They are still here. Try again soon.",
  },
  check: {
    title: "Check your answers",
    change: "Change",
    intro: "Read your answers. You can change them.",
    sendHeading: "Send your planner",
    sendText:
      "After you send it, you cannot change it here. Tell your care coordinator about changes.",
    send: "Send",
    nothing: "You have not answered any questions yet.",
    nothingError: "Answer one question before you send",
  },
  sent: {
    title: "Planner sent",
    body: "Thank you. The people at the meeting can read it now.",
    nextHeading: "What happens next",
    next: {
      read: "The panel reads your planner before the meeting.",
      contact: "Your care coordinator may talk to you about it.",
      day: "At the meeting, the panel asks about what you wrote.",
      change: "If something changes, tell your care coordinator.",
    },
    sentOn: "You sent this planner on {{date}}.",
    view: "See what you sent",
    yourAnswers: "What you sent",
  },
  after: {
    heading: "After the meeting",
    points: {
      findings: "At the end, the panel says what they found.",
      report: "You get a report within 2 weeks.",
      actions: "The report says what people must do.",
      followUp: "Someone checks these things happen.",
    },
    feedbackLink: "Tell us how the meeting went",
    feedbackGiven: "Thank you for telling us how the meeting went.",
  },
  feedback: {
    title: "Tell us how the meeting went",
    intro: "Your answers help make meetings better.",
    howWasIt: {
      label: "How was the meeting for you?",
      good: "Good",
      ok: "OK",
      notGood: "Not good",
    },
    listened: {
      label: "Did people listen to you?",
      yes: "Yes",
      partly: "A bit",
      no: "No",
    },
    better: {
      label: "What could be better?",
      hint: "For example, the room or the time.",
    },
    send: "Send",
    required: "Choose how the meeting was for you",
    thanksTitle: "Thank you",
    thanks: "We have your answers. They help make meetings better.",
  },
};
