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
