import type { Translation } from "../../translation.js";
import type { plannerPlain as english } from "../en/planner-plain.js";

/** Mój planer CETR in Polish easy read: short sentences, one idea each. */
export const plannerEasyRead: Translation<typeof english> = {
  title: "Mój planer CETR",
  homeLink: "Mój planer CETR",
  lead: "Przygotuj się do spotkania. Powiedz, co jest dla ciebie ważne.",
  about: "Ten planer jest o: {{name}}.",
  nextReview: "Spotkanie: {{date}}.",
  noReview: "Nie ma jeszcze daty spotkania. Możesz już wypełniać planer.",
  howItWorks: {
    order: "Możesz robić części w dowolnej kolejności.",
    together: "Możesz to zrobić sam(a) albo z kimś. Pokazujemy, kto napisał każdą odpowiedź.",
    saved:
      "Przechowujemy twoje odpowiedzi bezpiecznie. Nikt ich nie widzi, dopóki ich nie wyślesz.",
  },
  sectionsHeading: "Twój planer",
  progress: "Skończone części: {{done}} z {{total}}.",
  status: {
    notStarted: "Nie zaczęte",
    inProgress: "Zaczęte",
    completed: "Skończone",
  },
  checkHeading: "Sprawdź i wyślij",
  checkLink: "Sprawdź odpowiedzi i wyślij",
  checkHint: "Możesz wysłać, zanim skończysz wszystkie części.",
  saveAndContinue: "Zapisz i idź dalej",
  saveForLater: "Zapisz i wróć później",
  backToPlanner: "Wróć do planera",
  optional: "(nie musisz odpowiadać)",
  writtenBy: "Napisał(a): {{name}}",
  writtenByRole: "Napisał(a): {{name}} ({{role}})",
  roles: {
    self: "młoda osoba",
    parentCarer: "rodzic lub opiekun",
    family: "rodzina",
    advocate: "rzecznik",
    staff: "personel",
    professional: "specjalista",
  },
  notAnswered: "Brak odpowiedzi",
  sections: {
    about: {
      title: "Co to za spotkanie",
      points: {
        meeting: "CETR to spotkanie o tobie i twojej opiece.",
        why: "Sprawdza, czy masz dobrą opiekę w dobrym miejscu.",
        panel: "Spotkanie prowadzą trzy osoby. Nie pracują w twoim zespole opieki.",
        listen: "Najważniejsze jest to, co myślisz. Ten planer pomaga ludziom cię usłyszeć.",
      },
      questionsIntro: "Spotkanie zadaje 4 pytania:",
      confirm: "Gdy to przeczytasz, wybierz „Zapisz i idź dalej”.",
    },
    consent: {
      title: "Mówisz tak albo nie",
      points: {
        who: "Osoby na spotkaniu przeczytają twój planer.",
        what: "Zobaczą twoje odpowiedzi. Zobaczą, kto je napisał.",
        choice: "Możesz powiedzieć „nie”. Możesz zmienić zdanie.",
        care: "Jeśli powiesz „nie”, twoja opieka się nie zmieni.",
        ask: "Koordynator opieki też cię o to zapyta.",
      },
      share: {
        label: "Czy osoby na spotkaniu mogą przeczytać twój planer?",
        yes: "Tak",
        no: "Nie",
        notSure: "Nie wiem. Chcę o tym porozmawiać.",
      },
      notes: {
        label: "Chcesz coś jeszcze o tym powiedzieć?",
        hint: "Na przykład coś, o czym ma wiedzieć tylko jedna osoba.",
      },
    },
    people: {
      title: "Kogo chcę na spotkaniu",
      points: {
        choose: "Możesz powiedzieć, kogo chcesz na spotkaniu.",
        notWant: "Możesz powiedzieć, kogo tam nie chcesz.",
      },
      want: {
        label: "Kogo chcesz na spotkaniu?",
        hint: "Na przykład mamę, nauczyciela, rzecznika.",
      },
      notWant: {
        label: "Czy jest ktoś, kogo tam nie chcesz?",
        hint: "Możesz zostawić puste.",
      },
    },
    where: {
      title: "Gdzie i jak się spotkamy",
      points: {
        ways: "Możemy spotkać się w pokoju, przez wideo albo przez telefon.",
        breaks: "Możesz zrobić przerwę, kiedy potrzebujesz.",
        quiet: "Możesz poprosić o cichy pokój.",
      },
      how: {
        label: "Jak chcesz się spotkać?",
        inPerson: "Razem w pokoju",
        video: "Przez wideo",
        phone: "Przez telefon",
        notSure: "Nie wiem",
      },
      needs: {
        label: "Co pomoże ci w tym dniu?",
        hint: "Możesz wybrać więcej niż jedno.",
        breaks: "Przerwy",
        quietRoom: "Cichy pokój",
        someoneWithMe: "Ktoś znajomy obok mnie",
        shortMeeting: "Krótkie spotkanie",
      },
      other: {
        label: "Coś jeszcze o tym, gdzie i jak?",
        hint: "Na przykład miejsce, które lubisz.",
      },
    },
    communication: {
      title: "Jak się komunikuję",
      points: {
        talk: "Powiedz nam, jak najlepiej z tobą rozmawiać.",
        adjustments: "Spotkanie musi coś zmienić, żebyś mógł/mogła wziąć udział.",
      },
      support: {
        label: "Jakiej pomocy potrzebujesz?",
        hint: "Możesz wybrać więcej niż jedno.",
        interpreter: "Ktoś, kto mówi w moim języku",
        bsl: "Tłumacz języka migowego (BSL)",
        easyRead: "Dokumenty łatwe do czytania",
        extraTime: "Więcej czasu na odpowiedź",
        pictures: "Obrazki",
        writtenDown: "Rzeczy zapisane dla mnie",
      },
      language: {
        label: "W jakim języku mówisz?",
        hint: "Tylko jeśli potrzebujesz kogoś, kto mówi w twoim języku.",
      },
      adjustments: {
        label: "Co jeszcze by ci pomogło?",
        hint: "Na przykład brak jasnego światła.",
      },
    },
    talk: {
      title: "O czym chcę porozmawiać",
      intro: "Spotkanie zadaje 4 pytania. Napisz, co chcesz powiedzieć.",
    },
    questions: {
      title: "Moje pytania",
      points: {
        ask: "Możesz zapytać zespół o wszystko.",
      },
      panelQuestions: {
        label: "O co chcesz zapytać?",
        hint: "Napisz każde pytanie w nowym wierszu.",
      },
    },
    panel: {
      title: "Poznaj zespół",
      points: {
        intro: "Zespół to 3 osoby. Są tam, żeby cię słuchać.",
      },
      namedIntro: "Te osoby są w twoim zespole:",
      unnamed: "Nie znamy jeszcze ich imion. Koordynator opieki ci powie.",
      roles: {
        CHAIR: {
          term: "Przewodniczący",
          detail: "Prowadzi spotkanie. Dba, żeby każdego wysłuchano.",
        },
        EXPERT_BY_EXPERIENCE: {
          term: "Ekspert przez doświadczenie",
          detail: "Zna takie usługi jak twoje z własnego życia.",
        },
        CLINICAL_EXPERT: {
          term: "Ekspert kliniczny",
          detail: "Lekarz albo pielęgniarka. Jeszcze z tobą nie pracuje.",
        },
      },
      confirm: "Gdy to przeczytasz, wybierz „Zapisz i idź dalej”.",
    },
  },
  fourQuestions: {
    SAFE: {
      label: "Czy jestem bezpieczny/bezpieczna?",
      hint: "Co sprawia, że czujesz się bezpiecznie? Co cię martwi?",
    },
    CURRENT_CARE: {
      label: "Czy moja opieka jest dobra?",
      hint: "Co jest dobre w twojej opiece? Co nie jest dobre?",
    },
    FUTURE_PLAN: {
      label: "Jakie mam plany na przyszłość?",
      hint: "Gdzie chcesz mieszkać? Co chcesz robić?",
    },
    NEED_HOSPITAL: {
      label: "Czy muszę być w szpitalu?",
      hint: "Co pomogłoby ci być w domu?",
    },
  },
  errors: {
    tooLong: "Twoja odpowiedź jest za długa. Użyj najwyżej {{max}} znaków.",
    languageRequired: "Napisz, jaki to język",
    notSaved: "Nie udało się zapisać odpowiedzi. Nadal tu są. Spróbuj za chwilę.",
  },
  check: {
    title: "Sprawdź odpowiedzi",
    change: "Zmień",
    intro: "Przeczytaj odpowiedzi. Możesz je zmienić.",
    sendHeading: "Wyślij swój planer",
    sendText: "Po wysłaniu nie zmienisz go tutaj. O zmianach powiedz koordynatorowi opieki.",
    send: "Wyślij",
    nothing: "Nie ma jeszcze żadnej odpowiedzi.",
    nothingError: "Odpowiedz na jedno pytanie, zanim wyślesz",
  },
  sent: {
    title: "Planer wysłany",
    body: "Dziękujemy. Osoby na spotkaniu mogą go teraz przeczytać.",
    nextHeading: "Co będzie dalej",
    next: {
      read: "Zespół czyta twój planer przed spotkaniem.",
      contact: "Koordynator opieki może z tobą o nim porozmawiać.",
      day: "Na spotkaniu zespół zapyta o to, co napisano.",
      change: "Jeśli coś się zmieni, powiedz koordynatorowi opieki.",
    },
    sentOn: "Planer wysłano: {{date}}.",
    view: "Zobacz, co wysłano",
    yourAnswers: "Co wysłano",
  },
  after: {
    heading: "Po spotkaniu",
    points: {
      findings: "Na końcu zespół mówi, co ustalił.",
      report: "W ciągu 2 tygodni dostaniesz raport.",
      actions: "Raport mówi, co ludzie muszą zrobić.",
      followUp: "Ktoś sprawdza, czy to się dzieje.",
    },
    feedbackLink: "Powiedz nam, jak było na spotkaniu",
    feedbackGiven: "Dziękujemy, że powiedziano nam, jak było na spotkaniu.",
  },
  feedback: {
    title: "Powiedz nam, jak było na spotkaniu",
    intro: "Twoje odpowiedzi pomagają ulepszać spotkania.",
    howWasIt: {
      label: "Jak było dla ciebie na spotkaniu?",
      good: "Dobrze",
      ok: "W porządku",
      notGood: "Niedobrze",
    },
    listened: {
      label: "Czy ludzie cię słuchali?",
      yes: "Tak",
      partly: "Trochę",
      no: "Nie",
    },
    better: {
      label: "Co mogłoby być lepsze?",
      hint: "Na przykład pokój albo godzina.",
    },
    send: "Wyślij",
    required: "Wybierz, jak było dla ciebie na spotkaniu",
    thanksTitle: "Dziękujemy",
    thanks: "Mamy twoje odpowiedzi. Pomagają ulepszać spotkania.",
  },
};
