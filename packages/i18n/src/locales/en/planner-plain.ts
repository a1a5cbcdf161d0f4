/**
 * My CETR Planner in plain English (the `planner` group of `enPlain`). Kept in
 * its own file because the planner has many pages; plain.ts includes it, so
 * its shape is still the contract for easy read and other languages.
 */
export const plannerPlain = {
  title: "My CETR Planner",
  homeLink: "My CETR Planner",
  lead: "Get ready for the review. Say what matters, in your own words, before the day.",
  about: "This planner is about {{name}}.",
  nextReview: "The review is on {{date}}.",
  noReview:
    "There is no date for a review yet. You can still fill in the planner, and it will be ready when there is one.",
  howItWorks: {
    order: "You can do the sections in any order, and come back to them as often as you like.",
    together:
      "A young person can fill it in on their own, with someone, or a parent carer can fill it in for them. We show who wrote each answer.",
    saved:
      "Your answers are saved on our system when you choose a button. Nothing is shared until you check your answers and choose Send.",
  },
  sectionsHeading: "Your planner",
  progress: "You have completed {{done}} of {{total}} sections.",
  status: {
    notStarted: "Not started",
    inProgress: "In progress",
    completed: "Completed",
  },
  checkHeading: "Check and send",
  checkLink: "Check your answers and send",
  checkHint: "You can send your planner before every section is completed.",
  saveAndContinue: "Save and continue",
  saveForLater: "Save and come back later",
  backToPlanner: "Back to the planner",
  optional: "(optional)",
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
  notAnswered: "Not answered",
  sections: {
    about: {
      title: "What a review is and why it happens",
      points: {
        meeting:
          "A Care, Education and Treatment Review (CETR) is a meeting about a young person's care. It brings together the young person, their family and the people who support them.",
        why: "It happens when a young person is in hospital, or might need to go into hospital, for their mental health. The review checks they are getting the right care, in the right place.",
        panel:
          "Three people who do not work for the young person's care team lead it: the chair, an expert by experience and a clinical expert.",
        listen: "The young person's views matter most. This planner helps them be heard.",
      },
      questionsIntro: "The review asks four questions:",
      confirm: "Choose Save and continue when you have read this page.",
    },
    consent: {
      title: "Saying yes or no to sharing",
      points: {
        who: "When you send this planner, the people running the review will read it: the panel and the care coordinator.",
        what: "They will see all your answers and who wrote them. They use them to get ready for the review.",
        choice: "It is your choice. You can say no, or change your mind at any time.",
        care: "Saying no will not change your care or treatment in any way.",
        ask: "Your care coordinator will also ask you about this, and explain anything you are not sure about.",
      },
      share: {
        label: "Are you happy for the people at the review to read this planner?",
        yes: "Yes, they can read it",
        no: "No, I do not want them to read it",
        notSure: "I am not sure yet, I want to talk about it first",
      },
      notes: {
        label: "Is there anything you want to say about this?",
        hint: "For example, something you only want one person to know.",
      },
    },
    people: {
      title: "Who I want at my review",
      points: {
        choose:
          "You can say who you would like to be there, such as family, a friend or a teacher.",
        notWant: "You can also say who you do not want there, and why if you want to.",
      },
      want: {
        label: "Who do you want at your review?",
        hint: "For example, Mum, my teacher, my advocate.",
      },
      notWant: {
        label: "Is there anyone you do not want at your review?",
        hint: "Leave this empty if there is nobody.",
      },
    },
    where: {
      title: "Where and how the review happens",
      points: {
        ways: "A review can happen in a room together, on a video call or on the phone.",
        breaks: "You can have breaks whenever you need them.",
        quiet: "You can ask for a quiet room, or a place you know.",
      },
      how: {
        label: "How would you like to take part?",
        inPerson: "In person, in the same room",
        video: "On a video call",
        phone: "On the phone",
        notSure: "I am not sure",
      },
      needs: {
        label: "What would help you on the day?",
        hint: "Choose all that apply.",
        breaks: "Breaks when I need them",
        quietRoom: "A quiet room",
        someoneWithMe: "Someone I know sitting with me",
        shortMeeting: "A shorter meeting, or more than one",
      },
      other: {
        label: "Anything else about where or how?",
        hint: "For example, a place you feel comfortable, or a time of day that suits you.",
      },
    },
    communication: {
      title: "My communication needs",
      points: {
        talk: "Tell us the best way to talk with you, so you can understand and be understood.",
        adjustments:
          "The review must make changes so you can take part. These are called reasonable adjustments.",
      },
      support: {
        label: "What help do you need to communicate?",
        hint: "Choose all that apply.",
        interpreter: "A spoken language interpreter",
        bsl: "A British Sign Language (BSL) interpreter",
        easyRead: "Easy read papers",
        extraTime: "Extra time to answer",
        pictures: "Pictures or symbols",
        writtenDown: "Things written down for me",
      },
      language: {
        label: "Which language should the interpreter speak?",
        hint: "Only if you need a spoken language interpreter.",
      },
      adjustments: {
        label: "What other changes would help you take part?",
        hint: "For example, no bright lights, or knowing who will be there before the day.",
      },
    },
    talk: {
      title: "What I want to talk about",
      intro:
        "The review asks four questions. Write what you want to say about each one. You can leave any of them empty.",
    },
    questions: {
      title: "My questions for the panel",
      points: {
        ask: "You can ask the panel anything about your care, your plans or the review.",
      },
      panelQuestions: {
        label: "What questions do you want to ask?",
        hint: "Write one question on each line.",
      },
    },
    panel: {
      title: "Meeting the panel",
      points: {
        intro:
          "The panel is the three people who lead the review. They are there to listen to you.",
      },
      namedIntro: "These are the people on the panel for your review:",
      unnamed:
        "Staff have not added the names of the panel yet. Your care coordinator will tell you who they are before the review.",
      roles: {
        CHAIR: {
          term: "Chair",
          detail: "Runs the meeting and makes sure everyone is heard.",
        },
        EXPERT_BY_EXPERIENCE: {
          term: "Expert by experience",
          detail: "Someone with their own or their family's experience of services like yours.",
        },
        CLINICAL_EXPERT: {
          term: "Clinical expert",
          detail: "A doctor, nurse or therapist who does not work with you already.",
        },
      },
      confirm: "Choose Save and continue when you have read this page.",
    },
  },
  fourQuestions: {
    SAFE: { label: "Am I safe?", hint: "What helps you feel safe, and what worries you?" },
    CURRENT_CARE: {
      label: "Is my care good?",
      hint: "What is going well with your care, and what is not?",
    },
    FUTURE_PLAN: {
      label: "What are my plans for the future?",
      hint: "Where you want to live, school or work, and what you want to do.",
    },
    NEED_HOSPITAL: {
      label: "Do I need to be in hospital?",
      hint: "What would help you stay out of hospital, or leave it?",
    },
  },
  errors: {
    tooLong: "Your answer must be {{max}} characters or fewer. It is {{length}} characters now.",
    languageRequired: "Say which language the interpreter should speak",
    notSaved:
      "Your answers could not be saved just now. They are still on this page. Try again in a few minutes.",
  },
  check: {
    title: "Check your answers before sending",
    change: "Change",
    intro:
      "Read your answers. You can change any of them. When you choose Send, the panel and the care coordinator can read your planner.",
    sendHeading: "Now send your planner",
    sendText:
      "You will not be able to change it here after you send it. If something changes, tell your care coordinator.",
    send: "Send",
    nothing: "You have not answered any questions yet. Fill in at least one section first.",
    nothingError: "Answer at least one question before you send your planner",
  },
  sent: {
    title: "Planner sent",
    body: "Thank you. The panel and the care coordinator can now read it.",
    nextHeading: "What happens next",
    next: {
      read: "The panel will read your planner before the review.",
      contact: "Your care coordinator may get in touch to talk about your answers.",
      day: "On the day, the panel will ask you about the things you wrote.",
      change: "If something changes before the review, tell your care coordinator.",
    },
    sentOn: "You sent this planner on {{date}}.",
    view: "See what you sent",
    yourAnswers: "What you sent",
  },
  after: {
    heading: "After the review",
    points: {
      findings: "At the end of the meeting, the panel says what they found.",
      report: "Within 2 weeks, you get a report with what the panel found.",
      actions: "The report lists things people must do, and by when.",
      followUp: "Someone checks that these things happen.",
    },
    feedbackLink: "Tell us how the review went",
    feedbackGiven: "Thank you for telling us how the review went.",
  },
  feedback: {
    title: "Tell us how the review went",
    intro: "Your answers help make reviews better. They go to the people who run reviews.",
    howWasIt: {
      label: "How did the review go for you?",
      good: "Good",
      ok: "OK",
      notGood: "Not good",
    },
    listened: {
      label: "Did you feel listened to?",
      yes: "Yes",
      partly: "A bit",
      no: "No",
    },
    better: {
      label: "What could have been better?",
      hint: "For example, the room, the time, or how people spoke to you.",
    },
    send: "Send feedback",
    required: "Choose how the review went for you",
    thanksTitle: "Thank you for your feedback",
    thanks: "We have your feedback. It helps us make reviews better for everyone.",
  },
};
