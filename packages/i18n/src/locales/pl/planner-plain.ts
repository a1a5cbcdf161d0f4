import type { Translation } from "../../translation.js";
import type { plannerPlain as english } from "../en/planner-plain.js";

/** Mój planer CETR, plain register (the `planner` group of `plPlain`). */
export const plannerPlain: Translation<typeof english> = {
  title: "Mój planer CETR",
  homeLink: "Mój planer CETR",
  lead: "Przygotuj się do przeglądu. Powiedz przed spotkaniem, co jest ważne, własnymi słowami.",
  about: "Ten planer dotyczy osoby: {{name}}.",
  nextReview: "Data przeglądu: {{date}}.",
  noReview:
    "Nie ma jeszcze daty przeglądu. Możesz już wypełniać planer, a będzie gotowy, gdy data zostanie ustalona.",
  howItWorks: {
    order: "Możesz wypełniać części w dowolnej kolejności i wracać do nich tak często, jak chcesz.",
    together:
      "Młoda osoba może wypełnić planer sama albo z kimś, albo rodzic lub opiekun może wypełnić go za nią. Pokazujemy, kto napisał każdą odpowiedź.",
    saved:
      "Twoje odpowiedzi zapisują się w naszym systemie, gdy naciśniesz przycisk. Nic nie jest udostępniane, dopóki nie sprawdzisz odpowiedzi i nie wybierzesz „Wyślij”.",
  },
  sectionsHeading: "Twój planer",
  progress: "Ukończone części: {{done}} z {{total}}.",
  status: {
    notStarted: "Nierozpoczęte",
    inProgress: "W trakcie",
    completed: "Ukończone",
  },
  checkHeading: "Sprawdź i wyślij",
  checkLink: "Sprawdź odpowiedzi i wyślij",
  checkHint: "Możesz wysłać planer, zanim ukończysz wszystkie części.",
  saveAndContinue: "Zapisz i przejdź dalej",
  saveForLater: "Zapisz i wróć później",
  backToPlanner: "Wróć do planera",
  optional: "(nieobowiązkowe)",
  writtenBy: "Autor: {{name}}",
  writtenByRole: "Autor: {{name}} ({{role}})",
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
      title: "Czym jest przegląd i dlaczego się odbywa",
      points: {
        meeting:
          "Przegląd opieki, edukacji i leczenia (CETR) to spotkanie o opiece nad młodą osobą. Spotykają się na nim młoda osoba, jej rodzina i osoby, które ją wspierają.",
        why: "Odbywa się, gdy młoda osoba jest w szpitalu albo może potrzebować pójścia do szpitala z powodu zdrowia psychicznego. Przegląd sprawdza, czy dostaje właściwą opiekę we właściwym miejscu.",
        panel:
          "Prowadzą go trzy osoby spoza zespołu, który opiekuje się młodą osobą: przewodniczący, ekspert przez doświadczenie i ekspert kliniczny.",
        listen: "Najważniejsze jest zdanie młodej osoby. Ten planer pomaga, żeby ją usłyszano.",
      },
      questionsIntro: "Przegląd zadaje cztery pytania:",
      confirm: "Gdy przeczytasz tę stronę, wybierz „Zapisz i przejdź dalej”.",
    },
    consent: {
      title: "Zgoda lub brak zgody na udostępnienie",
      points: {
        who: "Gdy wyślesz ten planer, przeczytają go osoby prowadzące przegląd: zespół i koordynator opieki.",
        what: "Zobaczą wszystkie twoje odpowiedzi i kto je napisał. Wykorzystają je, żeby przygotować się do przeglądu.",
        choice: "To twój wybór. Możesz się nie zgodzić albo w każdej chwili zmienić zdanie.",
        care: "Brak zgody w żaden sposób nie zmieni twojej opieki ani leczenia.",
        ask: "Twój koordynator opieki też cię o to zapyta i wyjaśni wszystko, czego nie jesteś pewien/pewna.",
      },
      share: {
        label: "Czy zgadzasz się, żeby osoby na przeglądzie przeczytały ten planer?",
        yes: "Tak, mogą go przeczytać",
        no: "Nie, nie chcę, żeby go czytały",
        notSure: "Jeszcze nie wiem, chcę najpierw o tym porozmawiać",
      },
      notes: {
        label: "Czy chcesz coś o tym powiedzieć?",
        hint: "Na przykład coś, o czym ma wiedzieć tylko jedna osoba.",
      },
    },
    people: {
      title: "Kogo chcę na moim przeglądzie",
      points: {
        choose:
          "Możesz napisać, kogo chcesz na spotkaniu, na przykład rodzinę, przyjaciela albo nauczyciela.",
        notWant: "Możesz też napisać, kogo tam nie chcesz, i jeśli chcesz, dlaczego.",
      },
      want: {
        label: "Kogo chcesz na swoim przeglądzie?",
        hint: "Na przykład mamę, mojego nauczyciela, mojego rzecznika.",
      },
      notWant: {
        label: "Czy jest ktoś, kogo nie chcesz na swoim przeglądzie?",
        hint: "Zostaw puste, jeśli nie ma nikogo takiego.",
      },
    },
    where: {
      title: "Gdzie i jak odbędzie się przegląd",
      points: {
        ways: "Przegląd może odbyć się razem w jednym pokoju, przez rozmowę wideo albo przez telefon.",
        breaks: "Możesz robić przerwy, kiedy tylko potrzebujesz.",
        quiet: "Możesz poprosić o cichy pokój albo miejsce, które znasz.",
      },
      how: {
        label: "Jak chcesz wziąć udział?",
        inPerson: "Osobiście, w tym samym pokoju",
        video: "Przez rozmowę wideo",
        phone: "Przez telefon",
        notSure: "Nie wiem",
      },
      needs: {
        label: "Co pomoże ci w dniu przeglądu?",
        hint: "Zaznacz wszystko, co pasuje.",
        breaks: "Przerwy, kiedy ich potrzebuję",
        quietRoom: "Cichy pokój",
        someoneWithMe: "Ktoś znajomy siedzący obok mnie",
        shortMeeting: "Krótsze spotkanie albo kilka spotkań",
      },
      other: {
        label: "Coś jeszcze o tym, gdzie i jak?",
        hint: "Na przykład miejsce, w którym czujesz się dobrze, albo pora dnia, która ci pasuje.",
      },
    },
    communication: {
      title: "Moje potrzeby w komunikacji",
      points: {
        talk: "Napisz, jak najlepiej z tobą rozmawiać, żebyś rozumiał(a) i był(a) rozumiany/rozumiana.",
        adjustments:
          "Przegląd musi wprowadzić zmiany, żebyś mógł/mogła wziąć udział. Nazywa się je racjonalnymi usprawnieniami.",
      },
      support: {
        label: "Jakiej pomocy potrzebujesz w komunikacji?",
        hint: "Zaznacz wszystko, co pasuje.",
        interpreter: "Tłumacz języka mówionego",
        bsl: "Tłumacz brytyjskiego języka migowego (BSL)",
        easyRead: "Dokumenty łatwe do czytania",
        extraTime: "Więcej czasu na odpowiedź",
        pictures: "Obrazki lub symbole",
        writtenDown: "Informacje zapisane dla mnie",
      },
      language: {
        label: "W jakim języku ma mówić tłumacz?",
        hint: "Tylko jeśli potrzebujesz tłumacza języka mówionego.",
      },
      adjustments: {
        label: "Jakie inne zmiany pomogą ci wziąć udział?",
        hint: "Na przykład brak jasnego światła albo wiedza przed spotkaniem, kto na nim będzie.",
      },
    },
    talk: {
      title: "O czym chcę porozmawiać",
      intro:
        "Przegląd zadaje cztery pytania. Napisz, co chcesz powiedzieć o każdym z nich. Każde możesz zostawić puste.",
    },
    questions: {
      title: "Moje pytania do zespołu",
      points: {
        ask: "Możesz zapytać zespół o wszystko, co dotyczy twojej opieki, twoich planów albo przeglądu.",
      },
      panelQuestions: {
        label: "Jakie pytania chcesz zadać?",
        hint: "Napisz każde pytanie w osobnym wierszu.",
      },
    },
    panel: {
      title: "Poznaj zespół",
      points: {
        intro: "Zespół to trzy osoby, które prowadzą przegląd. Są po to, żeby cię wysłuchać.",
      },
      namedIntro: "Oto osoby w zespole twojego przeglądu:",
      unnamed:
        "Personel nie dodał jeszcze nazwisk członków zespołu. Koordynator opieki powie ci przed przeglądem, kim są.",
      roles: {
        CHAIR: {
          term: "Przewodniczący",
          detail: "Prowadzi spotkanie i dba o to, żeby każdy został wysłuchany.",
        },
        EXPERT_BY_EXPERIENCE: {
          term: "Ekspert przez doświadczenie",
          detail: "Osoba, która sama lub jej rodzina korzystała z usług takich jak twoje.",
        },
        CLINICAL_EXPERT: {
          term: "Ekspert kliniczny",
          detail: "Lekarz, pielęgniarka lub terapeuta, który jeszcze z tobą nie pracuje.",
        },
      },
      confirm: "Gdy przeczytasz tę stronę, wybierz „Zapisz i przejdź dalej”.",
    },
  },
  fourQuestions: {
    SAFE: {
      label: "Czy jestem bezpieczny/bezpieczna?",
      hint: "Co pomaga ci czuć się bezpiecznie, a co cię martwi?",
    },
    CURRENT_CARE: {
      label: "Czy moja opieka jest dobra?",
      hint: "Co w twojej opiece idzie dobrze, a co nie?",
    },
    FUTURE_PLAN: {
      label: "Jakie mam plany na przyszłość?",
      hint: "Gdzie chcesz mieszkać, szkoła lub praca i co chcesz robić.",
    },
    NEED_HOSPITAL: {
      label: "Czy muszę być w szpitalu?",
      hint: "Co pomogłoby ci nie trafić do szpitala albo z niego wyjść?",
    },
  },
  errors: {
    tooLong: "Odpowiedź może mieć najwyżej {{max}} znaków. Teraz ma {{length}} znaków.",
    languageRequired: "Napisz, w jakim języku ma mówić tłumacz",
    notSaved:
      "Nie udało się teraz zapisać odpowiedzi. Nadal są na tej stronie. Spróbuj ponownie za kilka minut.",
  },
  check: {
    title: "Sprawdź odpowiedzi przed wysłaniem",
    change: "Zmień",
    intro:
      "Przeczytaj swoje odpowiedzi. Możesz zmienić każdą z nich. Gdy wybierzesz „Wyślij”, zespół i koordynator opieki będą mogli przeczytać twój planer.",
    sendHeading: "Teraz wyślij swój planer",
    sendText:
      "Po wysłaniu nie będzie można go tu zmienić. Jeśli coś się zmieni, powiedz o tym koordynatorowi opieki.",
    send: "Wyślij",
    nothing:
      "Nie odpowiedziano jeszcze na żadne pytanie. Najpierw wypełnij co najmniej jedną część.",
    nothingError: "Odpowiedz na co najmniej jedno pytanie, zanim wyślesz planer",
  },
  sent: {
    title: "Planer wysłany",
    body: "Dziękujemy. Zespół i koordynator opieki mogą go teraz przeczytać.",
    nextHeading: "Co będzie dalej",
    next: {
      read: "Zespół przeczyta twój planer przed przeglądem.",
      contact: "Koordynator opieki może się z tobą skontaktować, żeby porozmawiać o odpowiedziach.",
      day: "W dniu przeglądu zespół zapyta cię o to, co napisano.",
      change: "Jeśli coś zmieni się przed przeglądem, powiedz o tym koordynatorowi opieki.",
    },
    sentOn: "Planer wysłano: {{date}}.",
    view: "Zobacz, co wysłano",
    yourAnswers: "Co wysłano",
  },
  after: {
    heading: "Po przeglądzie",
    points: {
      findings: "Na końcu spotkania zespół mówi, co ustalił.",
      report: "W ciągu 2 tygodni dostaniesz raport z ustaleniami zespołu.",
      actions: "Raport wymienia, co ludzie muszą zrobić i do kiedy.",
      followUp: "Ktoś sprawdza, czy te rzeczy się dzieją.",
    },
    feedbackLink: "Powiedz nam, jak poszedł przegląd",
    feedbackGiven: "Dziękujemy, że powiedziałeś/powiedziałaś nam, jak poszedł przegląd.",
  },
  feedback: {
    title: "Powiedz nam, jak poszedł przegląd",
    intro: "Twoje odpowiedzi pomagają ulepszać przeglądy. Trafiają do osób, które je prowadzą.",
    howWasIt: {
      label: "Jak przegląd poszedł dla ciebie?",
      good: "Dobrze",
      ok: "W porządku",
      notGood: "Niedobrze",
    },
    listened: {
      label: "Czy czułeś/czułaś, że cię wysłuchano?",
      yes: "Tak",
      partly: "Trochę",
      no: "Nie",
    },
    better: {
      label: "Co mogło być lepsze?",
      hint: "Na przykład pokój, godzina albo to, jak ludzie do ciebie mówili.",
    },
    send: "Wyślij opinię",
    required: "Wybierz, jak przegląd poszedł dla ciebie",
    thanksTitle: "Dziękujemy za opinię",
    thanks: "Mamy twoją opinię. Pomaga nam ulepszać przeglądy dla wszystkich.",
  },
};
