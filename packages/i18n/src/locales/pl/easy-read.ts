import type { Translation } from "../../translation.js";
import { actionsEasyRead } from "./actions-easy-read.js";
import { leavingEasyRead } from "./leaving-easy-read.js";
import { notificationsEasyRead } from "./notifications-easy-read.js";
import { plannerEasyRead } from "./planner-easy-read.js";
import { profileEasyRead } from "./profile-easy-read.js";
import { requestEasyRead } from "./request-easy-read.js";

/**
 * Polish easy read: short sentences, one idea each, everyday words, like the
 * English easy read. Not yet checked by a professional translator.
 */
export const plEasyRead: Translation = {
  common: {
    serviceName: "Twój CETR",
    serviceDescription: "Pomoc w przygotowaniu do spotkania CETR",
    skipLink: "Przejdź do treści strony",
    navigationLabel: "Menu główne",
    home: "Strona główna",
    getHelp: "Pomoc",
    signIn: "Zaloguj się",
    yourPage: "Twoja strona",
    options: {
      label: "Ustawienia strony",
      easyReadOn: "Przełącz na tekst łatwy do czytania",
      easyReadOff: "Przełącz na zwykły tekst",
      picturesOn: "Pokaż obrazki",
      picturesOff: "Ukryj obrazki",
      announceEasyRead: "Tekst łatwy do czytania jest włączony.",
      announcePlain: "Tekst łatwy do czytania jest wyłączony.",
      announcePicturesShown: "Obrazki są włączone.",
      announcePicturesHidden: "Obrazki są wyłączone.",
    },
    footer: {
      label: "Linki pomocy",
      about: "Ta strona pomaga ci przygotować się do spotkania CETR.",
      helpHeading: "Potrzebujesz pomocy?",
      helpText: "Porozmawiaj z koordynatorem opieki albo opiekunem.",
    },
    errorPrefix: "Błąd:",
    errorSummaryTitle: "Jest problem",
  },
  welcome: {
    title: "Twoje spotkanie CETR",
    lead: "CETR to przegląd opieki, edukacji i leczenia. To spotkanie o tobie.",
    contentsLabel: "Na tej stronie",
    what: {
      heading: "Co to jest CETR?",
      points: {
        meeting: "CETR to spotkanie. Ludzie sprawdzają, czy dostajesz dobrą pomoc.",
        forWhom:
          "Jest dla młodych osób z niepełnosprawnością intelektualną lub autyzmem. Jest dla młodych osób w szpitalu. Jest też dla tych, którzy mogą trafić do szpitala.",
        adults: "Dorośli też mają takie spotkanie. Nazywa się CTR.",
        listened: "Spotkanie jest o tobie. Ludzie chcą usłyszeć, co myślisz.",
      },
    },
    why: {
      heading: "Dlaczego mam CETR?",
      points: {
        risk: "Możesz mieć CETR, gdy ludzie martwią się, że trafisz do szpitala. Albo gdy w domu jest bardzo trudno.",
        inHospital: "Gdy jesteś w szpitalu, masz spotkania CETR przez cały pobyt.",
        closeToHome:
          "CETR pomaga dostać dobrą pomoc blisko domu. W szpitalu masz być tylko wtedy, gdy naprawdę trzeba.",
        consent:
          "Musisz powiedzieć „tak”, zanim będzie CETR. Czasem rodzic albo opiekun mówi „tak” za ciebie.",
      },
    },
    questions: {
      heading: "4 pytania",
      intro: "CETR zadaje 4 ważne pytania.",
      items: {
        safe: {
          question: "Czy jestem bezpieczny/bezpieczna?",
          detail: "Czy jestem bezpieczny/bezpieczna tam, gdzie jestem teraz?",
        },
        care: {
          question: "Czy moja opieka jest dobra?",
          detail: "Czy moja opieka mi pomaga?",
        },
        future: {
          question: "Jakie mam plany na przyszłość?",
          detail: "Co będzie dalej? Gdzie będę mieszkać i się uczyć?",
        },
        hospital: {
          question: "Czy muszę być w szpitalu?",
          detail: "Czy mogę dostać pomoc w domu?",
        },
      },
    },
    who: {
      heading: "Kto będzie na moim CETR?",
      intro: "Spotkanie prowadzą 3 osoby. Nazywamy je zespołem.",
      panel: {
        chair: {
          term: "Przewodniczący",
          detail: "Przewodniczący prowadzi spotkanie. Pracuje dla NHS.",
        },
        expertByExperience: {
          term: "Ekspert przez doświadczenie",
          detail:
            "Ta osoba zna opiekę z własnego życia. Może mieć niepełnosprawność intelektualną lub autyzm. Albo opiekuje się kimś takim.",
        },
        clinicalExpert: {
          term: "Ekspert kliniczny",
          detail:
            "Ta osoba to lekarz, pielęgniarka albo inny pracownik zdrowia. Nie pracuje z tobą.",
        },
      },
      othersIntro: "Mogą przyjść też inne osoby.",
      points: {
        you: "Ty możesz tam być. Możesz przyjść z kimś, komu ufasz.",
        family: "Twoja rodzina może tam być. Może też połączyć się przez wideo.",
        advocate: "Twój rzecznik może tam być. Rzecznik pomaga ci powiedzieć, czego chcesz.",
        team: "Osoby, które ci pomagają, mogą tam być. Na przykład lekarz, pielęgniarka albo nauczyciel.",
        names: "Przed spotkaniem powinieneś/powinnaś poznać imiona osób z zespołu.",
      },
    },
    prepare: {
      heading: "Przygotowanie",
      points: {
        planner: "Mój planer CETR to broszura. Pomaga ci pomyśleć, co chcesz powiedzieć.",
        profile:
          "Profil na jednej stronie mówi ludziom o tobie. Mówi, co jest dla ciebie ważne i jak ci pomagać.",
        adjustments:
          "Możesz poprosić o pomoc w spotkaniu. Możesz poprosić o przerwy albo cichy pokój.",
        ask: "Poproś koordynatora opieki o planer i profil.",
      },
    },
    after: {
      heading: "Po CETR",
      points: {
        findings: "Na końcu zespół mówi, co ustalił.",
        report: "Dostaniesz raport w ciągu 2 tygodni. Powinien mieć słowa, które rozumiesz.",
        actions: "Raport mówi, co trzeba zrobić. Mówi, kto to zrobi i do kiedy.",
        updates: "Ktoś będzie ci mówić, jak idą sprawy.",
        followUp: "Na kolejnym CETR zespół sprawdzi, czy to zrobiono.",
      },
    },
  },
  help: {
    title: "Pomoc",
    heading: "Gdzie dostanę pomoc?",
    intro: "Nie musisz robić tego sam(a).",
    points: {
      questions: "Masz pytania? Zapytaj koordynatora opieki albo opiekuna.",
      advocate: "Rzecznik pomoże ci zabrać głos. Zapytaj, jak go dostać.",
      request: "Możesz poprosić o CETR, gdy martwisz się o swoją opiekę. Prośba to nie skarga.",
      emergency:
        "Jesteś w niebezpieczeństwie? Powiedz teraz komuś, komu ufasz. W nagłym wypadku dzwoń pod 999.",
    },
    backToWelcome: "Dowiedz się, co to jest CETR",
  },
  signIn: {
    title: "Wpisz swój adres e-mail",
    lead: "Wyślemy ci e-mail. Będzie w nim kod z 6 cyframi i link. Możesz zalogować się kodem albo linkiem.",
    emailLabel: "Adres e-mail",
    emailHint: "Użyj adresu e-mail, który ma twój koordynator opieki.",
    continue: "Dalej",
    errors: {
      emailRequired: "Wpisz swój adres e-mail",
      emailFormat: "Ten adres e-mail jest zły. Powinien wyglądać tak: imie@example.com",
    },
    endedTitle: "Jesteś wylogowany/wylogowana",
    ended: "Zaloguj się jeszcze raz, żeby dalej korzystać.",
    code: {
      title: "Sprawdź e-mail",
      sentTo: "Jeśli {{email}} ma konto, wysłaliśmy e-mail. W e-mailu jest kod i link.",
      expires: "Kod działa 15 minut. Użyj tego telefonu albo komputera.",
      codeLabel: "Wpisz kod z 6 cyframi",
      codeHint: "Kod jest w e-mailu. Wygląda tak: 482 913.",
      submit: "Zaloguj się",
      notArrivedHeading: "Jeśli e-mail nie przyjdzie",
      notArrived: {
        spam: "Zajrzyj do folderu spam.",
        wait: "Poczekaj kilka minut.",
        again: "Poproś o nowy kod.",
        coordinator: "Poproś koordynatora opieki o pomoc.",
      },
      askAgain: "Poproś o nowy kod",
      errors: {
        required: "Wpisz kod z e-maila",
        invalid: "Kod jest zły albo za stary. Zobacz najnowszy e-mail.",
        used: "Ten kod był już użyty. Poproś o nowy kod.",
        wrongBrowser:
          "Kod był dla innego telefonu albo komputera. Użyj tamtego. Albo poproś tu o nowy kod.",
      },
    },
    link: {
      title: "Link nie zadziałał",
      reasonUsed: "Link był już użyty.",
      reasonOther: "Link może być za stary albo już użyty.",
      whatToDoTitle: "Co możesz zrobić",
      whatToDo: "Otwórz link na tym samym telefonie albo komputerze. Albo wpisz kod z e-maila.",
      askAgain: "Poproś o nowy kod",
    },
    tooMany: {
      title: "Za dużo prób",
      body: "Próbowano zalogować się za dużo razy. To chroni ciebie.",
      wait: "Poczekaj {{wait}}. Potem spróbuj jeszcze raz.",
      minutes_one: "{{count}} minutę",
      minutes_few: "{{count}} minuty",
      minutes_many: "{{count}} minut",
      minutes_other: "{{count}} minuty",
      seconds_one: "{{count}} sekundę",
      seconds_few: "{{count}} sekundy",
      seconds_many: "{{count}} sekund",
      seconds_other: "{{count}} sekundy",
      help: "Potrzebujesz pomocy teraz? Zapytaj koordynatora opieki.",
    },
  },
  home: {
    title: "Twoja strona",
    greeting: "Cześć, {{name}}",
    whoHeading: "Kogo to dotyczy",
    nextReview: "Następne spotkanie: {{date}}.",
    noReview: "Nie ma jeszcze daty spotkania.",
    nobody: "Nikogo jeszcze nie ma na twojej stronie. Koordynator opieki cię zaprosi.",
  },
  recordViews: {
    title: "Kto oglądał dokumentację",
    homeLink: "Zobacz, kto oglądał dokumentację",
    intro:
      "Zapisujemy, kiedy ktoś ogląda dokumentację. Zapisujemy, kto to był. Tutaj możesz to zobaczyć.",
    whoseRecord: "Dokumentacja: {{name}}",
    yourRecord: "Twoja dokumentacja",
    nobody: "Nie ma tu dokumentacji, którą możesz zobaczyć.",
    none: "Nikt inny jeszcze nie oglądał tej dokumentacji.",
    sentence: "{{when}}: {{who}} – {{did}}.",
    when: "{{date}}, godz. {{time}}",
    repeated: "Było to {{count}} razy.",
    refused: "Nie pozwoliliśmy na to.",
    did: {
      looked: "oglądanie: {{things}}",
      changed: "zmiana: {{things}}",
      triedToLook: "próba oglądania: {{things}}",
      triedToChange: "próba zmiany: {{things}}",
    },
    who: {
      staffAt: "{{name}} ({{organisation}})",
      named: "{{name}}",
      partner: "System komputerowy {{name}}",
      anonymous: "Ktoś niezalogowany",
      system: "System komputerowy",
    },
    roles: {
      COMMISSIONER: "osoba, która planuje opiekę i za nią płaci",
      CARE_COORDINATOR: "koordynator opieki",
      CLINICIAN: "lekarz lub pielęgniarka",
      CLINICAL_EXPERT: "ekspert od zdrowia",
      EXPERT_BY_EXPERIENCE: "ekspert przez doświadczenie",
      SOCIAL_WORKER: "pracownik socjalny",
      EDUCATION_STAFF: "ktoś ze szkoły albo college'u",
      DISCHARGE_FACILITATOR: "ktoś, kto pomaga wyjść ze szpitala",
      ADMINISTRATOR: "ktoś, kto prowadzi serwis",
      SELF: "osoba, której dotyczy dokumentacja",
      PARENT_CARER: "rodzic lub opiekun",
      OTHER_FAMILY: "ktoś z rodziny",
      ADVOCATE: "rzecznik",
      PANEL: "ktoś z zespołu przeglądu",
      staff: "ktoś, kto pracuje w opiece",
    },
    owner: {
      yours: "{{things}} (twoje)",
      named: "{{things}} ({{name}})",
    },
    things: {
      Person: "dane",
      Review: "spotkania",
      Action: "lista rzeczy do zrobienia",
      ActionUpdate: "wiadomości o rzeczach do zrobienia",
      EnquiryFinding: "notatki ze spotkania",
      Escalation: "zgłoszone zmartwienia",
      Report: "raporty ze spotkań",
      ConsentRecord: "odpowiedzi „tak” lub „nie”",
      DischargePlan: "plany wyjścia ze szpitala",
      PlannerDocument: "planery",
      SettingEvent: "lista miejsc pobytu",
      RestrictedPatientMonitoring: "kontrole",
      AuditTrail: "lista osób, które oglądały dokumentację",
      other: "inne rzeczy",
    },
    earlier: "Zobacz starsze",
    earlierFor: "Zobacz starsze dla: {{name}}",
    backToAll: "Wróć do wszystkich",
    backHome: "Wróć do swojej strony",
  },
  passkeys: {
    title: "Klucze dostępu",
    intro: {
      what: "Klucz dostępu to szybki sposób logowania. Używasz palca, twarzy albo blokady telefonu.",
      optional: "Nie musisz mieć klucza dostępu. Kod z e-maila zawsze działa.",
      safe: "Twój palec i twarz zostają w telefonie. My ich nie widzimy.",
    },
    listHeading: "Twoje klucze dostępu",
    none: "Nie masz jeszcze klucza dostępu.",
    addedOn: "Dodano: {{date}}.",
    lastUsedOn: "Ostatnio użyty: {{date}}.",
    neverUsed: "Jeszcze nieużyty.",
    renameSummary: "Zmień nazwę „{{name}}”",
    renameLabel: "Nowa nazwa",
    renameSubmit: "Zapisz nazwę",
    remove: "Usuń „{{name}}”",
    removeHint: "Po usunięciu nie zalogujesz się tym kluczem.",
    removedTitle: "Klucz dostępu usunięty",
    removed: "Nie zalogujesz się już kluczem „{{name}}”.",
    renamedTitle: "Nazwa zmieniona",
    renamed: "Nowa nazwa to „{{name}}”.",
    addedTitle: "Klucz dostępu dodany",
    added: "Następnym razem naciśnij „Zaloguj się kluczem dostępu”.",
    addHeading: "Dodaj klucz dostępu",
    nameLabel: "Nadaj mu nazwę",
    nameHint: "Na przykład „Mój telefon”.",
    addSubmit: "Dodaj klucz dostępu",
    working: "Spójrz na telefon albo komputer. Zrób to, o co prosi.",
    needsJavaScript:
      "Nie możesz teraz dodać klucza w tej przeglądarce. JavaScript jest wyłączony. Nadal możesz zalogować się kodem z e-maila.",
    notSupported:
      "Ta przeglądarka nie obsługuje kluczy dostępu. Nadal możesz zalogować się kodem z e-maila.",
    homeLink: "Loguj się szybciej kluczem dostępu",
    errors: {
      nameRequired: "Wpisz nazwę. Na przykład „Mój telefon”",
      nameTooLong: "Nazwa jest za długa. Użyj najwyżej 60 znaków",
      tooMany: "Masz 10 kluczy dostępu. Najpierw usuń jeden",
      cancelled: "Klucz dostępu nie został dodany. Spróbuj jeszcze raz",
      expired: "Trwało to za długo. Spróbuj jeszcze raz",
      notVerified:
        "Coś poszło nie tak. Spróbuj jeszcze raz albo użyj innego telefonu lub komputera",
      alreadyAdded: "Ten telefon albo komputer ma już klucz dostępu",
      notFound: "Nie możemy znaleźć tego klucza. Może został usunięty",
    },
    signIn: {
      heading: "Albo użyj klucza dostępu",
      hint: "Masz klucz dostępu na tym telefonie albo komputerze? Możesz go użyć.",
      button: "Zaloguj się kluczem dostępu",
      working: "Spójrz na telefon albo komputer. Zrób to, o co prosi.",
      errors: {
        cancelled: "Nie zalogowano. Spróbuj jeszcze raz albo wpisz adres e-mail",
        notRecognised: "Nie znamy tego klucza. Wpisz adres e-mail, żeby dostać kod",
        failed: "To nie zadziałało. Spróbuj jeszcze raz albo wpisz adres e-mail",
        tooMany: "Za dużo prób. Poczekaj kilka minut. Potem spróbuj jeszcze raz",
      },
    },
  },
  signOut: {
    button: "Wyloguj się",
  },
  invitation: {
    title: "Masz zaproszenie",
    titleWithName: "Pomoc przy spotkaniach: {{name}}",
    invitedBy: "{{by}} zaprasza cię do pomocy przy spotkaniach. Chodzi o: {{name}}.",
    invitedYou: "{{by}} zaprasza cię do oglądania twoich spotkań.",
    what: "Zobaczysz daty spotkań. Chodzi o: {{name}}. Możesz się tu do nich przygotować.",
    signInFirst: "Zaloguj się adresem e-mail, na który przyszło zaproszenie. Potem wróć tutaj.",
    signInButton: "Zaloguj się",
    confirmLegend: "Czy to ty?",
    confirm: {
      PARENT_CARER: "To ja. Jestem rodzicem lub opiekunem. Chodzi o: {{name}}",
      SELF: "To ja. Jestem {{name}}",
      OTHER_FAMILY: "To ja. Jestem z rodziny. Chodzi o: {{name}}",
      ADVOCATE: "To ja. Jestem rzecznikiem. Chodzi o: {{name}}",
    },
    accept: "Tak, przyjmuję",
    errors: {
      notConfirmed: "Zaznacz pole, żeby powiedzieć, że to ty",
      wrongAccount:
        "To zaproszenie jest dla innego adresu e-mail. Wyloguj się. Potem zaloguj się dobrym adresem.",
    },
    status: {
      EXPIRED: {
        title: "To zaproszenie jest za stare",
        body: "Poproś osobę, która cię zaprosiła, o nowe zaproszenie.",
      },
      USED: {
        title: "To zaproszenie było już użyte",
        body: "Jeśli je przyjąłeś/przyjęłaś, zaloguj się. Jeśli nie, powiedz osobie, która cię zaprosiła.",
      },
      WITHDRAWN: {
        title: "To zaproszenie zostało zatrzymane",
        body: "Osoba, która je wysłała, je zatrzymała. Jeśli to błąd, zapytaj ją albo koordynatora opieki.",
      },
      UNKNOWN: {
        title: "Nie możemy znaleźć tego zaproszenia",
        body: "Sprawdź, czy użyto całego linku z e-maila. Albo poproś o nowe zaproszenie.",
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
    notFoundTitle: "Nie możemy znaleźć tej strony",
    notFoundBody: "Sprawdź, czy adres strony jest dobry.",
    problemTitle: "Przepraszamy, coś poszło nie tak",
    problemBody: "Spróbuj jeszcze raz później.",
    goHome: "Przejdź do strony startowej",
  },
  language: {
    label: "Język",
    textSize: "Rozmiar tekstu",
    textSizes: { standard: "Zwykły", large: "Duży", largest: "Największy" },
    notReviewed: "Tłumacz jeszcze nie sprawdził tych słów. Mogą być błędy.",
    readInEnglish: "Przeczytaj tę stronę po angielsku",
  },
};
