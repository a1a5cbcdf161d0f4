import type { Translation } from "../../translation.js";
import type { profilePlain as english } from "../en/profile-plain.js";

/**
 * Profil na jednej stronie and the home page's task list, plain register (the
 * `profile` group of `plPlain`). "Review team" is "organizatorzy przeglądu":
 * "zespół" already means the panel everywhere else in Polish.
 */
export const profilePlain: Translation<typeof english> = {
  title: "Profil na jednej stronie",
  homeLink: "Profil na jednej stronie",
  lead: "W profilu na jednej stronie mówisz własnymi słowami organizatorom przeglądu i zespołowi, kim jesteś.",
  about: "Ten profil dotyczy osoby: {{name}}.",
  howItWorks: {
    together:
      "Młoda osoba może napisać go sama albo z kimś, albo rodzic lub opiekun może napisać go za nią. Pokazujemy, kto napisał każdą odpowiedź.",
    saved:
      "Twoje odpowiedzi zapisują się w naszym systemie, gdy naciśniesz przycisk. Nikt inny ich nie widzi, dopóki nie wybierzesz „Wyślij organizatorom mojego przeglądu”.",
    print: "Możesz go wydrukować na jednej kartce A4 i przynieść na przegląd.",
  },
  sections: {
    likeAndAdmire: {
      title: "Co ludzie we mnie lubią i podziwiają",
      label: "Co ludzie w tobie lubią i podziwiają?",
      hint: "Na przykład to, co według przyjaciół i rodziny dobrze ci wychodzi.",
    },
    importantToMe: {
      title: "Co jest dla mnie ważne",
      label: "Co jest dla ciebie ważne?",
      hint: "Rzeczy, miejsca i codzienne zwyczaje, które najbardziej się dla ciebie liczą.",
    },
    howToSupportMe: {
      title: "Jak najlepiej mnie wspierać",
      label: "Jak ludzie mogą cię najlepiej wspierać?",
      hint: "Co ci pomaga, a co nie, na przykład gdy się martwisz albo coś cię zdenerwuje.",
    },
    importantPeople: {
      title: "Osoby, które są dla mnie ważne",
      label: "Kto jest dla ciebie ważny?",
      hint: "Rodzina, przyjaciele, zwierzęta i wszyscy inni, którzy są dla ciebie ważni.",
    },
    howICommunicate: {
      title: "Jak się komunikuję",
      label: "Jak się komunikujesz?",
      hint: "Jak pokazujesz, czego chcesz albo jak się czujesz, i jak najlepiej z tobą rozmawiać.",
    },
  },
  sheetTitle: "Profil na jednej stronie: {{name}}",
  versionSent: "Wysłano do organizatorów przeglądu: {{date}}.",
  versionDraft: "Jeszcze nie wysłano. Ostatnia zmiana: {{date}}.",
  notWritten: "Jeszcze nic tu nie napisano.",
  state: {
    newHeading: "Nie masz jeszcze profilu",
    draftHeading: "Twoje zmiany nie zostały wysłane",
    draftBody: "Organizatorzy przeglądu zobaczą profil dopiero wtedy, gdy go wyślesz.",
    sentHeading: "Twój profil został wysłany",
    sentBody:
      "Organizatorzy przeglądu i zespół mogą go przeczytać. Możesz go zmienić i wysłać ponownie.",
  },
  startLink: "Napisz profil",
  changeLink: "Zmień profil",
  edit: {
    title: "Napisz swój profil na jednej stronie",
    intro: "Żadne pytanie nie jest obowiązkowe. Napisz tyle, ile chcesz.",
    limit:
      "Każda odpowiedź może mieć do {{max}} znaków, żeby profil zmieścił się na jednej wydrukowanej stronie.",
  },
  saveAndContinue: "Zapisz i przejdź dalej",
  saveForLater: "Zapisz i wróć później",
  backToProfile: "Wróć do profilu",
  send: {
    heading: "Wyślij organizatorom swojego przeglądu",
    text: "Po wysłaniu organizatorzy przeglądu i zespół będą mogli go przeczytać. Nadal możesz go zmienić i wysłać ponownie.",
    button: "Wyślij organizatorom mojego przeglądu",
    nothing: "Zanim wyślesz profil, napisz co najmniej jedną odpowiedź.",
  },
  sent: {
    title: "Profil wysłany",
    body: "Organizatorzy twojego przeglądu mogą teraz przeczytać twój profil na jednej stronie.",
    nextHeading: "Co będzie dalej",
    next: {
      read: "Organizatorzy przeglądu i zespół przeczytają twój profil przed przeglądem.",
      bring: "Możesz go wydrukować i przynieść ze sobą w dniu przeglądu.",
      change:
        "Jeśli coś się zmieni, zmień profil i wyślij go ponownie. Organizatorzy zobaczą najnowszą wersję.",
    },
    view: "Zobacz i wydrukuj swój profil",
  },
  print: {
    heading: "Wydrukuj profil",
    button: "Drukuj tę stronę",
    howTo:
      "Aby go wydrukować, użyj opcji Drukuj w przeglądarce. Na komputerze naciśnij Ctrl i P (Cmd i P na Macu). Na telefonie wybierz Udostępnij, a potem Drukuj.",
    fits: "Drukuje się na jednej kartce A4, bez reszty tej strony.",
  },
  photo: {
    title: "Zdjęcie",
    link: "Dodaj zdjęcie",
    changeLink: "Zmień lub usuń zdjęcie",
    intro:
      "Możesz dodać jedno zdjęcie do profilu, aby ludzie widzieli, kogo dotyczy. Zdjęcie nie jest obowiązkowe.",
    rules: "Zdjęcie musi być plikiem JPEG lub PNG o rozmiarze do 1 MB.",
    current: "Zdjęcie w profilu teraz",
    fileLabel: "Wybierz zdjęcie",
    altLabel: "Opisz zdjęcie dla osób, które go nie widzą",
    altHint:
      "Na przykład: Alex uśmiecha się, w niebieskiej koszulce piłkarskiej. Do {{max}} znaków.",
    save: "Zapisz zdjęcie",
    remove: "Usuń zdjęcie",
    errors: {
      fileRequired: "Wybierz zdjęcie do dodania",
      notImage: "Plik musi być zdjęciem zapisanym jako JPEG lub PNG",
      tooLarge: "Zdjęcie może mieć najwyżej 1 MB",
      altRequired: "Opisz zdjęcie dla osób, które go nie widzą",
      altTooLong: "Opis może mieć najwyżej {{max}} znaków",
      notSaved: "Nie udało się teraz zapisać zdjęcia. Spróbuj ponownie za kilka minut.",
    },
  },
  errors: {
    notSaved:
      "Nie udało się teraz zapisać odpowiedzi. Nadal są na tej stronie. Spróbuj ponownie za kilka minut.",
  },
  homeTasks: {
    heading: "Przygotowania",
    nextReviewSelf: "Twój następny przegląd: {{date}}.",
    nextReviewOther: "Następny przegląd osoby {{name}}: {{date}}.",
    noReviewSelf: "Nie masz jeszcze daty przeglądu.",
    noReviewOther: "{{name}} nie ma jeszcze daty przeglądu.",
    nextStepHeading: "Co zrobić teraz",
    next: {
      planner: "Wypełnij Mój planer CETR i wyślij go przed przeglądem.",
      profileStart:
        "Napisz profil na jednej stronie, żeby zespół wiedział, co jest dla ciebie ważne.",
      profileSend: "Gdy profil na jednej stronie będzie gotowy, wyślij go organizatorom przeglądu.",
      done: "Na razie wszystko jest zrobione. Profil możesz zmienić w każdej chwili.",
    },
    worriedHeading: "Martwisz się o opiekę?",
    worriedText: "Jeśli martwisz się o opiekę, pamiętaj: każdy może poprosić o przegląd.",
    requestLink: "Poproś o przegląd",
  },
};
