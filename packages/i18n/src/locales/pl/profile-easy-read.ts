import type { Translation } from "../../translation.js";
import type { profilePlain as english } from "../en/profile-plain.js";

/** Profil na jednej stronie in Polish easy read: short sentences, one idea each. */
export const profileEasyRead: Translation<typeof english> = {
  title: "Profil na jednej stronie",
  homeLink: "Profil na jednej stronie",
  lead: "Twój profil mówi ludziom, kim jesteś. Piszesz go własnymi słowami.",
  about: "Ten profil jest o: {{name}}.",
  howItWorks: {
    together: "Możesz go napisać sam(a) albo z kimś. Pokazujemy, kto napisał każdą odpowiedź.",
    saved:
      "Przechowujemy twoje odpowiedzi bezpiecznie. Nikt ich nie widzi, dopóki ich nie wyślesz.",
    print: "Możesz go wydrukować na jednej kartce. Możesz go zabrać na spotkanie.",
  },
  sections: {
    likeAndAdmire: {
      title: "Co ludzie we mnie lubią",
      label: "Co ludzie w tobie lubią?",
      hint: "Co według rodziny i przyjaciół dobrze ci wychodzi?",
    },
    importantToMe: {
      title: "Co jest dla mnie ważne",
      label: "Co jest dla ciebie ważne?",
      hint: "Rzeczy, miejsca i zwyczaje, na których ci zależy.",
    },
    howToSupportMe: {
      title: "Jak mi pomagać",
      label: "Jak ludzie mogą ci pomagać?",
      hint: "Co ci pomaga? Co ci nie pomaga?",
    },
    importantPeople: {
      title: "Osoby ważne dla mnie",
      label: "Kto jest dla ciebie ważny?",
      hint: "Rodzina, przyjaciele i zwierzęta.",
    },
    howICommunicate: {
      title: "Jak mówię i słucham",
      label: "Jak mówisz i słuchasz?",
      hint: "Jak pokazujesz, czego chcesz? Jak ludzie mają do ciebie mówić?",
    },
  },
  sheetTitle: "Profil na jednej stronie: {{name}}",
  versionSent: "Wysłano: {{date}}.",
  versionDraft: "Jeszcze nie wysłano. Zmiana: {{date}}.",
  notWritten: "Jeszcze nic tu nie ma.",
  state: {
    newHeading: "Nie masz jeszcze profilu",
    draftHeading: "Twoje zmiany nie są jeszcze wysłane",
    draftBody: "Zespół zobaczy twój profil, gdy go wyślesz.",
    sentHeading: "Twój profil jest wysłany",
    sentBody: "Zespół może go teraz przeczytać. Możesz go zmienić i wysłać jeszcze raz.",
  },
  startLink: "Napisz profil",
  changeLink: "Zmień profil",
  edit: {
    title: "Napisz swój profil na jednej stronie",
    intro: "Nie musisz odpowiadać na każde pytanie.",
    limit:
      "Każda odpowiedź może mieć do {{max}} liter. Wtedy profil zmieści się na jednej stronie.",
  },
  saveAndContinue: "Zapisz i idź dalej",
  saveForLater: "Zapisz i wróć później",
  backToProfile: "Wróć do profilu",
  send: {
    heading: "Wyślij do zespołu",
    text: "Zespół przeczyta profil, gdy go wyślesz. Możesz go potem zmienić.",
    button: "Wyślij do mojego zespołu",
    nothing: "Najpierw napisz co najmniej jedną odpowiedź.",
  },
  sent: {
    title: "Profil wysłany",
    body: "Twój zespół może teraz przeczytać twój profil.",
    nextHeading: "Co będzie dalej",
    next: {
      read: "Zespół przeczyta twój profil przed spotkaniem.",
      bring: "Możesz go wydrukować. Możesz go zabrać na spotkanie.",
      change: "Coś może się zmienić. Wtedy możesz zmienić profil i wysłać go jeszcze raz.",
    },
    view: "Zobacz i wydrukuj swój profil",
  },
  print: {
    heading: "Wydrukuj profil",
    button: "Drukuj tę stronę",
    howTo: "Na komputerze naciśnij Ctrl i P. Na telefonie wybierz Udostępnij, a potem Drukuj.",
    fits: "Profil drukuje się na jednej kartce.",
  },
  photo: {
    title: "Zdjęcie",
    link: "Dodaj zdjęcie",
    changeLink: "Zmień zdjęcie",
    intro: "Możesz dodać swoje zdjęcie. Nie musisz.",
    rules: "Zdjęcie musi być małe. Musi to być plik JPEG lub PNG.",
    current: "Twoje zdjęcie teraz",
    fileLabel: "Wybierz zdjęcie",
    altLabel: "Opisz zdjęcie dla osób, które go nie widzą",
    altHint: "Napisz, kto jest na zdjęciu i co robi. Użyj do {{max}} liter.",
    save: "Zapisz zdjęcie",
    remove: "Usuń zdjęcie",
    errors: {
      fileRequired: "Wybierz zdjęcie.",
      notImage: "Ten plik nie jest zdjęciem. Wybierz zdjęcie JPEG lub PNG.",
      tooLarge: "To zdjęcie jest za duże. Wybierz zdjęcie do 1 MB.",
      altRequired: "Napisz, co jest na zdjęciu.",
      altTooLong: "To jest za długie. Użyj najwyżej {{max}} liter.",
      notSaved: "Nie udało się zapisać zdjęcia. Spróbuj wkrótce.",
    },
  },
  errors: {
    notSaved: "Nie udało się zapisać odpowiedzi. Nadal tu są. Spróbuj za chwilę.",
  },
  homeTasks: {
    heading: "Przygotowania",
    nextReviewSelf: "Twoje następne spotkanie: {{date}}.",
    nextReviewOther: "Następne spotkanie: {{date}}. Chodzi o: {{name}}.",
    noReviewSelf: "Nie ma jeszcze daty twojego spotkania.",
    noReviewOther: "Nie ma jeszcze daty spotkania.",
    nextStepHeading: "Co zrobić teraz",
    next: {
      planner: "Wypełnij Mój planer CETR. Wyślij go przed spotkaniem.",
      profileStart: "Napisz swój profil na jednej stronie. Pomoże ludziom cię poznać.",
      profileSend: "Wyślij profil do zespołu, gdy będzie gotowy.",
      done: "Na razie wszystko jest zrobione.",
    },
    worriedHeading: "Martwisz się?",
    worriedText: "Możesz poprosić o spotkanie o opiece.",
    requestLink: "Poproś o spotkanie",
  },
};
