import type { Translation } from "../../translation.js";
import { actionsPlain } from "./actions-plain.js";
import { leavingPlain } from "./leaving-plain.js";
import { notificationsPlain } from "./notifications-plain.js";
import { plannerPlain } from "./planner-plain.js";
import { profilePlain } from "./profile-plain.js";
import { requestPlain } from "./request-plain.js";

/**
 * Polish, plain register. Addresses the reader as "ty", like the English
 * "you": the portal speaks to the young person first, and NHS youth services
 * in Polish do the same. Names are never declined (a name goes after a colon
 * or in brackets), because a template cannot know a name's grammatical case.
 * Not yet checked by a professional translator (languages.ts).
 */
export const plPlain: Translation = {
  common: {
    serviceName: "Twój CETR",
    serviceDescription: "Pomoc dla młodych osób i rodzin w przygotowaniu do CETR",
    skipLink: "Przejdź do treści strony",
    navigationLabel: "Menu główne",
    home: "Strona główna",
    getHelp: "Uzyskaj pomoc",
    signIn: "Zaloguj się",
    yourPage: "Twoja strona",
    options: {
      label: "Ustawienia strony",
      easyReadOn: "Przełącz na tekst łatwy do czytania",
      easyReadOff: "Przełącz na zwykły tekst",
      picturesOn: "Pokaż obrazki",
      picturesOff: "Ukryj obrazki",
      announceEasyRead: "Ta strona jest teraz w wersji łatwej do czytania.",
      announcePlain: "Ta strona jest teraz w zwykłej wersji.",
      announcePicturesShown: "Obrazki są teraz widoczne.",
      announcePicturesHidden: "Obrazki są teraz ukryte.",
    },
    footer: {
      label: "Linki pomocy",
      about:
        "Ten serwis pomaga dzieciom i młodym osobom z niepełnosprawnością intelektualną, dzieciom i młodym osobom w spektrum autyzmu oraz ich rodzinom przygotować się do przeglądu opieki, edukacji i leczenia (CETR).",
      helpHeading: "Potrzebujesz pomocy?",
      helpText:
        "Porozmawiaj ze swoim koordynatorem opieki lub opiekunem prowadzącym. Odpowiedzą na pytania o twój CETR.",
    },
    errorPrefix: "Błąd:",
    errorSummaryTitle: "Wystąpił problem",
  },
  welcome: {
    title: "Twój przegląd opieki, edukacji i leczenia (CETR)",
    lead: "Przegląd opieki, edukacji i leczenia (CETR) to spotkanie o tobie, twojej opiece i twoich planach. Na tej stronie wyjaśniamy, jak ono wygląda i jak możesz się do niego przygotować.",
    contentsLabel: "Na tej stronie",
    what: {
      heading: "Czym jest CETR",
      points: {
        meeting:
          "Na CETR spotykasz się ty, twoja rodzina, osoby, które cię wspierają, oraz niewielki niezależny zespół. Razem sprawdzacie, czy otrzymujesz właściwą opiekę, edukację i leczenie.",
        forWhom:
          "CETR jest dla dzieci i młodych osób z niepełnosprawnością intelektualną, dzieci i młodych osób w spektrum autyzmu lub z obiema tymi diagnozami, które mogą trafić do szpitala psychiatrycznego lub szpitala dla osób z niepełnosprawnością intelektualną albo już w nim są.",
        adults: "Dorośli mają podobny przegląd, który nazywa się CTR (przegląd opieki i leczenia).",
        listened:
          "CETR dotyczy ciebie. Zespół chce usłyszeć, co myślisz ty i twoja rodzina, a wasze zdanie jest zapisywane.",
      },
    },
    why: {
      heading: "Dlaczego odbywa się CETR",
      points: {
        risk: "CETR może się odbyć, gdy ludzie martwią się, że możesz potrzebować pójścia do szpitala albo że sytuacja w domu lub w miejscu, w którym mieszkasz, może się załamać. Nazywa się to CETR w społeczności.",
        inHospital:
          "Jeśli trafisz do szpitala, będziesz mieć CETR wkrótce po przyjęciu, a potem regularnie przez cały pobyt.",
        closeToHome:
          "Chodzi o to, żebyś dostawał(a) właściwe wsparcie jak najbliżej domu i był(a) w szpitalu tylko wtedy, gdy naprawdę tego potrzebujesz.",
        consent:
          "CETR może się odbyć tylko wtedy, gdy się na to zgodzisz. Osoby w wieku 16 lub 17 lat zwykle mogą decydować same. Za młodsze dzieci zwykle zgadza się rodzic lub inna osoba z władzą rodzicielską.",
      },
    },
    questions: {
      heading: "Cztery pytania",
      intro: "Na każdym CETR zespół szuka odpowiedzi na cztery pytania.",
      items: {
        safe: {
          question: "Czy jestem bezpieczny/bezpieczna?",
          detail:
            "Czy jesteś bezpieczny/bezpieczna tam, gdzie jesteś teraz, i czy ludzie dbają o twoje bezpieczeństwo we właściwy sposób?",
        },
        care: {
          question: "Czy moja opieka jest dobra?",
          detail:
            "Czy twoja opieka, edukacja i leczenie są dla ciebie odpowiednie i czy ci pomagają?",
        },
        future: {
          question: "Jakie mam plany na przyszłość?",
          detail:
            "Czy jest jasny plan na to, co będzie dalej, w tym szkoła lub college i miejsce, w którym zamieszkasz?",
        },
        hospital: {
          question: "Czy muszę być w szpitalu?",
          detail:
            "Czy mógłbyś/mogłabyś dostać potrzebną opiekę i leczenie w domu albo w swojej okolicy?",
        },
      },
    },
    who: {
      heading: "Kto będzie obecny",
      intro:
        "Zespół to trzy osoby, które prowadzą CETR. Dwie z nich to niezależni eksperci, którzy z tobą nie pracują.",
      panel: {
        chair: {
          term: "Przewodniczący",
          detail:
            "Osoba od zleceniodawcy, czyli organizacji NHS, która planuje twoją opiekę i za nią płaci. Przewodniczący prowadzi spotkanie i zapisuje, co ustalił zespół.",
        },
        expertByExperience: {
          term: "Ekspert przez doświadczenie",
          detail:
            "Osoba, która zna opiekę z własnego życia: osoba z niepełnosprawnością intelektualną, osoba w spektrum autyzmu albo opiekun rodzinny.",
        },
        clinicalExpert: {
          term: "Ekspert kliniczny",
          detail:
            "Specjalista, na przykład lekarz, pielęgniarka lub psycholog, który z tobą nie pracuje.",
        },
      },
      othersIntro: "Mogą być też inne osoby.",
      points: {
        you: "Ty, jeśli chcesz. Możesz przyjść z kimś, komu ufasz.",
        family:
          "Twoi rodzice lub opiekunowie i rodzina. Jeśli nie mogą przyjść w tym dniu, mogą dołączyć przez rozmowę wideo, przesłać swoje zdanie e-mailem albo spotkać się z zespołem innego dnia.",
        advocate:
          "Twój rzecznik, jeśli go masz. Rzecznik pomaga ci powiedzieć, czego chcesz, i dba o to, żeby cię wysłuchano.",
        team: "Osoby, które cię znają i wspierają, na przykład twój lekarz, pielęgniarki, pracownik socjalny oraz osoby ze szkoły lub college'u.",
        names:
          "Przed CETR powinieneś/powinnaś poznać imiona i nazwiska członków zespołu, a jeśli to możliwe, zobaczyć ich zdjęcia.",
      },
    },
    prepare: {
      heading: "Przygotowanie",
      points: {
        planner:
          "Mój planer CETR to broszura, która pomaga się przygotować. Możesz w niej napisać, kogo chcesz na spotkaniu, gdzie i jak chcesz się spotkać, jak się komunikujesz i o czym chcesz porozmawiać przy każdym z czterech pytań.",
        profile:
          "Profil na jednej stronie mówi zespołowi o tobie: co ludzie w tobie lubią i podziwiają, co jest dla ciebie ważne i jak najlepiej cię wspierać.",
        adjustments:
          "Możesz poprosić o to, co pomoże ci wziąć udział, na przykład przerwy, cichy pokój, spotkanie przez wideo albo dokumenty w wersji łatwej do czytania.",
        ask: "Poproś osobę, która organizuje twój CETR, albo swojego koordynatora opieki o planer i profil na jednej stronie.",
      },
    },
    after: {
      heading: "Po CETR",
      points: {
        findings: "Na końcu CETR zespół mówi wszystkim, co ustalił i co zaleca.",
        report:
          "Ty, twoja rodzina i osoby, które cię wspierają, powinniście dostać raport w ciągu 2 tygodni. Powinien być napisany słowami, które rozumiesz.",
        actions:
          "Raport wymienia działania, które trzeba podjąć. Przy każdym działaniu jest osoba, która je wykona, i termin.",
        updates:
          "Zostanie wskazana osoba, która będzie informować ciebie i twoją rodzinę, jak postępują działania.",
        followUp:
          "Jeśli będziesz mieć kolejny CETR, zespół sprawdzi, czy działania zostały wykonane, a jeśli nie, to dlaczego.",
      },
    },
  },
  help: {
    title: "Uzyskaj pomoc",
    heading: "Gdzie uzyskać pomoc",
    intro: "Nie musisz robić tego sam(a).",
    points: {
      questions:
        "Jeśli masz pytania o swój CETR, porozmawiaj ze swoim koordynatorem opieki, opiekunem prowadzącym albo osobą, która cię zaprosiła.",
      advocate:
        "Rzecznik może pomóc ci zabrać głos. Zapytaj osoby, które cię wspierają, jak go znaleźć.",
      request:
        "Ty, twoja rodzina albo twój rzecznik możecie poprosić o CETR, jeśli martwicie się o twoją opiekę. Zapytaj koordynatora opieki. Prośba o CETR to nie to samo co skarga.",
      emergency:
        "Jeśli jesteś w niebezpieczeństwie albo ktoś cię krzywdzi, od razu powiedz o tym komuś, komu ufasz. W nagłym wypadku zadzwoń pod 999.",
    },
    backToWelcome: "Przeczytaj, czym jest CETR",
  },
  signIn: {
    title: "Wpisz swój adres e-mail",
    lead: "Wyślemy ci e-mail z 6-cyfrowym kodem i linkiem. Możesz zalogować się kodem albo linkiem.",
    emailLabel: "Adres e-mail",
    emailHint: "Użyj adresu e-mail, który ma twój koordynator opieki.",
    continue: "Dalej",
    errors: {
      emailRequired: "Wpisz swój adres e-mail",
      emailFormat: "Wpisz adres e-mail w poprawnym formacie, na przykład imie@example.com",
    },
    endedTitle: "Nastąpiło wylogowanie",
    ended:
      "Dla twojego bezpieczeństwa po pewnym czasie nastąpiło wylogowanie. Zaloguj się ponownie, aby kontynuować.",
    code: {
      title: "Sprawdź pocztę e-mail",
      sentTo:
        "Jeśli adres {{email}} ma u nas konto, wysłaliśmy na niego e-mail z 6-cyfrowym kodem i linkiem.",
      expires: "Kod i link działają przez 15 minut i tylko w tej przeglądarce.",
      codeLabel: "Wpisz 6-cyfrowy kod",
      codeHint: "Kod jest w e-mailu. Na przykład 482 913.",
      submit: "Zaloguj się",
      notArrivedHeading: "Co zrobić, jeśli e-mail nie dotrze",
      notArrived: {
        spam: "Sprawdź folder spam lub wiadomości-śmieci.",
        wait: "Odczekaj kilka minut. E-maile czasem idą chwilę dłużej.",
        again: "Poproś o nowy kod.",
        coordinator: "Jeśli nadal nie dotrze, skontaktuj się z koordynatorem opieki.",
      },
      askAgain: "Poproś o nowy kod",
      errors: {
        required: "Wpisz 6-cyfrowy kod z e-maila",
        invalid:
          "Kod jest nieprawidłowy albo ma więcej niż 15 minut. Sprawdź najnowszy e-mail i spróbuj ponownie albo poproś o nowy kod.",
        used: "Ten kod został już użyty. Poproś o nowy kod.",
        wrongBrowser:
          "O ten kod poproszono w innej przeglądarce. Użyj przeglądarki, w której o niego prosiłeś/prosiłaś, albo poproś tutaj o nowy kod.",
      },
    },
    link: {
      title: "Ten link do logowania nie zadziałał",
      reasonUsed: "Link został już użyty.",
      reasonOther: "Link może być stary, już użyty albo otwarty w innej przeglądarce.",
      whatToDoTitle: "Co zrobić",
      whatToDo:
        "Otwórz link w tej samej przeglądarce, w której o niego prosiłeś/prosiłaś, albo wpisz kod z e-maila.",
      askAgain: "Poproś o nowy kod i link",
    },
    tooMany: {
      title: "Za dużo prób",
      body: "Próbowano zalogować się zbyt wiele razy. To chroni twoje konto.",
      wait: "Odczekaj {{wait}} i spróbuj ponownie.",
      minutes_one: "{{count}} minutę",
      minutes_few: "{{count}} minuty",
      minutes_many: "{{count}} minut",
      minutes_other: "{{count}} minuty",
      seconds_one: "{{count}} sekundę",
      seconds_few: "{{count}} sekundy",
      seconds_many: "{{count}} sekund",
      seconds_other: "{{count}} sekundy",
      help: "Jeśli potrzebujesz pomocy teraz, skontaktuj się z koordynatorem opieki.",
    },
  },
  home: {
    title: "Twoja strona główna",
    greeting: "Dzień dobry, {{name}}",
    whoHeading: "Kogo to dotyczy",
    nextReview: "Następny przegląd: {{date}}.",
    noReview: "Nie ma jeszcze daty przeglądu.",
    nobody:
      "Z twoim kontem nie jest jeszcze powiązana żadna osoba. Gdy koordynator opieki cię zaprosi, ta osoba pojawi się tutaj.",
  },
  recordViews: {
    title: "Kto przeglądał dokumentację",
    homeLink: "Zobacz, kto przeglądał dokumentację",
    intro:
      "Za każdym razem, gdy ktoś przegląda lub zmienia dokumentację, zapisujemy, kto to był i kiedy. Tutaj możesz zobaczyć te zapisy. Twoje własne wejścia nie są pokazywane.",
    whoseRecord: "Dokumentacja: {{name}}",
    yourRecord: "Twoja dokumentacja",
    nobody:
      "Nie ma tu niczyjej dokumentacji, którą możesz zobaczyć. Możesz to sprawdzić dla siebie i dla dziecka, za które masz władzę rodzicielską.",
    none: "Nikt inny jeszcze nie przeglądał tej dokumentacji.",
    sentence: "{{when}}: {{who}} – {{did}}.",
    when: "{{date}}, godz. {{time}}",
    repeated: "Zdarzyło się to {{count}} razy z rzędu, mniej więcej w tym samym czasie.",
    refused: "Nie uzyskano dostępu.",
    did: {
      looked: "przeglądanie: {{things}}",
      changed: "zmiana: {{things}}",
      triedToLook: "próba przeglądania: {{things}}",
      triedToChange: "próba zmiany: {{things}}",
    },
    who: {
      staffAt: "{{name}} ({{role}}, {{organisation}})",
      named: "{{name}} ({{role}})",
      partner: "{{name}} (system komputerowy używany przez personel)",
      anonymous: "Osoba niezalogowana",
      system: "Sam serwis",
    },
    roles: {
      COMMISSIONER: "zleceniodawca",
      CARE_COORDINATOR: "koordynator opieki",
      CLINICIAN: "lekarz lub pielęgniarka",
      CLINICAL_EXPERT: "ekspert kliniczny",
      EXPERT_BY_EXPERIENCE: "ekspert przez doświadczenie",
      SOCIAL_WORKER: "pracownik socjalny",
      EDUCATION_STAFF: "pracownik edukacji",
      DISCHARGE_FACILITATOR: "koordynator wypisu",
      ADMINISTRATOR: "administrator",
      SELF: "osoba, której dotyczy dokumentacja",
      PARENT_CARER: "rodzic lub opiekun",
      OTHER_FAMILY: "członek rodziny",
      ADVOCATE: "rzecznik",
      PANEL: "członek zespołu przeglądu",
      staff: "pracownik",
    },
    owner: {
      yours: "{{things}} (twoje)",
      named: "{{things}} ({{name}})",
    },
    things: {
      Person: "dane",
      Review: "przeglądy",
      Action: "działania",
      ActionUpdate: "informacje o działaniach",
      EnquiryFinding: "ustalenia przeglądu",
      Escalation: "zgłoszone obawy",
      Report: "raporty z przeglądów",
      ConsentRecord: "decyzje o zgodzie",
      DischargePlan: "plany wypisu",
      PlannerDocument: "planery",
      SettingEvent: "historia miejsc pobytu",
      RestrictedPatientMonitoring: "zapisy monitorowania",
      AuditTrail: "lista osób, które przeglądały dokumentację",
      other: "inne zapisy",
    },
    earlier: "Pokaż wcześniejsze wejścia",
    earlierFor: "Pokaż wcześniejsze wejścia do dokumentacji: {{name}}",
    backToAll: "Wróć do wszystkich osób",
    backHome: "Wróć do swojej strony głównej",
  },
  passkeys: {
    title: "Klucze dostępu",
    intro: {
      what: "Klucz dostępu pozwala zalogować się odciskiem palca, twarzą albo blokadą ekranu w telefonie, tablecie lub komputerze. Nie musisz czekać na e-mail.",
      optional: "Klucze dostępu są dobrowolne. Kod, który wysyłamy e-mailem, też zawsze działa.",
      safe: "Twój odcisk palca ani twarz nigdy nie opuszczają twojego urządzenia. Przechowujemy tylko klucz, którego nie da się użyć do logowania nigdzie indziej.",
    },
    listHeading: "Twoje klucze dostępu",
    none: "Nie masz jeszcze klucza dostępu.",
    addedOn: "Dodano: {{date}}.",
    lastUsedOn: "Ostatnie logowanie tym kluczem: {{date}}.",
    neverUsed: "Jeszcze nieużyty do logowania.",
    renameSummary: "Zmień nazwę „{{name}}”",
    renameLabel: "Nowa nazwa",
    renameSubmit: "Zapisz nową nazwę",
    remove: "Usuń „{{name}}”",
    removeHint: "Po usunięciu tego klucza nie można go użyć do logowania.",
    removedTitle: "Klucz dostępu usunięty",
    removed: "Klucza „{{name}}” nie można już użyć do logowania.",
    renamedTitle: "Nazwa zmieniona",
    renamed: "Klucz dostępu nazywa się teraz „{{name}}”.",
    addedTitle: "Klucz dostępu dodany",
    added: "Następnym razem wybierz „Zaloguj się kluczem dostępu” na stronie logowania.",
    addHeading: "Dodaj klucz dostępu",
    nameLabel: "Nazwa tego klucza dostępu",
    nameHint: "Żeby odróżnić swoje klucze. Na przykład „Mój telefon”.",
    addSubmit: "Dodaj klucz dostępu",
    working: "Wykonaj kroki na swoim urządzeniu.",
    needsJavaScript:
      "Dodanie klucza dostępu wymaga JavaScriptu, który w tej przeglądarce jest wyłączony albo się nie wczytał. Nadal możesz logować się kodem z e-maila: on zawsze działa.",
    notSupported:
      "Ta przeglądarka nie obsługuje kluczy dostępu. Nadal możesz logować się kodem z e-maila: on zawsze działa.",
    homeLink: "Loguj się szybciej kluczem dostępu",
    errors: {
      nameRequired: "Wpisz nazwę klucza dostępu, na przykład „Mój telefon”",
      nameTooLong: "Nazwa może mieć najwyżej 60 znaków",
      tooMany: "Masz już 10 kluczy dostępu. Usuń jeden nieużywany, a potem dodaj nowy",
      cancelled:
        "Klucz dostępu nie został dodany. Być może anulowano albo trwało to zbyt długo. Spróbuj ponownie",
      expired: "Trwało to zbyt długo. Spróbuj ponownie",
      notVerified:
        "Nie udało się sprawdzić klucza dostępu. Spróbuj ponownie albo użyj innego urządzenia",
      alreadyAdded: "To urządzenie ma już klucz dostępu do twojego konta",
      notFound: "Nie znaleźliśmy tego klucza dostępu. Mógł już zostać usunięty",
    },
    signIn: {
      heading: "Albo użyj klucza dostępu",
      hint: "Jeśli dodałeś/dodałaś klucz dostępu na tym urządzeniu, możesz go użyć zamiast kodu.",
      button: "Zaloguj się kluczem dostępu",
      working: "Wykonaj kroki na swoim urządzeniu.",
      errors: {
        cancelled:
          "Nie zalogowano kluczem dostępu. Być może anulowano. Spróbuj ponownie albo wpisz adres e-mail, żeby dostać kod",
        notRecognised:
          "Nie znamy tego klucza dostępu. Mógł zostać usunięty. Wpisz adres e-mail, żeby dostać kod",
        failed:
          "Logowanie kluczem dostępu nie zadziałało. Spróbuj ponownie albo wpisz adres e-mail, żeby dostać kod",
        tooMany: "Próbowano zalogować się zbyt wiele razy. Odczekaj kilka minut i spróbuj ponownie",
      },
    },
  },
  signOut: {
    button: "Wyloguj się",
  },
  invitation: {
    title: "Masz zaproszenie",
    titleWithName: "Pomoc przy przeglądach: {{name}}",
    invitedBy: "{{by}} zaprasza cię do pomocy przy przeglądach osoby: {{name}}.",
    invitedYou: "{{by}} zaprasza cię do oglądania twoich własnych przeglądów.",
    what: "Po przyjęciu zaproszenia zobaczysz tutaj daty przeglądów osoby {{name}} i przygotujesz się do nich.",
    signInFirst:
      "Zaloguj się adresem e-mail, na który przyszło zaproszenie. Potem wróć na tę stronę.",
    signInButton: "Zaloguj się, aby przyjąć",
    confirmLegend: "Sprawdź, czy to ty",
    confirm: {
      PARENT_CARER: "To ja. Jestem rodzicem lub opiekunem osoby {{name}}",
      SELF: "To ja. Jestem {{name}}",
      OTHER_FAMILY: "To ja. Należę do rodziny osoby {{name}}",
      ADVOCATE: "To ja. Jestem rzecznikiem osoby {{name}}",
    },
    accept: "Przyjmij zaproszenie",
    errors: {
      notConfirmed: "Zaznacz pole, aby potwierdzić, że to ty",
      wrongAccount:
        "To zaproszenie wysłano na inny adres e-mail. Wyloguj się, a potem zaloguj adresem, na który je wysłano.",
    },
    status: {
      EXPIRED: {
        title: "To zaproszenie wygasło",
        body: "Zaproszenia działają tylko przez krótki czas, żeby chronić informacje o ludziach. Poproś osobę, która cię zaprosiła, o nowe.",
      },
      USED: {
        title: "To zaproszenie zostało już użyte",
        body: "Jeśli je przyjąłeś/przyjęłaś, zaloguj się, żeby zobaczyć swoją stronę. Jeśli nie, skontaktuj się z osobą, która cię zaprosiła.",
      },
      WITHDRAWN: {
        title: "To zaproszenie zostało anulowane",
        body: "Osoba, która je wysłała, anulowała je. Jeśli to pomyłka, skontaktuj się z nią albo z koordynatorem opieki.",
      },
      UNKNOWN: {
        title: "Nie możemy znaleźć tego zaproszenia",
        body: "Sprawdź, czy użyto całego linku z e-maila. Jeśli nadal nie działa, poproś osobę, która cię zaprosiła, o nowe.",
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
    notFoundTitle: "Nie znaleziono strony",
    notFoundBody: "Jeśli wpisano adres strony ręcznie, sprawdź, czy jest poprawny.",
    problemTitle: "Przepraszamy, wystąpił problem z serwisem",
    problemBody: "Spróbuj ponownie później.",
    goHome: "Przejdź do strony startowej",
  },
  language: {
    label: "Język",
    textSize: "Rozmiar tekstu",
    textSizes: { standard: "Standardowy", large: "Duży", largest: "Największy" },
    notReviewed:
      "Tego tłumaczenia nie sprawdził jeszcze profesjonalny tłumacz. Mogą w nim być błędy.",
    readInEnglish: "Przeczytaj tę stronę po angielsku",
  },
};
